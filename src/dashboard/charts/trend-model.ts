// The weekly trend's numbers: every week of the range, the quiet ones as zero, with the reply
// rate and which week is the current one. Pure, so a test checks each figure the chart shows.
import { addDays, weeksBetween, type WeekRange } from '../../domain/insights/periods';
import type { LocalDay } from '../../domain/time/local-date';

/** What the log gives per week (the data layer's week rows have this shape). */
export interface WeekCounts {
  /** The Monday of the week, "2026-11-23". */
  week: LocalDay;
  shares: number;
  replies: number;
}

export interface WeekPoint extends WeekCounts {
  /** replies / shares; null in a week without shares (a rate of nothing is not 0 %). */
  rate: number | null;
  /** The week that holds today: still filling up, so the chart marks it. */
  current: boolean;
}

/** The most weeks one chart draws (about eight years): a range beyond it keeps its last weeks. */
export const MAX_WEEKS = 420;

/**
 * Every week from `range.from` to `range.to`, in order, zero-filled; rows outside the range are
 * left out. `thisWeek` is the Monday of the current week (weekStart(now)).
 */
export function weekSeries(weeks: readonly WeekCounts[], range: Pick<WeekRange, 'from' | 'to'>, thisWeek: LocalDay): WeekPoint[] {
  const byWeek = new Map<string, WeekCounts>();
  for (const row of weeks) {
    const sum = byWeek.get(row.week);
    byWeek.set(row.week, sum ? { week: row.week, shares: sum.shares + row.shares, replies: sum.replies + row.replies } : row);
  }
  const span = weeksBetween(range.from, range.to);
  if (span < 0) return [];
  const first = Math.max(0, span - MAX_WEEKS + 1);
  const points: WeekPoint[] = [];
  for (let i = first; i <= span; i++) {
    const week = addDays(range.from, 7 * i);
    const { shares, replies } = byWeek.get(week) ?? { shares: 0, replies: 0 };
    points.push({ week, shares, replies, rate: shares > 0 ? replies / shares : null, current: week === thisWeek });
  }
  return points;
}

export interface TrendTotals {
  shares: number;
  replies: number;
  /** All replies over all shares of the range; null without shares. */
  rate: number | null;
  /** The current week's point, when the range holds it. */
  current: WeekPoint | null;
}

export function trendTotals(points: readonly WeekPoint[]): TrendTotals {
  const shares = points.reduce((sum, point) => sum + point.shares, 0);
  const replies = points.reduce((sum, point) => sum + point.replies, 0);
  return { shares, replies, rate: shares > 0 ? replies / shares : null, current: points.find((point) => point.current) ?? null };
}
