// Who needs attention: follow-ups due, and prospects whose last share got no answer. Pure.
import type { Prospect } from '../model';
import { endOfLocalDay } from '../time/local-date';

const DAY = 86_400_000;

/** The end of the local day of `now`: a follow-up set for today is due all day. */
export const endOfDay = endOfLocalDay;

export function isDue(prospect: Prospect, now: number): boolean {
  // Someone who asked not to be contacted is nobody's follow-up.
  return !prospect.doNotContact && prospect.nextFollowUp !== null && prospect.nextFollowUp <= endOfDay(now) && prospect.stage !== 'lost';
}

/**
 * Awaiting a reply: something was sent to them (lastContactAt) at least `days` ago, and they
 * have not answered since.
 */
export function isAwaiting(prospect: Prospect, now: number, days: number): boolean {
  const sent = prospect.lastContactAt;
  if (sent === null || prospect.stage === 'lost' || prospect.doNotContact) return false;
  const answered = prospect.lastReplyAt !== null && prospect.lastReplyAt >= sent;
  return !answered && now - sent >= days * DAY;
}
