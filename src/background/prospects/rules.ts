// What decides, for one prospect, whether a reply may be recorded and whether they match a list's filters.
import type { ProspectQuery } from '../../contract/index';
import type { Interaction, Prospect } from '../../domain/model';
import { endOfDay, isAwaiting, isDue } from '../../domain/people/followups';
import type { ReplyClass } from '../../domain/replies/types';
import { fold, squash } from '../../domain/text/fold';

export interface IncomingReply {
  externalId: string;
  /** What is kept of the text: null unless the user keeps reply text. */
  text: string | null;
  /** Its class, decided from the whole text before it was dropped (absent: not classified). */
  replyClass?: ReplyClass | undefined;
  /** An out-of-office reply's return day, when it says one. */
  returnsAt?: number | undefined;
}

/** A row of the conversation list whose newest message is the other person's. */
export interface ListReply {
  name: string;
  at: number;
  precision: 'minute' | 'day';
  text: string | null;
  replyClass: ReplyClass;
  returnsAt?: number | undefined;
}

/**
 * What a reply changes in the record: asked to stop, they are marked do-not-contact and their
 * follow-up cleared; out of office until a day, the follow-up moves to the day after it.
 */
export function afterReply(prospect: Prospect, reply: { replyClass?: ReplyClass | undefined; returnsAt?: number | undefined }): Prospect {
  if (reply.replyClass === 'stop') return { ...prospect, doNotContact: true, nextFollowUp: null };
  if (reply.replyClass === 'out-of-office' && reply.returnsAt !== undefined) {
    const after = reply.returnsAt + 86_400_000;
    return { ...prospect, nextFollowUp: Math.max(prospect.nextFollowUp ?? 0, after) };
  }
  return prospect;
}

/**
 * Whether a list row's time is after the user's last contact: to the minute when the row shows
 * a time, else only a later day (a row dated the day of the contact may be older than it).
 */
export function newerThanContact(row: Pick<ListReply, 'at' | 'precision'>, lastContactAt: number | null): boolean {
  if (lastContactAt === null) return true;
  return row.precision === 'minute' ? row.at > lastContactAt : row.at > endOfDay(lastContactAt);
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
