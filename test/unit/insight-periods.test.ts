// The weeks of the Insights charts, whatever the time zone: `npm run test:unit` runs this file
// again under Pacific/Auckland and America/Los_Angeles (scripts/test-dates.mjs). Weeks are
// counted on the calendar, so a daylight-saving change or a new year never skips or doubles one.
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, periodRange, quarterStart, weeksBetween } from '../../src/domain/insights/periods';
import { weekStart } from '../../src/domain/time/local-date';
import { trendTotals, weekSeries, MAX_WEEKS } from '../../src/dashboard/charts/trend-model';
import { insightState } from '../../src/dashboard/charts/insight-state';

const at = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour).getTime();

describe('calendar weeks', () => {
  it('adds days across a month, a year and the daylight-saving changes of both hemispheres', () => {
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2026-01-05', -7)).toBe('2025-12-29');
    expect(addDays('2024-02-26', 7)).toBe('2024-03-04'); // a leap year's 29 February
    // Europe springs forward on 29 March 2026, the US on 8 March, Auckland falls back on 5 April.
    expect(addDays('2026-03-23', 7)).toBe('2026-03-30');
    expect(addDays('2026-03-02', 7)).toBe('2026-03-09');
    expect(addDays('2026-03-30', 7)).toBe('2026-04-06');
    expect(addDays('2026-10-19', 7)).toBe('2026-10-26');
    expect(weeksBetween('2025-12-01', '2026-03-30')).toBe(17);
  });

  it('finds the Monday of a day and the first day of its quarter', () => {
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-15', '2026-12-31'].map(quarterStart)).toEqual([
      '2026-01-01',
      '2026-01-01',
      '2026-04-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });
});

describe('periodRange', () => {
  const now = at(2026, 11, 25); // a Wednesday

  it('4 and 12 weeks end with this week', () => {
    expect(periodRange('4w', now)).toEqual({ from: '2026-11-02', to: '2026-11-23' });
    expect(periodRange('12w', now)).toEqual({ from: '2026-09-07', to: '2026-11-23' });
  });

  it('this quarter is every whole week holding one of its days: from the week of its first day', () => {
    // 1 October 2026 is a Thursday: the week of Monday 28 September, all of it (the data is kept by week).
    expect(periodRange('quarter', now)).toEqual({ from: '2026-09-28', to: '2026-11-23' });
    // 1 April 2026 is a Wednesday.
    expect(periodRange('quarter', at(2026, 4, 1))).toEqual({ from: '2026-03-30', to: '2026-03-30' });
    expect(periodRange('quarter', at(2026, 6, 30))).toEqual({ from: '2026-03-30', to: '2026-06-29' });
    // A new year: 1 January 2024 was a Monday.
    expect(periodRange('quarter', at(2024, 1, 1, 0))).toEqual({ from: '2024-01-01', to: '2024-01-01' });
    expect(periodRange('quarter', at(2023, 12, 31, 23))).toEqual({ from: '2023-09-25', to: '2023-12-25' });
  });

  it('all starts with the first week with data, this week without any', () => {
    expect(periodRange('all', now, '2025-06-02')).toEqual({ from: '2025-06-02', to: '2026-11-23' });
    expect(periodRange('all', now, '2025-06-04')).toEqual({ from: '2025-06-02', to: '2026-11-23' });
    expect(periodRange('all', now, null)).toEqual({ from: '2026-11-23', to: '2026-11-23' });
    expect(periodRange('all', now, '2027-01-04')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
  });

  it('all ends with the last week with data when the clock was set back, so no week of the data is left undrawn', () => {
    expect(periodRange('all', now, '2025-06-02', '2027-01-06')).toEqual({ from: '2025-06-02', to: '2027-01-04' });
    expect(periodRange('all', now, '2025-06-02', '2026-10-05')).toEqual({ from: '2025-06-02', to: '2026-11-23' });
    // The other periods end with this week whatever the data holds.
    expect(periodRange('4w', now, '2025-06-02', '2027-01-06').to).toBe('2026-11-23');
  });

  it("this week is the local week: Monday 00:30 is Monday's, Sunday 23:30 the week before", () => {
    expect(periodRange('4w', at(2026, 11, 23, 0)).to).toBe('2026-11-23');
    expect(new Date(2026, 10, 22, 23, 30).getTime()).toBeLessThan(at(2026, 11, 23, 0));
    expect(periodRange('4w', new Date(2026, 10, 22, 23, 30).getTime()).to).toBe('2026-11-16');
  });
});

describe('weekSeries', () => {
  it('zero-fills every week across a new year, with the rate and the current week', () => {
    const rows = [
      { week: '2025-12-22', shares: 4, replies: 1 },
      { week: '2026-01-12', shares: 2, replies: 2 },
      { week: '2025-01-06', shares: 9, replies: 9 }, // outside the range
    ];
    const points = weekSeries(rows, { from: '2025-12-15', to: '2026-01-12' }, '2026-01-12');
    expect(points).toEqual([
      { week: '2025-12-15', shares: 0, replies: 0, rate: null, current: false },
      { week: '2025-12-22', shares: 4, replies: 1, rate: 0.25, current: false },
      { week: '2025-12-29', shares: 0, replies: 0, rate: null, current: false },
      { week: '2026-01-05', shares: 0, replies: 0, rate: null, current: false },
      { week: '2026-01-12', shares: 2, replies: 2, rate: 1, current: true },
    ]);
    expect(trendTotals(points)).toEqual({ shares: 6, replies: 3, rate: 0.5, current: points[4] });
  });

  it('has one point per Monday through the daylight-saving changes, whatever the zone', () => {
    const now = at(2026, 4, 15);
    const range = periodRange('12w', now);
    const points = weekSeries([{ week: '2026-03-30', shares: 1, replies: 0 }], range, weekStart(now));
    expect(points.map((point) => point.week)).toEqual([
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
      '2026-04-13',
    ]);
    expect(points.filter((point) => point.current).map((point) => point.week)).toEqual(['2026-04-13']);
    expect(points[9]).toMatchObject({ shares: 1, rate: 0 });
    // A week of the log falls on its Monday in every zone, the spring-forward week included.
    for (const day of [at(2026, 3, 29, 10), at(2026, 3, 8, 10), at(2026, 4, 5, 10)])
      expect(points.map((p) => p.week)).toContain(weekStart(day));
  });

  it('adds up rows of the same week, and keeps the last weeks of a range too long to draw', () => {
    expect(
      weekSeries(
        [
          { week: '2026-11-23', shares: 1, replies: 0 },
          { week: '2026-11-23', shares: 2, replies: 1 },
        ],
        { from: '2026-11-23', to: '2026-11-23' },
        '2026-11-23',
      ),
    ).toEqual([{ week: '2026-11-23', shares: 3, replies: 1, rate: 1 / 3, current: true }]);
    const long = weekSeries([], { from: '2000-01-03', to: '2026-11-23' }, '2026-11-23');
    expect(long).toHaveLength(MAX_WEEKS);
    expect(long[long.length - 1]!.week).toBe('2026-11-23');
    expect(weekSeries([], { from: '2026-11-23', to: '2026-11-16' }, '2026-11-23')).toEqual([]);
  });
});

describe('insightState', () => {
  it('is empty before the first share, early within one week of activity, then charts', () => {
    expect(insightState([])).toBe('empty');
    expect(insightState([{ week: '2026-11-16', shares: 0, replies: 2 }])).toBe('empty');
    expect(insightState([{ week: '2026-11-16', shares: 1, replies: 2 }])).toBe('early');
    expect(
      insightState([
        { week: '2026-11-16', shares: 1, replies: 0 },
        { week: '2026-11-09', shares: 0, replies: 0 },
      ]),
    ).toBe('early');
    expect(
      insightState([
        { week: '2026-11-16', shares: 1, replies: 0 },
        { week: '2026-11-23', shares: 0, replies: 1 },
      ]),
    ).toBe('charts');
  });
});
