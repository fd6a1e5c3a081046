// The insights of a period, answered from the week records (metrics-cells.ts) alone. Pure.
//
// A period is a run of whole local weeks ending with the current one (periods.ts, the one rule
// the background and the charts share); 'all' reads every week record there is.
// Every figure is by the week its event falls in: a share (and its reply rate, its time to
// reply) by the week it was sent, a reply by the week it came. The funnel of a period is the
// cohort of prospects CREATED in it: how far they went to date and the stays they ended; for
// 'all' that is every prospect, exactly computeInsights' funnel.
import { STAGES } from '../model';
import { byRate, funnelRows, median, rateRow, tenth, topByReplies, type Insights, type RateRow, type WeekRow } from './metrics';
import { addAt, type KeyCounts, type WeekCells } from './metrics-cells';
export { PERIODS, type Period } from './periods';

/** A week with shares or replies: what the trend draws and what "a week of data" means. */
export const isActiveWeek = (cells: Pick<WeekRow, 'shares' | 'replies'>): boolean => cells.shares > 0 || cells.replies > 0;

/** Sums into arrays of its own: the week records' arrays are left as they were read. */
function sumCounts(into: Map<string, KeyCounts>, from: ReadonlyMap<string, KeyCounts>): void {
  for (const [key, part] of from) {
    const counts = into.get(key);
    if (counts) part.forEach((value, i) => addAt(counts, i, value));
    else into.set(key, [...part]);
  }
}

/** The same rows, in the same order, as computeInsights' rates(). */
function rateRows(counts: Map<string, KeyCounts>): RateRow[] {
  return [...counts]
    .filter(([, [shares = 0]]) => shares > 0)
    .map(([key, [shares = 0, replied = 0, ...byClass]]) => rateRow(key, shares, replied, byClass))
    .sort(byRate);
}

/** The insights of the weeks given (already those of the period), as computeInsights would give them for the same log. */
export function insightsOfWeeks(weeks: readonly WeekCells[]): Insights {
  const content = new Map<string, KeyCounts>();
  const persona = new Map<string, KeyCounts>();
  const stage = new Map<string, KeyCounts>();
  const replyMs: number[] = [];
  const reached = STAGES.map(() => 0);
  const stays = new Map<string, number[]>();
  for (const cells of weeks) {
    sumCounts(content, cells.content);
    sumCounts(persona, cells.persona);
    sumCounts(stage, cells.stage);
    replyMs.push(...cells.replyMs);
    cells.reached.forEach((count, i) => (reached[i] = reached[i]! + count));
    for (const [key, days] of cells.stays) stays.set(key, [...(stays.get(key) ?? []), ...days]);
  }
  return {
    weeks: weeks
      .filter(isActiveWeek)
      .map((cells) => ({ week: cells.week, shares: cells.shares, replies: cells.replies }))
      .sort((a, b) => a.week.localeCompare(b.week)),
    byContent: rateRows(content),
    byPersona: rateRows(persona),
    byStage: rateRows(stage),
    medianHoursToReply: tenth(median(replyMs.map((ms) => ms / 3_600_000))),
    funnel: funnelRows(reached, stays),
    topContent: topByReplies([...content].flatMap(([key, [, replied = 0]]): [string, number][] => (replied > 0 ? [[key, replied]] : []))),
  };
}
