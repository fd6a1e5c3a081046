// The panel's follow-up choices fall on days of the user's calendar, at 09:00 local, whatever the
// time zone and across a change of the clocks (run it with TZ=Pacific/Auckland and
// TZ=America/Los_Angeles too, like the other date tests).
import { describe, expect, it } from 'vitest';
import { dateInputValue, fromDateInput, inDays, nextWeek } from '../../src/panel/follow-up-dates';
import { localDay } from '../../src/domain/time/local-date';

const at = (year: number, month: number, day: number, hour = 15, minute = 30) => new Date(year, month - 1, day, hour, minute).getTime();

describe('follow-up quick choices', () => {
  it('"In 3 days": three calendar days later, at 09:00', () => {
    const time = inDays(at(2026, 11, 20), 3);
    expect(localDay(time)).toBe('2026-11-23');
    expect(new Date(time).getHours()).toBe(9);
    // Late in the evening and just after midnight: still the calendar day that counts.
    expect(localDay(inDays(at(2026, 11, 20, 23, 59), 3))).toBe('2026-11-23');
    expect(localDay(inDays(at(2026, 11, 21, 0, 1), 3))).toBe('2026-11-24');
    // Across a month, a year, and a leap day.
    expect(localDay(inDays(at(2026, 12, 30), 3))).toBe('2027-01-02');
    expect(localDay(inDays(at(2028, 2, 27), 3))).toBe('2028-03-01');
  });

  it('counts days, not hours, across a change of the clocks', () => {
    // Spring and autumn changes of both hemispheres and of North America are in these spans.
    for (const [from, to] of [
      [at(2026, 3, 27), '2026-03-30'],
      [at(2026, 10, 23), '2026-10-26'],
      [at(2026, 4, 3), '2026-04-06'],
      [at(2026, 9, 25), '2026-09-28'],
      [at(2026, 3, 6), '2026-03-09'],
      [at(2026, 10, 30), '2026-11-02'],
    ] as const) {
      const time = inDays(from, 3);
      expect(localDay(time)).toBe(to);
      expect(new Date(time).getHours()).toBe(9);
    }
  });

  it('"Next week": the Monday of next week, at 09:00', () => {
    // Friday 20 November 2026, Sunday 22, Monday 23.
    expect(localDay(nextWeek(at(2026, 11, 20)))).toBe('2026-11-23');
    expect(localDay(nextWeek(at(2026, 11, 22, 23, 0)))).toBe('2026-11-23');
    expect(localDay(nextWeek(at(2026, 11, 23, 8, 0)))).toBe('2026-11-30');
    expect(localDay(nextWeek(at(2026, 12, 29)))).toBe('2027-01-04');
    expect(new Date(nextWeek(at(2026, 3, 25))).getHours()).toBe(9);
  });

  it('a date input reads and writes local days', () => {
    expect(dateInputValue(null)).toBe('');
    expect(fromDateInput('')).toBeNull();
    expect(fromDateInput('2026-02-30')).toBeNull();
    const time = fromDateInput('2026-11-22')!;
    expect(new Date(time).getHours()).toBe(9);
    expect(dateInputValue(time)).toBe('2026-11-22');
  });
});
