// The insights of a period, answered from the week records (metrics-cells.ts) alone. Pure.
//
// A period is a run of whole local weeks ending with the current one (periods.ts, the one rule
// the background and the charts share); 'all' reads every week record there is.
// Every figure is by the week its event falls in: a share (and its reply rate, its time to
// reply) by the week it was sent, a reply by the week it came. The funnel of a period is the
// cohort of prospects CREATED in it: how far they went to date and the stays they ended; for
// 'all' that is every prospect, exactly computeInsights' funnel.
import { STAGES } from './model';
import { byRate, funnelRows, median, tenth, topByReplies, type Insights, type RateRow, type WeekRow } from './metrics';
import type { Pair, WeekCells } from './metrics-cells';
export { PERIODS, type Period } from './periods';

/** A week with shares or replies: what the trend draws and what "a week of data" means. */
export const isActiveWeek = (cells: Pick<WeekRow, 'shares' | 'replies'>): boolean => cells.shares > 0 || cells.replies > 0;

function sumPairs(into: Map<string, Pair>, from: ReadonlyMap<string, Pair>): void {
  for (const [key, [shares, replied]] of from) {
    const pair = into.get(key) ?? [0, 0];
    into.set(key, [pair[0] + shares, pair[1] + replied]);
  }
}

/** The same rows, in the same order, as computeInsights' rates(). */
function rateRows(pairs: Map<string, Pair>): RateRow[] {
  return [...pairs]
    .filter(([, [shares]]) => shares > 0)
    .map(([key, [shares, replied]]) => ({ key, shares, replied, rate: shares ? replied / shares : 0 }))
    .sort(byRate);
}

/** The insights of the weeks given (already those of the period), as computeInsights would give them for the same log. */
export function insightsOfWeeks(weeks: readonly WeekCells[]): Insights {
  const content = new Map<string, Pair>();
  const persona = new Map<string, Pair>();
  const stage = new Map<string, Pair>();
  const replyMs: number[] = [];
  const reached = STAGES.map(() => 0);
  const stays = new Map<string, number[]>();
  for (const cells of weeks) {
    sumPairs(content, cells.content);
    sumPairs(persona, cells.persona);
    sumPairs(stage, cells.stage);
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
    topContent: topByReplies([...content].flatMap(([key, [, replied]]): [string, number][] => (replied > 0 ? [[key, replied]] : []))),
  };
}
