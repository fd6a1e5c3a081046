// The last exchanges with a person: what was shared with them and what they answered. Pure.
import type { Interaction } from '../domain/model';

/** How many the panel shows: the dashboard's record has the whole timeline. */
export const EXCHANGES_SHOWN = 5;

/** Shares and replies, newest first, at most `max`. */
export function latestExchanges(timeline: readonly Interaction[], max = EXCHANGES_SHOWN): Interaction[] {
  return timeline
    .filter((entry) => entry.kind === 'shared' || entry.kind === 'replied')
    .sort((a, b) => b.at - a.at)
    .slice(0, max);
}

/** The content items those exchanges name, each once. */
export const contentIdsOf = (entries: readonly Interaction[]): string[] => [
  ...new Set(entries.map((entry) => entry.contentId).filter((id): id is string => id !== null)),
];
