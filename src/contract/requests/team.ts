// Team stats: one rep's per-content aggregates as a file for their manager (docs/team-stats.md).
// Merging the team's files happens in the dashboard (src/domain/team/team-merge.ts): nothing to ask.
import * as v from 'valibot';
import { count, shortText } from '../../domain/fields';
import { TEAM_LABEL_MAX, type TeamStatsFile } from '../../domain/team/team-stats-format';
import { answer } from './spec';

export const TeamExportSchema = v.strictObject({
  /** How many weeks back, this week included; null: since the first share. */
  weeks: v.nullable(count(1, 520)),
  /** A label the rep types for this file only ("Ana"); empty or absent: the random id alone. */
  label: v.optional(shortText(TEAM_LABEL_MAX)),
});

export const TEAM_REQUESTS = {
  // Writes the settings store the first time (the install's random id) and counts each export.
  'team.exportStats': {
    payload: TeamExportSchema,
    senders: ['extension-page'],
    reads: [],
    writes: ['team-identity'],
    answer: answer<TeamStatsFile>(),
  },
} as const;
