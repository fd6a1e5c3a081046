// Days on the user's calendar, whatever their time zone: `npm run test:unit` runs this file
// again under Pacific/Auckland (UTC+12/13) and America/Los_Angeles (UTC-8/-7), where a UTC date
// is a day off for part of every day.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dayRange, endOfLocalDay, followUpTime, localDay, localTime, weekStart } from '../../src/domain/time/local-date';
import { endOfDay, isDue } from '../../src/domain/people/followups';
import { weekOf } from '../../src/domain/insights/metrics';
import { logFilter } from '../../src/dashboard/ActivityView';
import { NO_ACTIVITY_FILTER } from '../../src/contract/routes';

// The activity view's module loads the browser API wrapper; its filter maths needs none of it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const HOUR = 3_600_000;
const anyDay = fc
  .date({ min: new Date(1971, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
  .map((date) => localDay(date.getTime()));

describe('local days', () => {
  it('runs in the time zone it was given', () => {
    // The second run sets TZ; without it the machine's zone is used.
    if (process.env['TZ']) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env['TZ']);
  });

  it('a follow-up saved for a day reads back as that day, save after save', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        let shown = day;
        // Save, reload, save again: what the form shows never drifts.
        for (let save = 0; save < 3; save++) shown = localDay(followUpTime(shown)!);
        expect(shown).toBe(day);
        expect(new Date(followUpTime(day)!).getHours()).toBe(9);
      }),
    );
  });

  it('09:00 local on a day east of UTC+9 is still that day (the bug that moved dates back)', () => {
    const time = followUpTime('2026-11-22')!;
    expect(localDay(time)).toBe('2026-11-22');
    expect(new Date(time).getDate()).toBe(22);
  });

  it('refuses what is not a calendar day', () => {
    for (const bad of ['', '2026-02-30', '2026-13-01', '22/11/2026', '2026-1-5', 'tomorrow']) {
      expect(localTime(bad), bad).toBeNull();
      expect(dayRange(bad), bad).toBeNull();
    }
    expect(localTime('2024-02-29')).not.toBeNull();
  });

  it('a day range holds the whole local day and nothing of its neighbours', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const { start, end } = dayRange(day)!;
        expect(localDay(start)).toBe(day);
        expect(localDay(end)).toBe(day);
        expect(localDay(start - 1)).not.toBe(day);
        expect(localDay(end + 1)).not.toBe(day);
        // 23, 24 or 25 hours: the clocks may change that day.
        expect([23, 24, 25]).toContain(Math.round((end + 1 - start) / HOUR));
      }),
    );
  });

  it('the end of a local day, and a follow-up due all of it', () => {
    const morning = localTime('2026-03-29', 8)!;
    expect(endOfLocalDay(morning)).toBe(dayRange('2026-03-29')!.end);
    expect(endOfDay(morning)).toBe(endOfLocalDay(morning));
    const prospect = { nextFollowUp: followUpTime('2026-03-29'), stage: 'evaluation' } as Parameters<typeof isDue>[0];
    expect(isDue(prospect, morning)).toBe(true);
    expect(isDue(prospect, localTime('2026-03-28', 23, 59)!)).toBe(false);
  });

  it('weeks start on the local Monday', () => {
    expect(weekStart(localTime('2026-11-08', 23)!)).toBe('2026-11-02');
    expect(weekStart(localTime('2026-11-09', 0, 30)!)).toBe('2026-11-09');
    expect(weekOf(localTime('2026-11-11', 12)!)).toBe('2026-11-09');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (time) => {
        const monday = weekStart(time);
        expect(new Date(localTime(monday)!).getDay()).toBe(1);
        expect(localTime(monday)! <= time).toBe(true);
        expect(time - localTime(monday)! < 7 * 24 * HOUR + 2 * HOUR).toBe(true);
      }),
    );
  });

  it('the activity filter asks for whole local days', () => {
    const filter = logFilter({ ...NO_ACTIVITY_FILTER, from: '2026-11-02', to: '2026-11-08' });
    expect(filter.from).toBe(localTime('2026-11-02'));
    expect(filter.to).toBe(localTime('2026-11-09')! - 1);
    expect(logFilter({ ...NO_ACTIVITY_FILTER, from: '2026-11-3' })).toEqual({});
  });
});
