// The clicks imported from web analytics, beside the log's figures of the same period: per item
// (shared → clicked → replied), per week, and the rows of the ranking with their clicks. The
// tables, the funnel of one item and the CSV files all come from these rows, so they agree. Pure.
import { byText, type RateCounts } from '../charts/ranking-model';
import { weekSeries } from '../charts/trend-model';
import { hundredths, type CsvTable } from './insight-tables';

/** [item id, clicks] as clicks.figures answers them (pairs: ids are data). */
export type ClickPairs = readonly (readonly [string, number])[];

/** One item's period: its shares and replies from the log, its clicks from the imports. */
export interface ClickRow {
  key: string;
  label: string;
  shares: number;
  clicks: number;
  /** clicks / shares; null without shares (the clicks came from colleagues' links). */
  clicksPerShare: number | null;
  replied: number;
}

/**
 * The log's content rows with their clicks (0 when none were counted), and a row of no shares
 * for each item clicked but not shared in the period: everyone's links to an item carry its
 * utm_content, so an item may be opened without a share of this rep's.
 */
export function withClicks(rows: readonly RateCounts[], clicks: ClickPairs): RateCounts[] {
  const byId = new Map(clicks);
  const joined = rows.map((row) => ({ ...row, clicks: byId.get(row.key) ?? 0 }));
  const logged = new Set(rows.map((row) => row.key));
  for (const [key, count] of clicks) if (!logged.has(key) && count > 0) joined.push({ key, shares: 0, replied: 0, clicks: count });
  return joined;
}

/** Every item with shares or clicks in the period, most clicks first (then shares, title, id). */
export function clickRows(rows: readonly RateCounts[], clicks: ClickPairs, labelOf: (key: string) => string): ClickRow[] {
  return withClicks(rows, clicks)
    .filter((row) => row.shares > 0 || (row.clicks ?? 0) > 0)
    .map((row) => {
      const count = row.clicks ?? 0;
      return {
        key: row.key,
        label: labelOf(row.key),
        shares: row.shares,
        clicks: count,
        clicksPerShare: row.shares > 0 ? count / row.shares : null,
        replied: row.replied,
      };
    })
    .sort((a, b) => b.clicks - a.clicks || b.shares - a.shares || byText(a.label, b.label) || byText(a.key, b.key));
}

export function contentClicksCsv(rows: readonly ClickRow[]): CsvTable {
  return {
    name: 'content-clicks',
    header: ['content', 'shares', 'clicks', 'clicks_per_share', 'replied'],
    rows: rows.map((row) => [row.label, row.shares, row.clicks, hundredths(row.clicksPerShare), row.replied]),
  };
}

export const FUNNEL_STEPS = ['shares', 'clicks', 'replied'] as const;
export type ClickFunnelStep = (typeof FUNNEL_STEPS)[number];

export interface ClickFunnelBar {
  step: ClickFunnelStep;
  value: number;
  /** value / the largest of the three: 1 for the widest bar, 0 for none. */
  width: number;
}

/**
 * One item read as a funnel: shared → clicked → replied. Not a true funnel (clicks count
 * everyone's visits, and a reply needs no click), so each bar is its own count, never a share of
 * the one before it.
 */
export function clickFunnel(row: Pick<ClickRow, ClickFunnelStep>): ClickFunnelBar[] {
  const most = Math.max(0, ...FUNNEL_STEPS.map((step) => row[step]));
  return FUNNEL_STEPS.map((step) => ({ step, value: row[step], width: most > 0 ? row[step] / most : 0 }));
}

/** The item the funnel shows: the one chosen while it is still in the table, else the most clicked. */
export const funnelItem = (rows: readonly ClickRow[], chosen: string | null): ClickRow | null =>
  rows.find((row) => row.key === chosen) ?? rows[0] ?? null;

export interface ClickWeek {
  /** The Monday of the week. */
  week: string;
  clicks: number;
  current: boolean;
}

interface Range {
  from: string;
  to: string;
}

/** Both ranges in one: for 'all', the log's weeks and the imports' weeks differ. */
export const spanOf = (a: Range, b: Range): Range => ({ from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to });

/** The trend's weeks (weekSeries: every week of the range, in order) with the clicks of each. */
export function clickWeeks(byWeek: ClickPairs, range: Range, thisWeek: string): ClickWeek[] {
  const clicks = new Map<string, number>();
  for (const [week, count] of byWeek) clicks.set(week, (clicks.get(week) ?? 0) + count);
  return weekSeries([], range, thisWeek).map((point) => ({
    week: point.week,
    clicks: clicks.get(point.week) ?? 0,
    current: point.current,
  }));
}

export function weeklyClicksCsv(weeks: readonly ClickWeek[]): CsvTable {
  return { name: 'weekly-clicks', header: ['week', 'clicks'], rows: weeks.map((week) => [week.week, week.clicks]) };
}
