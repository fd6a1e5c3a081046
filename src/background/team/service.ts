// Team stats from the local log. The install's random id and its export count are a store of
// their own ('team-identity', a device store): not settings (the settings form saves its whole
// record and must not carry them), never in a backup and kept by a restore (so a backup handed
// to a colleague never makes two reps one), and nothing else reads them.
import { buildTeamStats } from '../../domain/team/team-stats';
import { TeamStatsSchema, type TeamStatsFile } from '../../domain/team/team-stats-format';
import * as v from 'valibot';
import type { TeamIdentity } from '../../domain/records';
import type { NurtureDb } from '../db';

/** The key of the one record of the 'team-identity' store (the key it had in the settings store). */
export const TEAM_KEY = 'team-stats';

const InstallId = TeamStatsSchema.entries.installId;

/** A stored record, read defensively: anything but what we wrote starts a new identity. */
function identityOf(stored: unknown): TeamIdentity | null {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const exports = record.exports;
  if (!v.is(InstallId, record.installId) || typeof exports !== 'number' || !Number.isInteger(exports) || exports < 0) return null;
  return { installId: record.installId, exports };
}

export interface TeamDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  /** A fresh random UUID v4 (crypto.randomUUID in the browser). */
  randomId?: () => string;
}

export function createTeam({ db, now, randomId = () => crypto.randomUUID() }: TeamDeps) {
  return {
    async exportStats(weeks: number | null, label: string | undefined): Promise<TeamStatsFile> {
      const conn = await db();
      // The id is made once and the count moved on in one transaction: two exports at once
      // cannot make two ids.
      const tx = conn.transaction('team-identity', 'readwrite');
      const current = identityOf(await tx.store.get(TEAM_KEY)) ?? { installId: randomId(), exports: 0 };
      const identity: TeamIdentity = { ...current, exports: current.exports + 1 };
      await Promise.all([tx.store.put(identity, TEAM_KEY), tx.done]);

      const read = conn.transaction(['interactions', 'prospects', 'content', 'clicks'], 'readonly');
      const [log, prospects, content, clicks] = await Promise.all([
        read.objectStore('interactions').getAll(),
        read.objectStore('prospects').getAll(),
        read.objectStore('content').getAll(),
        // The analytics exports imported: the file carries each item's clicks, not the tokens.
        read.objectStore('clicks').getAll(),
      ]);
      const file = buildTeamStats({
        log,
        prospects,
        content: content.map(({ id, url, title }) => ({ id, url, title })),
        installId: identity.installId,
        exportNumber: identity.exports,
        label,
        now: now(),
        weeks,
        clicks,
      });
      // What we write is what a manager's Nurture reads: checked by the same schema.
      return v.parse(TeamStatsSchema, file);
    },
  };
}

export type Team = ReturnType<typeof createTeam>;
