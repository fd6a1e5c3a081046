// What the Insights view shows for the data there is: the empty state before the first share,
// the early state while every figure fits in one week (a trend needs two to compare), then the
// charts. Pure.
import type { WeekCounts } from './trend-model';

export type InsightState = 'empty' | 'early' | 'charts';

/** The fewest weeks with activity for a trend to mean something. */
export const WEEKS_FOR_A_TREND = 2;

/** From every week of the log (not only the period shown: a quiet month is still a chart of zeros). */
export function insightState(weeks: readonly WeekCounts[]): InsightState {
  if (!weeks.some((week) => week.shares > 0)) return 'empty';
  const active = new Set(weeks.filter((week) => week.shares > 0 || week.replies > 0).map((week) => week.week));
  return active.size < WEEKS_FOR_A_TREND ? 'early' : 'charts';
}
