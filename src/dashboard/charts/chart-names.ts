// The accessible names of the charts: one sentence each with the figures a sighted user takes
// in at a glance. Pure: the words and number formats come in, so a test reads the sentence.
import type { Period } from '../../domain/insights/periods';
import type { MessageKey, Translate } from '../../i18n/i18n';
import type { PluralKeys } from '../../i18n/plural';
import type { Stage } from '../../domain/model';
import type { FunnelLayout } from './funnel-model';
import type { RankedRow, RankOrder } from './ranking-model';
import { trendTotals, type WeekPoint } from './trend-model';

/** The words and number formats of the UI language (words.ts gives the real ones). */
export interface ChartWords {
  t: Translate;
  count: (value: number) => string;
  /** A counted text in the language's plural form (src/i18n/plural.ts): "1 row", "3 rows". */
  counted: (value: number, keys: PluralKeys) => string;
  percent: (rate: number | null) => string;
  decimal: (value: number | null) => string;
  /** A local calendar day, "2026-11-23", as the user reads it. */
  day: (day: string) => string;
  /** The same day in few characters, for an axis: "23 Nov" / "Nov 23". */
  shortDay: (day: string) => string;
}

const ROWS: PluralKeys = { one: 'chartRows_one', other: 'chartRows_other' };

export const periodName = (period: Period, w: ChartWords) => w.t(`periodName_${period}` as MessageKey);
export const stageName = (stage: Stage, w: ChartWords) => w.t(`stage_${stage}` as MessageKey);

/** "Shares and replies per week, last 12 weeks. Shares: 34; replies: 9; reply rate: 26%. This week: shares 3, replies 1." */
export function trendName(points: readonly WeekPoint[], period: Period, w: ChartWords): string {
  const totals = trendTotals(points);
  const whole = w.t('chartTrendName', [periodName(period, w), w.count(totals.shares), w.count(totals.replies), w.percent(totals.rate)]);
  return totals.current
    ? `${whole} ${w.t('chartTrendThisWeek', [w.count(totals.current.shares), w.count(totals.current.replies)])}`
    : whole;
}

/**
 * "Reply rate per content, 4 rows. First: Case study — replies 5, shares 9, reply rate 56%."
 * Ranked by interested answers, the sentence leads with what ranked the first row.
 */
export function rankingName(title: string, rows: readonly RankedRow[], w: ChartWords, order: RankOrder = 'replies'): string {
  const first = rows[0];
  if (!first) return w.t('chartRankingEmptyName', title);
  if (order === 'interested') {
    return w.t('chartRankingInterestedName', [
      title,
      w.counted(rows.length, ROWS),
      first.label,
      w.count(first.answers.interested),
      w.count(first.replied),
      w.count(first.shares),
      w.percent(first.interestedRate),
    ]);
  }
  return w.t('chartRankingName', [
    title,
    w.counted(rows.length, ROWS),
    first.label,
    w.count(first.replied),
    w.count(first.shares),
    w.percent(first.rate),
  ]);
}

/** "Funnel, prospects reached per stage: Awareness 40, … Most get stuck between Consideration and Evaluation: 40% go on." */
export function funnelName(layout: FunnelLayout, w: ChartWords): string {
  const steps = layout.steps.map((step) => `${stageName(step.stage, w)} ${w.count(step.reached)}`).join(', ');
  const whole = w.t('chartFunnelName', steps);
  const stuck = layout.steps.findIndex((step) => step.stuck);
  if (stuck === -1) return whole;
  const from = layout.steps[stuck]!;
  const to = layout.steps[stuck + 1]!;
  return `${whole} ${w.t('chartFunnelStuckName', [stageName(from.stage, w), stageName(to.stage, w), w.percent(from.passage)])}`;
}
