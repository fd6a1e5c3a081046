// The three CRMs' writers, and each file's name. Pure.
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import type { Crm, CrmFile, CrmWriter } from './record';
import { salesforce } from './salesforce';

export { CRMS, CRM_FILES, writeRows, type Crm, type CrmChunk, type CrmEntry, type CrmFile, type CrmWriter } from './record';

export const CRM_WRITERS: Record<Crm, CrmWriter> = { hubspot, salesforce, pipedrive };

/** "nurture-hubspot-contacts": what each file is called, before its date. */
export const CRM_FILE_NAMES: Record<Crm, Record<CrmFile, string>> = {
  hubspot: { people: 'nurture-hubspot-contacts', activity: 'nurture-hubspot-notes' },
  salesforce: { people: 'nurture-salesforce-leads', activity: 'nurture-salesforce-tasks' },
  pipedrive: { people: 'nurture-pipedrive-people', activity: 'nurture-pipedrive-notes' },
};
