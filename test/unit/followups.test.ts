import { describe, expect, it } from 'vitest';
import { endOfDay, isAwaiting, isDue } from '../../src/domain/people/followups';
import { saturation } from '../../src/background/sharing';
import type { Interaction, Prospect } from '../../src/domain/model';
import { prospect as record } from './helpers/prospects';

const DAY = 86_400_000;
const now = new Date(2026, 10, 22, 10, 0).getTime();
const prospect = (fields: Partial<Prospect>): Prospect => record({ id: '/in/ada', name: 'Ada', createdAt: 0, ...fields });

describe('follow-ups', () => {
  it('a follow-up set for today or before is due; tomorrow is not', () => {
    expect(isDue(prospect({ nextFollowUp: new Date(2026, 10, 22, 18, 0).getTime() }), now)).toBe(true);
    expect(isDue(prospect({ nextFollowUp: now - 3 * DAY }), now)).toBe(true);
    expect(isDue(prospect({ nextFollowUp: endOfDay(now) + 1 }), now)).toBe(false);
    expect(isDue(prospect({ nextFollowUp: null }), now)).toBe(false);
    expect(isDue(prospect({ nextFollowUp: now, stage: 'lost' }), now)).toBe(false);
  });

  it('awaiting: a share older than N days with no reply since', () => {
    expect(isAwaiting(prospect({ lastContactAt: now - 6 * DAY }), now, 5)).toBe(true);
    expect(isAwaiting(prospect({ lastContactAt: now - 4 * DAY }), now, 5)).toBe(false);
    expect(isAwaiting(prospect({ lastContactAt: now - 6 * DAY, lastReplyAt: now - 5 * DAY }), now, 5)).toBe(false);
    expect(isAwaiting(prospect({ lastContactAt: now - 6 * DAY, lastReplyAt: now - 9 * DAY }), now, 5)).toBe(true);
    expect(isAwaiting(prospect({}), now, 5)).toBe(false);
  });
});

describe('saturation guard', () => {
  const entry = (kind: Interaction['kind'], at: number, status?: 'sent' | 'draft'): Interaction => ({
    at,
    kind,
    prospectId: '/in/ada',
    contentId: 'c',
    channel: 'message',
    url: null,
    externalId: null,
    note: '',
    ...(status ? { status } : {}),
  });

  it('counts recent sent shares and the unanswered ones in a row', () => {
    const log = [
      entry('shared', now - 20 * DAY, 'sent'),
      entry('replied', now - 19 * DAY),
      entry('shared', now - 6 * DAY, 'sent'),
      entry('shared', now - 2 * DAY, 'sent'),
      entry('shared', now - DAY, 'draft'),
    ];
    expect(saturation(log, now, 7)).toEqual({ recentShares: 2, unansweredInARow: 2 });
    expect(saturation([...log, entry('replied', now)], now, 7)).toEqual({ recentShares: 2, unansweredInARow: 0 });
  });
});
