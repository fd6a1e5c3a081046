// Salesforce: leads for the Data Import Wizard (its field labels as column names, so it maps them
// by itself; Last Name and Company required), and the activity history as completed tasks for
// Data Loader, since the wizard imports no tasks (docs/crm-export.md says what the user does).
// Field lengths are Salesforce's: First Name 40, Last Name 80, Title 128. Pure.
import { activityBody, activitySubject, crmName, jobTitle, matchKey, utcDay, type CrmWriter } from './record';

/** What goes into Company when the prospect record has none: the wizard refuses a lead without. */
export const NO_COMPANY = '[not provided]';
export const LINKEDIN_FIELD = 'LinkedIn Profile URL';

export const salesforce: CrmWriter = {
  people: {
    columns: ['First Name', 'Last Name', 'Company', 'Title', LINKEDIN_FIELD, 'Description'],
    row: (prospect) => {
      const { firstName, lastName } = crmName(prospect.name, true);
      return [
        firstName.slice(0, 40),
        lastName.slice(0, 80),
        prospect.company.trim() || NO_COMPANY,
        jobTitle(prospect.headline, prospect.company, 128),
        matchKey(prospect),
        prospect.headline,
      ];
    },
  },
  activity: {
    // Data Loader maps columns named as the Task fields' API names by itself. WhoId (the lead's
    // record id) is left empty: a file cannot know it; the profile URL beside it is how to fill it.
    columns: ['WhoId', LINKEDIN_FIELD, 'Subject', 'ActivityDate', 'Status', 'Priority', 'Description'],
    row: (entry) => [
      '',
      matchKey(entry.prospect),
      activitySubject(entry).slice(0, 255),
      utcDay(entry.at),
      'Completed',
      'Normal',
      activityBody(entry),
    ],
  },
};
