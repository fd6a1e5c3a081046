// What a backup holds, in a few numbers: shown before a restore, so the user can tell the file
// they picked is the one they meant (and how far back it goes) before it replaces anything.
import { readBackup, type Backup } from './backup-format';

export interface BackupSummary {
  schemaVersion: number;
  exportedAt: number;
  counts: { content: number; sources: number; prospects: number; interactions: number; settings: number };
  /** The first and last interaction's `at`: null when the log is empty. */
  from: number | null;
  to: number | null;
}

/**
 * The earliest and latest `at`. A loop rather than Math.min(...ats): a heavy user's hundred
 * thousand interactions would overflow the stack as arguments, and the file's order (by id)
 * need not be the order of `at` (an entry logged with an earlier date).
 */
function span(interactions: Backup['stores']['interactions']): { from: number | null; to: number | null } {
  let from: number | null = null;
  let to: number | null = null;
  for (const { at } of interactions) {
    if (from === null || at < from) from = at;
    if (to === null || at > to) to = at;
  }
  return { from, to };
}

/**
 * `currentVersion`: the database schema this Nurture reads (DB_VERSION), for callers that know it,
 * so a file from a newer Nurture is named as such. Without it no version is refused here: the
 * restore itself refuses a newer one.
 */
export function summariseBackup(
  plain: string,
  currentVersion: number = Number.MAX_SAFE_INTEGER,
): { ok: true; summary: BackupSummary } | { ok: false; reason: string } {
  const read = readBackup(plain, currentVersion);
  if (!read.ok) return read;
  const { schemaVersion, exportedAt, stores } = read.backup;
  return {
    ok: true,
    summary: {
      schemaVersion,
      exportedAt,
      counts: {
        content: stores.content.length,
        sources: stores.sources.length,
        prospects: stores.prospects.length,
        interactions: stores.interactions.length,
        settings: stores.settings.length,
      },
      ...span(stores.interactions),
    },
  };
}
