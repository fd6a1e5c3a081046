// Full backup of the user's data (the DATA_STORES) and its restoration, merged into what is there
// or replacing it. A restore is one transaction over the stores it writes: all of the file, or
// nothing (a worker stopped before it commits leaves the database as it was). It never touches
// this device's records (DEVICE_STORES) nor the imported clicks: neither is in a backup.
import { DEFAULT_SETTINGS } from '../../contract/index';
import { DATA_STORES, DERIVED_STORES } from '../../contract/stores';
import { readBackup, restoredSettings, SETTINGS_KEY, type RestoreReport } from '../../domain/backup/backup-format';
import { REPORTED_FIELDS_MAX } from '../../domain/backup/unknown-fields';
import { printable } from '../../domain/library/binary';
import type { Settings } from '../../contract/index';
import { unwrap } from 'idb';
import { DB_VERSION, type NurtureDb } from '../db';

export interface BackupDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
}

/** Why IndexedDB refused the restore, in words: its own messages are written for developers. */
function writeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ConstraintError') return 'two records share what must be unique (the same LinkedIn message twice, under two ids?)';
  const message = error instanceof Error ? error.message.trim() : '';
  return message === '' ? 'the database refused the write' : message;
}

function putAll(store: IDBObjectStore, records: readonly unknown[]): void {
  for (const record of records) store.put(record);
}

/** What a restore writes: the data, and the summary derived from it (cleared by a replace, rebuilt after). */
const RESTORE_STORES = [...DATA_STORES, ...DERIVED_STORES] as const;

export function createBackup({ db, now }: BackupDeps) {
  return {
    /** The user's data as one JSON text (records one per line, keys in store order). */
    async export(): Promise<{ text: string }> {
      const conn = await db();
      const tx = conn.transaction([...DATA_STORES], 'readonly');
      const [content, sources, prospects, interactions, settingKeys, settingValues] = await Promise.all([
        tx.objectStore('content').getAll(),
        tx.objectStore('sources').getAll(),
        tx.objectStore('prospects').getAll(),
        tx.objectStore('interactions').getAll(),
        tx.objectStore('settings').getAllKeys(),
        tx.objectStore('settings').getAll(),
      ]);
      const lines = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record)).join(',\n');
      const settings = settingKeys.map((key, i) => ({ key, value: settingValues[i] }));
      const text = `{"nurture":"backup","schemaVersion":${DB_VERSION},"exportedAt":${now()},"stores":{\n"content":[\n${lines(content)}],\n"sources":[\n${lines(sources)}],\n"prospects":[\n${lines(prospects)}],\n"interactions":[\n${lines(interactions)}],\n"settings":[\n${lines(settings)}]}}\n`;
      return { text };
    },

    /**
     * `settingsKept`: the settings the file held a value for that was not taken (invalid, or
     * turning on keepReplyText); each kept its current value. Settings are never restored
     * wholesale: see restoredSettings. `droppedFields`: the fields of its records (and the
     * settings) Nurture does not know, left out of what was stored.
     */
    async import(text: string, mode: 'merge' | 'replace'): Promise<RestoreReport> {
      const read = readBackup(text, DB_VERSION);
      if (!read.ok) throw new Error(`Nothing was restored: ${read.reason}.`);
      const { stores } = read.backup;
      const conn = await db();
      const tx = conn.transaction([...RESTORE_STORES], 'readwrite');
      tx.done.catch(() => {});
      // The failed write's own error (a duplicate message id, a full disk): request errors
      // bubble to the transaction, whose abort may only say AbortError.
      let failed: unknown = null;
      unwrap(tx).addEventListener('error', (event) => {
        failed ??= event.target instanceof IDBRequest ? event.target.error : null;
      });
      let settings: ReturnType<typeof restoredSettings> | undefined;
      try {
        // Read in the same transaction, before a replace clears it: the values a bad one leaves in place.
        const current: Settings = { ...DEFAULT_SETTINGS, ...(await tx.objectStore('settings').get(SETTINGS_KEY)) };
        // Only the one settings record is restored; any other key in the file is dropped (a backup
        // made before schema 5 also holds this device's records there: the first run's choices,
        // the team identity, the replies-seen time, the policy).
        const fromBackup = stores.settings.find(({ key }) => key === SETTINGS_KEY)?.value;
        settings = fromBackup === undefined ? undefined : restoredSettings(current, fromBackup);
        // Every write is queued on the transaction at once, in order, without a promise each
        // (115,000 of them for a heavy user's backup): the database applies them in turn, and a
        // failed one aborts the whole transaction, tx.done rejecting with its error.
        const store = <N extends (typeof RESTORE_STORES)[number]>(name: N) => unwrap(tx.objectStore(name));
        // Imported clicks are not in a backup and stay: the company's analytics counted them.
        // This device's records stay too: they are not the data a backup carries.
        if (mode === 'replace') for (const name of RESTORE_STORES) store(name).clear();
        // The file was checked against the record shapes (readBackup).
        for (const name of ['content', 'sources', 'prospects', 'interactions'] as const) putAll(store(name), stores[name]);
        if (settings !== undefined) store('settings').put(settings.settings, SETTINGS_KEY);
        await tx.done;
      } catch (error) {
        // A write failed (a duplicate message id while merging, a full disk): nothing is kept.
        try {
          tx.abort();
        } catch {
          // Already aborted by the failed request.
        }
        const cause = failed ?? error;
        throw new Error(`Nothing was restored: ${writeFailure(cause)}`, { cause });
      }
      const unknownSettings = (settings?.unknown ?? []).map((key) => printable(`settings.${key}`, 60));
      return {
        restored: {
          content: stores.content.length,
          sources: stores.sources.length,
          prospects: stores.prospects.length,
          interactions: stores.interactions.length,
          settings: settings === undefined ? 0 : 1,
        },
        settingsKept: settings?.kept ?? [],
        droppedFields: [...read.droppedFields, ...unknownSettings].sort().slice(0, REPORTED_FIELDS_MAX),
      };
    },
  };
}

export type BackupService = ReturnType<typeof createBackup>;
