// What decides, for one prospect, whether a reply may be recorded and whether they match a list's filters.
import type { ProspectQuery } from '../../shared/contract';
import type { Interaction, Prospect } from '../../shared/model';
import { isAwaiting, isDue } from '../../shared/followups';
import { fold, squash } from '../../shared/text';

export interface IncomingReply {
  externalId: string;
  text: string | null;
}

/** The quiet time after a recorded reply during which a new one needs a share sent since. */
export const REPLY_WINDOW_MS = 86_400_000;

/**
 * Whether a reply may be recorded now for a prospect whose log, newest first, is `newestFirst`
 * (at least down to their last recorded reply): when a share was confirmed sent to them since
 * their last recorded reply (each share is answered once), or when that reply is at least
 * REPLY_WINDOW_MS old (or there is none). So a page drawing any number of messages "from" a
 * prospect gets at most one reply recorded per REPLY_WINDOW_MS, plus one per share the user
 * really sent them (a share is logged only from a trusted click in our picker).
 */
export function replyAllowed(newestFirst: readonly Interaction[], now: number): boolean {
  for (const entry of newestFirst) {
    if (entry.kind === 'shared' && entry.status === 'sent') return true;
    if (entry.kind === 'replied') return now - entry.at >= REPLY_WINDOW_MS;
  }
  return true;
}

export function matchesQuery(prospect: Prospect, query: ProspectQuery, now = Date.now(), awaitingDays = 5): boolean {
  // Folded, so "Lucia" finds "Lucía" (the Activity view looks prospects up by a name read on LinkedIn).
  const text = query.text ? fold(squash(query.text)) : '';
  return (
    (!query.awaiting || isAwaiting(prospect, now, awaitingDays)) &&
    (!query.due || isDue(prospect, now)) &&
    (!query.stage || prospect.stage === query.stage) &&
    (!query.persona || prospect.persona.toLowerCase() === query.persona.toLowerCase()) &&
    (!query.tag || prospect.tags.some((tag) => tag.toLowerCase() === query.tag!.toLowerCase())) &&
    (!text || fold(`${prospect.name} ${prospect.company} ${prospect.headline}`).includes(text))
  );
}
