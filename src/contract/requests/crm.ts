// Files each CRM's own import reads (HubSpot, Salesforce, Pipedrive): the people and their
// activity, written in the background in chunks, as the activity CSV is (docs/crm-export.md).
import * as v from 'valibot';
import { CRMS, CRM_FILES } from '../../domain/crm/record';
import { ProfileId } from '../../domain/fields';
import { LogCursorSchema, LogFilterSchema, type LogCursor } from './activity';
import { answer } from './spec';

/** How many people one chunk names: the dashboard sends the list it shows in batches of this. */
export const CRM_BATCH = 500;

/** Whose rows: a batch of tracked people (Prospects), or a chunk of the filtered log (Activity). */
const CrmScopeSchema = v.variant('by', [
  v.strictObject({ by: v.literal('people'), ids: v.pipe(v.array(ProfileId), v.minLength(1), v.maxLength(CRM_BATCH)) }),
  v.strictObject({
    by: v.literal('log'),
    filter: LogFilterSchema,
    after: LogCursorSchema,
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
    exportId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }),
]);
export type CrmScope = v.InferOutput<typeof CrmScopeSchema>;

export const CRM_REQUESTS = {
  /**
   * One chunk of one CRM file; `header` asks for the BOM (as set) and the header row. The
   * people file takes people only; the activity file, either scope. `people`: the prospects
   * this chunk's entries name (a log chunk), for the people file that goes with it; `next`:
   * where the next log chunk starts (null when done, and always for people).
   */
  'crm.export': {
    payload: v.pipe(
      v.strictObject({ crm: v.picklist(CRMS), file: v.picklist(CRM_FILES), scope: CrmScopeSchema, header: v.boolean() }),
      v.check((payload) => payload.file === 'activity' || payload.scope.by === 'people', 'the people file is asked for by people'),
    ),
    senders: ['extension-page'],
    // The people, their log and its items; the BOM is a setting.
    reads: ['prospects', 'interactions', 'content', 'settings'],
    writes: [],
    answer: answer<{ text: string; next: LogCursor; people: string[] }>(),
  },
} as const;
