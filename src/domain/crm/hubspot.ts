// HubSpot: contacts, and notes associated with them in one "multiple objects" import (each row a
// contact and its note). Column names are HubSpot's property labels so the import maps them
// without help; the LinkedIn profile URL goes into a custom property the user creates with
// "require unique values", which HubSpot deduplicates contacts on (docs/crm-export.md). Pure.
import type { Prospect, ProspectStage } from '../model';
import { activityBody, crmName, jobTitle, matchKey, utcInstant, type CrmEntry, type CrmWriter } from './record';

export const LINKEDIN_PROPERTY = 'LinkedIn Profile URL';

/**
 * Buying stage → the internal value of HubSpot's default Lifecycle stage options. Justified
 * against HubSpot's definitions in docs/crm-export.md.
 */
export const LIFECYCLE_STAGE: Record<ProspectStage, string> = {
  awareness: 'lead',
  consideration: 'marketingqualifiedlead',
  evaluation: 'salesqualifiedlead',
  purchase: 'opportunity',
  customer: 'customer',
  advocate: 'evangelist',
  lost: 'other',
};

const contact = (prospect: Prospect) => {
  const { firstName, lastName } = crmName(prospect.name, false);
  return { firstName, lastName };
};

export const hubspot: CrmWriter = {
  people: {
    columns: ['First Name', 'Last Name', 'Company Name', 'Job Title', LINKEDIN_PROPERTY, 'Lifecycle Stage'],
    row: (prospect) => {
      const { firstName, lastName } = contact(prospect);
      return [
        firstName,
        lastName,
        prospect.company,
        jobTitle(prospect.headline, prospect.company, 300),
        matchKey(prospect),
        LIFECYCLE_STAGE[prospect.stage],
      ];
    },
  },
  activity: {
    // The contact's unique key and name, then the note's two required properties.
    columns: [LINKEDIN_PROPERTY, 'First Name', 'Last Name', 'Activity date', 'Note body'],
    row: (entry: CrmEntry) => {
      const { firstName, lastName } = contact(entry.prospect);
      return [matchKey(entry.prospect), firstName, lastName, utcInstant(entry.at), activityBody(entry)];
    },
  },
};
