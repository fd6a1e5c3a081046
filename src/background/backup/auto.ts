// Automatic encrypted backups: on an alarm (daily or weekly), the database's export, encrypted
// with the key derived from the user's passphrase, written to Downloads/Nurture backups/. Pure
// logic: the downloads, the alarm, storage.local, the key store and the clock are handed in
// (main.ts gives the browser's), so the tests run it against fakes.
import { deriveBackupKey, encryptBackup, ENCRYPTED_EXTENSION, newSalt, type BackupKey } from '../../domain/backup/backup-crypto';
import { localDay } from '../../domain/time/local-date';
import type { AutoBackupStatus, BackupFrequency, BackupNowResult } from '../../contract/requests/backup';
import { AUTO_BACKUP_KEY, readState, type AutoBackupState } from './auto-state';
import type { BackupFiles } from './downloads';
import type { KeyStore } from './key-store';

export const BACKUP_ALARM = 'nurture-backup';
export const BACKUP_FOLDER = 'Nurture backups';
export const PERIOD_MINUTES: Record<BackupFrequency, number> = { daily: 1440, weekly: 10_080 };
/** A week without a backup while the data changed: the popup and the side panel say so. */
export const REMIND_AFTER_MS = 7 * 86_400_000;

/** What is used of storage.local (webextension-polyfill's StorageArea fits). */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The periodic alarm: set (kept when its period is already this one) and cleared. */
export interface BackupAlarm {
  set(periodMinutes: number): Promise<void>;
  clear(): Promise<void>;
}

/** The device side, given by the browser edge (main.ts). */
export interface AutoBackupDevice {
  keys: KeyStore;
  area: LocalArea;
  alarm: BackupAlarm;
  files: BackupFiles;
}

export interface AutoBackupDeps extends AutoBackupDevice {
  now: () => number;
  /** The plain backup text the file wraps (BackupService.export). */
  export: () => Promise<{ text: string }>;
  /** Whether there is anything of the user's to lose (see user-data.ts). */
  hasData: () => Promise<boolean>;
  /** The key of a passphrase, with a new salt (default: PBKDF2 at the full iteration count). */
  derive?: ((passphrase: string) => Promise<BackupKey>) | undefined;
  log?: ((message: string) => void) | undefined;
}

export interface ConfigureRequest {
  enabled: boolean;
  frequency: BackupFrequency;
  keep: number;
  passphrase?: string | undefined;
}

export const backupFilename = (time: number): string => `${BACKUP_FOLDER}/nurture-backup-${localDay(time)}.${ENCRYPTED_EXTENSION}`;

/**
 * SHA-256 (hex) of the export without its exportedAt: the same data exported twice hashes the
 * same. The header field comes before any record, so the first match is the header's.
 */
export async function exportHash(text: string): Promise<string> {
  const stable = text.replace(/"exportedAt":[^,]*,/, '');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(stable)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);

