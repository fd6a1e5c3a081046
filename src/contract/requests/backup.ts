// The whole database out to a file and back, and the automatic encrypted backups of this device.
import * as v from 'valibot';
import { count, Empty } from '../../domain/fields';
import type { RestoreReport } from '../../domain/backup/backup-format';
import { DATA_STORES } from '../stores';
import { answer } from './spec';

export const BACKUP_FREQUENCIES = ['daily', 'weekly'] as const;
export type BackupFrequency = (typeof BACKUP_FREQUENCIES)[number];
/** How many automatic backups are kept on disk: a month of daily ones at most. */
export const BACKUP_KEEP_MAX = 30;
export const BACKUP_KEEP_DEFAULT = 7;
/** A passphrase shorter than this is guessed offline too fast, whatever the key derivation costs. */
export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 1024;

export interface AutoBackupConfig {
  enabled: boolean;
  frequency: BackupFrequency;
  /** 1..30: older files this device wrote are removed. */
  keep: number;
}

export interface WrittenBackup {
  downloadId: number;
  /** As the downloads API reports it: the absolute path. */
  filename: string;
  at: number;
}

export interface AutoBackupStatus extends AutoBackupConfig {
  /** A derived key is kept on this device (non-extractable, in the IndexedDB database 'nurture-device'). */
  keyStored: boolean;
  /** The newest backup written. */
  last: WrittenBackup | null;
  /** Data changed since the last backup (or never backed up and there is data). */
  changedSinceLast: boolean;
  /** 7 days or more without a backup while data changed, and not put off today. */
  remind: boolean;
  /** The last attempt failed (the download was refused, the disk full): cleared by the next one that succeeds. */
  lastFailure: { at: number; reason: string } | null;
}

export type BackupNowResult = { written: true; filename: string } | { written: false; reason: 'unchanged' | 'no-key' };

/** Not trimmed: the restore asks for the passphrase exactly as it was typed. */
export const Passphrase = v.pipe(v.string(), v.minLength(PASSPHRASE_MIN), v.maxLength(PASSPHRASE_MAX));

export const AutoBackupConfigureSchema = v.strictObject({
  enabled: v.boolean(),
  frequency: v.picklist(BACKUP_FREQUENCIES),
  keep: count(1, BACKUP_KEEP_MAX),
  /** Needed to turn on when no key is stored; given, a new salt and key replace the old. */
  passphrase: v.optional(Passphrase),
});

export const BACKUP_REQUESTS = {
  // A LinkedIn page can neither read the whole database nor overwrite it.
  'backup.export': { payload: Empty, senders: ['extension-page'], reads: DATA_STORES, writes: [], answer: answer<{ text: string }>() },
  /** settingsKept: settings whose value in the file was refused, or would have turned on keepReplyText; droppedFields: fields Nurture does not know, not stored. */
  'backup.import': {
    payload: v.strictObject({ text: v.pipe(v.string(), v.maxLength(60_000_000)), mode: v.picklist(['merge', 'replace']) }),
    senders: ['extension-page'],
    reads: [],
    writes: DATA_STORES,
    answer: answer<RestoreReport>(),
  },
  // Automatic backups live in the device's storage.local and Downloads folder, never in the
  // database: a restore must not change them, and a backup must not carry them. So no store is written.
  // Its "changed since the last backup" follows the data; the device's own state is not announced.
  'backup.autoStatus': { payload: Empty, senders: ['extension-page'], reads: DATA_STORES, writes: [], answer: answer<AutoBackupStatus>() },
  /** Turning on writes the first backup at once (its outcome in the status); turning off removes the alarm and the key. */
  'backup.autoConfigure': {
    payload: AutoBackupConfigureSchema,
    senders: ['extension-page'],
    reads: [],
    writes: [],
    answer: answer<AutoBackupStatus>(),
  },
  'backup.now': { payload: Empty, senders: ['extension-page'], reads: [], writes: [], answer: answer<BackupNowResult>() },
  /** The reminder is put off until tomorrow (the popup and the side panel hide it). */
  'backup.remindLater': { payload: Empty, senders: ['extension-page'], reads: [], writes: [], answer: answer<{ ok: true }>() },
} as const;
