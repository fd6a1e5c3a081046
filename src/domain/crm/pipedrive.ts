// Pipedrive: people with their organisation in one file (imported together, Pipedrive links them),
// and notes, each row naming the person and organisation the note belongs to: with "merge
// duplicates", Pipedrive finds the existing person by name and organisation (docs/crm-export.md).
// Column names are Pipedrive's "<item> - <field>" labels, which its import maps by itself. Pure.
import { activityBody, jobTitle, matchKey, utcInstant, type CrmWriter } from './record';

export const LINKEDIN_FIELD = 'Person - LinkedIn profile URL';

export const pipedrive: CrmWriter = {
  people: {
    columns: ['Person - Name', 'Organization - Name', 'Person - Job title', LINKEDIN_FIELD],
    row: (prospect) => [
      prospect.name.trim(),
      prospect.company.trim(),
      jobTitle(prospect.headline, prospect.company, 255),
      matchKey(prospect),
    ],
  },
  activity: {
    columns: ['Person - Name', 'Organization - Name', LINKEDIN_FIELD, 'Note - Content'],
    // The note's time leads its text: a date column would need mapping to a field notes lack.
    row: (entry) => [
      entry.prospect.name.trim(),
      entry.prospect.company.trim(),
      matchKey(entry.prospect),
      `${utcInstant(entry.at)}\n${activityBody(entry)}`,
    ],
  },
};