export function createAutoBackup(deps: AutoBackupDeps) {
  const { now, keys, area, alarm, files } = deps;
  const derive = deps.derive ?? ((passphrase: string) => deriveBackupKey(passphrase, newSalt()));
  const log = deps.log ?? (() => {});

  // One operation at a time: the alarm, a click and a worker start must not interleave their
  // read-modify-write of the state (two files for one change, a rotation losing a file).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  // The status needs the current data's hash, and a popup asks for it at each opening: kept
  // until a write is announced (dataChanged). Writing a backup never trusts it: it hashes afresh.
  let current: Promise<string> | null = null;
  const currentHash = (): Promise<string> => {
    const hash = (current ??= deps
      .export()
      .then(({ text }) => exportHash(text))
      .catch((error: unknown) => {
        if (current === hash) current = null;
        throw error;
      }));
    return hash;
  };

  const load = async (): Promise<AutoBackupState> => readState((await area.get(AUTO_BACKUP_KEY))[AUTO_BACKUP_KEY]);
  const save = (state: AutoBackupState): Promise<void> => area.set({ [AUTO_BACKUP_KEY]: state });

  /** Beyond `keep`, the oldest files this device wrote go; a failure only leaves a file on disk. */
  async function rotate(state: AutoBackupState): Promise<AutoBackupState> {
    const excess = state.written.length - state.config.keep;
    if (excess <= 0) return state;
    for (const old of state.written.slice(0, excess))
      await files.remove(old).catch((error: unknown) => log(`backup rotation: ${reasonOf(error)}`));
    const next = { ...state, written: state.written.slice(excess) };
    await save(next);
    return next;
  }

  /** `force`: written even when unchanged (a new passphrase: the older files need the old one). */
  async function write(force: boolean): Promise<BackupNowResult> {
    const key = await keys.get();
    if (!key) return { written: false, reason: 'no-key' };
    const at = now();
    let state = await load();
    try {
      const { text } = await deps.export();
      const hash = await exportHash(text);
      if (!force && hash === state.lastHash) {
        await save({ ...state, checkedAt: at, lastFailure: null });
        return { written: false, reason: 'unchanged' };
      }
      const saved = await files.save(backupFilename(at), await encryptBackup(text, key, at));
      state = {
        ...state,
        written: [...state.written, { downloadId: saved.downloadId, filename: saved.filename, at }],
        lastHash: hash,
        checkedAt: at,
        lastFailure: null,
      };
      await save(state);
      await rotate(state);
      return { written: true, filename: saved.filename };
    } catch (error) {
      await save({ ...state, lastFailure: { at, reason: reasonOf(error) } }).catch(() => {});
      throw error;
    }
  }

  async function status(): Promise<AutoBackupStatus> {
    const [state, key, hasData] = await Promise.all([load(), keys.get(), deps.hasData()]);
    const last = state.written.at(-1) ?? null;
    // Never backed up: what there is counts as changed, and no export is needed to say so.
    const changedSinceLast = state.lastHash === null ? hasData : (await currentHash()) !== state.lastHash;
    const at = now();
    const due = last === null || at - last.at >= REMIND_AFTER_MS;
    return {
      ...state.config,
      keyStored: key !== null,
      last,
      changedSinceLast,
      remind: due && changedSinceLast && state.remindedOn !== localDay(at),
      lastFailure: state.lastFailure,
    };
  }

  return {
    status,

    /**
     * Turning on needs a passphrase unless a key is stored; a passphrase given makes a new salt
     * and key. Turning on writes the first backup at once: its failure is in the status, the
     * settings are kept. Turning off removes the alarm and the key, and keeps the list of files
     * written (they stay on disk; none is removed any more).
     */
    async configure({ enabled, frequency, keep, passphrase }: ConfigureRequest): Promise<AutoBackupStatus> {
      await serial(async () => {
        const before = await load();
        if (!enabled) {
          await alarm.clear();
          await keys.delete();
          await save({ ...before, config: { enabled: false, frequency, keep } });
          return;
        }
        const fresh = passphrase !== undefined;
        if (fresh) await keys.set(await derive(passphrase));
        else if (!(await keys.get())) throw new Error('A passphrase is needed to turn on automatic backups.');
        const state = { ...before, config: { enabled: true, frequency, keep } };
        await save(state);
        await alarm.set(PERIOD_MINUTES[frequency]);
        if (fresh || !before.config.enabled) await write(fresh).catch((error: unknown) => log(`first backup: ${reasonOf(error)}`));
        // A smaller `keep` takes effect now, not at the next backup.
        else await rotate(state);
      });
      return status();
    },

    /** A backup now, with the stored key; skipped when the data did not change since the last one. */
    now: (): Promise<BackupNowResult> => serial(() => write(false)),

    /** The reminder is put off until tomorrow. */
    remindLater: (): Promise<void> =>
      serial(async () => {
        await save({ ...(await load()), remindedOn: localDay(now()) });
      }),

    /** The alarm's work. */
    runScheduled: (): Promise<void> =>
      serial(async () => {
        const state = await load();
        // An alarm left over from before turning off (its clearing failed): cleared now.
        if (!state.config.enabled) return alarm.clear();
        await write(false);
      }),

    /**
     * At each start of the worker: the alarm kept (a browser restart may drop alarms), and a
     * backup missed while the browser was closed caught up, rather than a full period later.
     */
    resume: (): Promise<void> =>
      serial(async () => {
        const state = await load();
        if (!state.config.enabled) return;
        const period = PERIOD_MINUTES[state.config.frequency];
        await alarm.set(period);
        if (state.checkedAt === null || now() - state.checkedAt >= period * 60_000) await write(false);
      }),

    /** Told after every committed write: the status's hash of the data is out of date. */
    dataChanged(): void {
      current = null;
    },
  };
}

export type AutoBackup = ReturnType<typeof createAutoBackup>;
