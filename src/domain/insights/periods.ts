// The periods Insights offers (4 weeks, 12 weeks, this quarter, all) and the weeks each one
// covers: ONE rule, used by the background to choose the week records it sums and by the
// dashboard to draw the same weeks, so a chart and the table beside it always agree.
//
// A period is a run of whole local weeks (calendar Mondays, "2026-11-23") ending with the
// current one. Whole weeks because Insights is answered from week records (metrics-cells.ts):
// a week is the smallest thing the data can count, so a quarter starts with the whole week
// holding its first day rather than from that day (a bar that held only part of a week would
// also differ from the same week's bar in the 12-week view). Weeks are counted on the calendar
// itself, never in milliseconds: a week that holds a daylight-saving change is 167 or 169 hours
// long but is still one week. Pure, and small: the request table imports it into every page.
import { localDay, weekStart, type LocalDay } from '../time/local-date';

export const PERIODS = ['4w', '12w', 'quarter', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** What the Insights view opens on: the trend of the last 12 weeks. */
export const DEFAULT_PERIOD: Period = '12w';

export interface WeekRange {
  /** The Monday of the first week of the period. */
  from: LocalDay;
  /** The Monday of the last week: the current week (for 'all', a later week holding data, if the clock was set back). */
  to: LocalDay;
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

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDay, to: LocalDay): number => Math.round((utc(to) - utc(from)) / DAY_MS);

/** The Monday of the week holding `day` (ISO weeks start on Monday). */
export const mondayOf = (day: LocalDay): LocalDay => addDays(day, -((new Date(utc(day)).getUTCDay() + 6) % 7));

/** The first day of the calendar quarter of local day `day`: 1 January, April, July or October. */
export function quarterStart(day: LocalDay): LocalDay {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${pad(month - ((month - 1) % 3))}-01`;
}

/**
 * The weeks a period covers at `now`, ending with the current week:
 * - '4w', '12w': the current week and the 3 (11) before it;
 * - 'quarter': every week holding a day of the current calendar quarter (the week of its first day on);
 * - 'all': from `firstWeek`, the first week with activity (the current week when there is none),
 *   to the current week or `lastWeek`, the last week with activity, when that is later (a clock
 *   set back): every week the data holds is drawn.
 */
export function periodRange(period: Period, now: number, firstWeek: LocalDay | null = null, lastWeek: LocalDay | null = null): WeekRange {
  const to = weekStart(now);
  switch (period) {
    case '4w':
    case '12w':
      return { from: addDays(to, -7 * (period === '4w' ? 3 : 11)), to };
    case 'quarter':
      return { from: mondayOf(quarterStart(localDay(now))), to };
    case 'all': {
      const first = firstWeek === null ? to : mondayOf(firstWeek);
      const last = lastWeek === null ? to : mondayOf(lastWeek);
      return { from: first < to ? first : to, to: last > to ? last : to };
    }
  }
}
