// The periods the Insights view offers, and the weeks each one covers. Weeks are calendar
// Mondays ("2026-11-23"), counted on the calendar itself, never in milliseconds: a week that
// holds a daylight-saving change is 167 or 169 hours long but is still one week. Pure: the
// pages and the background (which counts the log over the same period) both use it.
import { localDay, weekStart, type LocalDay } from './local-date';

export const INSIGHT_PERIODS = ['4w', '12w', 'quarter', 'all'] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export interface WeekRange {
  /** The Monday of the first week shown. */
  from: LocalDay;
  /** The Monday of the last week shown: the current week. */
  to: LocalDay;
  /**
   * The first day whose activity counts, or null for all of it. Usually `from`; for a quarter
   * it is the quarter's first day, so its first week bar holds only the days inside it.
   */
  since: LocalDay | null;
}

const DAY_MS = 86_400_000;
const pad = (value: number) => String(value).padStart(2, '0');
// A calendar day as a UTC noon, only to count days: UTC has no daylight-saving change.
const utc = (day: LocalDay) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
const fromUtc = (time: number): LocalDay => {
  const date = new Date(time);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** `day` moved by `days` calendar days (negative: back). */
export const addDays = (day: LocalDay, days: number): LocalDay => fromUtc(utc(day) + days * DAY_MS);

/** Whole weeks from the Monday `from` to the Monday `to` (negative when `to` is earlier). */
export const weeksBetween = (from: LocalDay, to: LocalDay): number => Math.round((utc(to) - utc(from)) / (7 * DAY_MS));

/** The Monday of the week holding `day` (ISO weeks start on Monday). */
export const mondayOf = (day: LocalDay): LocalDay => addDays(day, -((new Date(utc(day)).getUTCDay() + 6) % 7));

/** The first day of the calendar quarter of local day `day`: 1 January, April, July or October. */
export function quarterStart(day: LocalDay): LocalDay {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${pad(month - ((month - 1) % 3))}-01`;
}

/**
 * The weeks a period covers at `now`, ending with the current week. '4w' and '12w' are that
 * many weeks, this one included; 'quarter' starts with the week holding the quarter's first
 * day (counting from that day); 'all' starts with `firstWeek`, the first week with data (the
 * current week when there is none, or when the first is later, a clock set back).
 */
export function periodRange(period: InsightPeriod, now: number, firstWeek: LocalDay | null = null): WeekRange {
  const to = weekStart(now);
  switch (period) {
    case '4w':
    case '12w': {
      const from = addDays(to, -7 * (period === '4w' ? 3 : 11));
      return { from, to, since: from };
    }
    case 'quarter': {
      const since = quarterStart(localDay(now));
      return { from: mondayOf(since), to, since };
    }
    case 'all': {
      const from = firstWeek !== null && mondayOf(firstWeek) < to ? mondayOf(firstWeek) : to;
      return { from, to, since: null };
    }
  }
}
