// What automatic backups keep in storage.local (key `auto-backup`): the device's settings and
// what it wrote. Not in the database: a restore must not change it, a backup must not carry it.
// Read back through a schema: a damaged or older record falls back field by field, so a bad
// list of files never stops backups (and a file not in the list is never removed).
import * as v from 'valibot';
import { count, Time } from '../../domain/fields';
import {
  BACKUP_FREQUENCIES,
  BACKUP_KEEP_DEFAULT,
  BACKUP_KEEP_MAX,
  type AutoBackupConfig,
  type WrittenBackup,
} from '../../contract/requests/backup';

export const AUTO_BACKUP_KEY = 'auto-backup';

export interface AutoBackupState {
  config: AutoBackupConfig;
  /** The files this device wrote and has not rotated away, oldest first. */
  written: WrittenBackup[];
  /** SHA-256 of the last written backup's text without its exportedAt (hex). */
  lastHash: string | null;
  /** The last time a backup was written or found unnecessary: a missed alarm is caught up from it. */
  checkedAt: number | null;
  /** The local day the user put the reminder off ("2026-12-07"). */
  remindedOn: string | null;
  lastFailure: { at: number; reason: string } | null;
}

export const DEFAULT_CONFIG: AutoBackupConfig = { enabled: false, frequency: 'daily', keep: BACKUP_KEEP_DEFAULT };

export const defaultState = (): AutoBackupState => ({
  config: { ...DEFAULT_CONFIG },
  written: [],
  lastHash: null,
  checkedAt: null,
  remindedOn: null,
  lastFailure: null,
});

const Config = v.object({ enabled: v.boolean(), frequency: v.picklist(BACKUP_FREQUENCIES), keep: count(1, BACKUP_KEEP_MAX) });
const Written = v.object({
  downloadId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  filename: v.pipe(v.string(), v.minLength(1)),
  at: Time,
});

const State = v.object({
  config: v.fallback(Config, () => ({ ...DEFAULT_CONFIG })),
  written: v.fallback(v.array(Written), () => []),
  lastHash: v.fallback(v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))), null),
  checkedAt: v.fallback(v.nullable(Time), null),
  remindedOn: v.fallback(v.nullable(v.string()), null),
  lastFailure: v.fallback(v.nullable(v.object({ at: Time, reason: v.string() })), null),
});

export function readState(stored: unknown): AutoBackupState {
  const parsed = v.safeParse(State, stored);
  return parsed.success ? parsed.output : defaultState();
}
