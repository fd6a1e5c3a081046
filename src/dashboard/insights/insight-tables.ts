// The tables beside the Insights charts, and their CSV files: the very rows each chart draws,
// so the chart, the table and the file never disagree. Pure.
import { REPLY_CLASSES } from '../../domain/replies/types';
import type { FunnelLayout } from '../charts/funnel-model';
import type { RankDimension } from '../charts/RankingOptions';
import { inJourneyOrder, rankRows, RANK_LIMIT, type RankedRow, type RankOrder, type RateCounts } from '../charts/ranking-model';
import type { WeekPoint } from '../charts/trend-model';

export interface CsvTable {
  /** The file's name before its date: nurture-<name>-2026-11-29.csv. */
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

/** A rate as a percentage with one decimal, as the CSV files have always written it; empty when there is none. */
export const percentTenths = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Every week of the period, the quiet ones as zeros, with its reply rate (empty without shares). */
export function trendCsv(points: readonly WeekPoint[]): CsvTable {
  return {
    name: 'weekly',
    header: ['week', 'shares', 'replies', 'reply_rate_percent'],
    rows: points.map((p) => [p.week, p.shares, p.replies, percentTenths(p.rate)]),
  };
}

/**
 * The ranking's table: every row that qualifies, in the chart's order (the chart draws the
 * first RANK_LIMIT). Stages keep the journey's order whatever the ranking (Awareness first):
 * the order of the journey is what a per-stage figure is read against.
 */
export function rankingTable(
  rows: readonly RateCounts[],
  dimension: RankDimension,
  order: RankOrder,
  minShares: number,
  labelOf: (key: string) => string,
): RankedRow[] {
  const ranked = rankRows(rows, labelOf, { order, minShares, limit: Number.POSITIVE_INFINITY });
  return dimension === 'stage' ? inJourneyOrder(ranked) : ranked;
}

/** The rows the ranking chart draws: the table's first ones. */
export const rankingChartRows = (table: readonly RankedRow[]): RankedRow[] => table.slice(0, RANK_LIMIT);

const RANKING_FILES: Record<RankDimension, string> = { content: 'content-performance', persona: 'by-persona', stage: 'by-stage' };

/** A ranked row whose answers by class may be unknown (rows made before they were counted): their cells are left empty, not 0. */
export type RankingCsvRow = Omit<RankedRow, 'answers' | 'interestedRate'> & Partial<Pick<RankedRow, 'answers' | 'interestedRate'>>;

/** Clicks per share with two decimals, as a spreadsheet reads it; empty when there is none. */
export const hundredths = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(value * 100) / 100;

/**
 * The file's columns: the first four as they have always been (spreadsheets read them by
 * place), then the answered shares per class of answer ("replied_not_interested") and the
 * interested rate; with `clicks` (clicks imported, content rows), clicks and clicks per share
 * last, so every column before them keeps its place.
 */
export function rankingCsv(dimension: RankDimension, table: readonly RankingCsvRow[], clicks = false): CsvTable {
  const replies = (row: RankingCsvRow) => [
    // A stage's key is its name in every language ("evaluation"), as the funnel's file has it.
    dimension === 'stage' ? row.key : row.label,
    row.shares,
    row.replied,
    percentTenths(row.rate),
    ...REPLY_CLASSES.map((name) => row.answers?.[name] ?? null),
    percentTenths(row.interestedRate ?? null),
  ];
  return {
    name: RANKING_FILES[dimension],
    header: [
      dimension,
      'shares',
      'replied',
      'reply_rate_percent',
      ...REPLY_CLASSES.map((name) => `replied_${name.replaceAll('-', '_')}`),
      'interested_rate_percent',
      ...(clicks ? ['clicks', 'clicks_per_share'] : []),
    ],
    rows: table.map((row) => (clicks ? [...replies(row), row.clicks ?? null, hundredths(row.clicksPerShare)] : replies(row))),
  };
}

export function funnelCsv(layout: FunnelLayout): CsvTable {
  return {
    name: 'funnel',
    header: ['stage', 'reached', 'conversion_to_next_percent', 'median_days_in_stage'],
    rows: layout.steps.map((step) => [step.stage, step.reached, percentTenths(step.passage), step.medianDays]),
  };
}
