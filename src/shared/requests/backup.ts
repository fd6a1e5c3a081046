// The whole database out to a file and back.
import * as v from 'valibot';
import { Empty } from '../fields';
import type { RestoreReport } from '../backup-format';
import { DATA_STORES } from '../stores';
import { answer } from './spec';

export const BACKUP_REQUESTS = {
  // A LinkedIn page can neither read the whole database nor overwrite it.
  'backup.export': { payload: Empty, senders: ['extension-page'], writes: [], answer: answer<{ text: string }>() },
  /** settingsKept: settings whose value in the file was refused, or would have turned on keepReplyText; droppedFields: fields Nurture does not know, not stored. */
  'backup.import': {
    payload: v.strictObject({ text: v.pipe(v.string(), v.maxLength(60_000_000)), mode: v.picklist(['merge', 'replace']) }),
    senders: ['extension-page'],
    writes: DATA_STORES,
    answer: answer<RestoreReport>(),
  },
} as const;
