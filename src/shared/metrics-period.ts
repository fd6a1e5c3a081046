// The insights of a period, answered from the week records (metrics-cells.ts) alone. Pure.
//
// A period is a run of whole local weeks ending with the current one:
// - '4w', '12w': the current week and the 3 (11) before it;
// - 'quarter': every week holding a day of the current calendar quarter (the week of its first day on);
// - 'all': every week.
// Every figure is by the week its event falls in: a share (and its reply rate, its time to
// reply) by the week it was sent, a reply by the week it came. The funnel of a period is the
// cohort of prospects CREATED in it: how far they went to date and the stays they ended; for
// 'all' that is every prospect, exactly computeInsights' funnel.
import { localDay, localTime, weekStart } from './local-date';
import { STAGES } from './model';
import { median, type FunnelRow, type Insights, type RateRow } from './metrics';
import type { Pair, WeekCells } from './metrics-cells';
import type { Period } from './periods';

export { PERIODS, type Period } from './periods';

/** The Monday `weeks` weeks before the week of `now` (calendar arithmetic: daylight saving never shifts it). */
function mondayBefore(now: number, weeks: number): string {
  const monday = new Date(localTime(weekStart(now), 12)!);
  monday.setDate(monday.getDate() - 7 * weeks);
  return localDay(monday.getTime());
}

/** The first week (its Monday, yyyy-mm-dd) of the period, or null for all of them. */
export function periodStart(period: Period, now: number): string | null {
  if (period === 'all') return null;
  if (period === '4w') return mondayBefore(now, 3);
  if (period === '12w') return mondayBefore(now, 11);
  const today = new Date(now);
  const quarterStart = new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1, 12).getTime();
  return weekStart(quarterStart);
}

function sumPairs(into: Map<string, Pair>, from: Record<string, Pair>): void {
  for (const [key, [shares, replied]] of Object.entries(from)) {
    const pair = into.get(key) ?? [0, 0];
    into.set(key, [pair[0] + shares, pair[1] + replied]);
  }
}

/** The same rows, in the same order, as computeInsights' rates(). */
function rateRows(pairs: Map<string, Pair>): RateRow[] {
  return [...pairs]
    .filter(([, [shares]]) => shares > 0)
    .map(([key, [shares, replied]]) => ({ key, shares, replied, rate: shares ? replied / shares : 0 }))
    .sort((a, b) => b.rate - a.rate || b.shares - a.shares || a.key.localeCompare(b.key));
}

const tenth = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

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
    for (const [key, days] of Object.entries(cells.stays)) stays.set(key, [...(stays.get(key) ?? []), ...days]);
  }
  const funnel: FunnelRow[] = STAGES.map((name, i) => ({
    stage: name,
    reached: reached[i]!,
    conversion: i + 1 < STAGES.length && reached[i]! > 0 ? reached[i + 1]! / reached[i]! : null,
    medianDaysInStage: tenth(median(stays.get(name) ?? [])),
  }));
  return {
    weeks: weeks
      .filter((cells) => cells.shares > 0 || cells.replies > 0)
      .map((cells) => ({ week: cells.week, shares: cells.shares, replies: cells.replies }))
      .sort((a, b) => a.week.localeCompare(b.week)),
    byContent: rateRows(content),
    byPersona: rateRows(persona),
    byStage: rateRows(stage),
    medianHoursToReply: tenth(median(replyMs.map((ms) => ms / 3_600_000))),
    funnel,
    topContent: [...content]
      .filter(([, [, replied]]) => replied > 0)
      .map(([key, [, replies]]) => ({ key, replies }))
      .sort((a, b) => b.replies - a.replies || a.key.localeCompare(b.key))
      .slice(0, 10),
  };
}
