// Which content (or persona, or stage) starts conversations: the rows of the ranking chart,
// in a fixed order whatever order the rows came in. Pure.
import type { ClassCounts } from '../../domain/insights/metrics';
import { STAGES } from '../../domain/model';
import { REPLY_CLASSES } from '../../domain/replies/types';

/** What the log gives per key (the data layer's rate rows have this shape). */
export interface RateCounts {
  key: string;
  shares: number;
  replied: number;
  /** The answered shares by class of answer; a class left out has none. */
  answers?: Partial<ClassCounts>;
  /** Visits the company's analytics counted for the item's links (content rows, once clicks were imported). */
  clicks?: number;
}

export interface RankedRow {
  key: string;
  /** What the user reads: the item's title, the persona, the stage's name. */
  label: string;
  shares: number;
  replied: number;
  /** replied / shares; null without shares. */
  rate: number | null;
  /** The answered shares by class of answer, every class written. */
  answers: ClassCounts;
  /** answers.interested / shares; null without shares. */
  interestedRate: number | null;
  /** Present only when the row came with clicks (RateCounts.clicks): rows without stay as they were. */
  clicks?: number;
  /** clicks / shares; null without shares. */
  clicksPerShare?: number | null;
}

/** The orders every ranking offers; the click orders only rank content rows with clicks imported. */
export const REPLY_ORDERS = ['replies', 'interested', 'rate'] as const;
export const CLICK_ORDERS = ['clicks', 'clicksPerShare'] as const;
export const RANK_ORDERS = [...REPLY_ORDERS, ...CLICK_ORDERS] as const;
export type RankOrder = (typeof RANK_ORDERS)[number];
export type ClickOrder = (typeof CLICK_ORDERS)[number];

export const isClickOrder = (order: RankOrder): order is ClickOrder => (CLICK_ORDERS as readonly string[]).includes(order);

export interface RankOptions {
  /**
   * 'replies': most replies first. 'interested': most interested answers first. 'rate': best reply
   * rate first, among rows with `minShares`. 'clicks': most clicks first. 'clicksPerShare': most
   * clicks per share first, among rows with `minShares`.
   */
  order?: RankOrder;
  /** The fewest shares a row needs to be ranked by a rate (replies or clicks per share): 1 reply of 1 share is not 100 % of anything. */
  minShares?: number;
  /** How many rows to keep. */
  limit?: number;
}

export const DEFAULT_MIN_SHARES = 3;
export const RANK_LIMIT = 10;

/** Code-point order, not the locale's: the same rows give the same ranking (and tables) in every language. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const rateOf = (row: RankedRow) => row.rate ?? -1;
const interestedOf = (row: RankedRow) => row.interestedRate ?? -1;
const clicksOf = (row: RankedRow) => row.clicks ?? 0;
const clicksPerShareOf = (row: RankedRow) => row.clicksPerShare ?? -1;

const tieBreak = (a: RankedRow, b: RankedRow) => b.shares - a.shares || byText(a.label, b.label) || byText(a.key, b.key);
const COMPARE: Record<RankOrder, (a: RankedRow, b: RankedRow) => number> = {
  replies: (a, b) => b.replied - a.replied || rateOf(b) - rateOf(a) || tieBreak(a, b),
  // Between equal interested answers, the item that got them from fewer shares is the better one.
  interested: (a, b) =>
    b.answers.interested - a.answers.interested || interestedOf(b) - interestedOf(a) || b.replied - a.replied || tieBreak(a, b),
  rate: (a, b) => rateOf(b) - rateOf(a) || b.replied - a.replied || tieBreak(a, b),
  // Between equal clicks, the item that got them from fewer shares is the better one, as above.
  clicks: (a, b) => clicksOf(b) - clicksOf(a) || clicksPerShareOf(b) - clicksPerShareOf(a) || tieBreak(a, b),
  clicksPerShare: (a, b) => clicksPerShareOf(b) - clicksPerShareOf(a) || clicksOf(b) - clicksOf(a) || tieBreak(a, b),
};

const RATE_ORDERS: ReadonlySet<RankOrder> = new Set(['rate', 'clicksPerShare']);

/** A row is ranked when it has something to rank by: shares or replies, or clicks when clicks order. */
const hasFigures = (row: RateCounts, order: RankOrder) =>
  row.shares > 0 || row.replied > 0 || (order === 'clicks' && (row.clicks ?? 0) > 0);

/**
 * The top rows: by replies (then rate, shares, label, key), by interested answers (then
 * interested rate, replies, shares, label, key), by reply rate (then replies, shares, label,
 * key) among the rows with at least `minShares` shares, by clicks (then clicks per share, shares,
 * label, key), or by clicks per share (then clicks, shares, label, key) among the rows with at
 * least `minShares` shares. Rows without shares or replies are left out: there is nothing to
 * rank; by clicks, a row with clicks only (a colleague's shares) is kept.
 */
export function rankRows(rows: readonly RateCounts[], labelOf: (key: string) => string, options: RankOptions = {}): RankedRow[] {
  const { order = 'replies', minShares = DEFAULT_MIN_SHARES, limit = RANK_LIMIT } = options;
  return rows
    .filter((row) => hasFigures(row, order))
    .filter((row) => !RATE_ORDERS.has(order) || row.shares >= minShares)
    .map((row): RankedRow => {
      const answers = Object.fromEntries(REPLY_CLASSES.map((name) => [name, row.answers?.[name] ?? 0])) as ClassCounts;
      const per = (count: number) => (row.shares > 0 ? count / row.shares : null);
      const ranked: RankedRow = {
        key: row.key,
        label: labelOf(row.key),
        shares: row.shares,
        replied: row.replied,
        rate: per(row.replied),
        answers,
        interestedRate: per(answers.interested),
      };
      return row.clicks === undefined ? ranked : { ...ranked, clicks: row.clicks, clicksPerShare: per(row.clicks) };
    })
    .sort(COMPARE[order])
    .slice(0, Math.max(0, limit));
}

/** Rows keyed by stage in journey order (awareness … advocate), any other key after them as it came. */
export function inJourneyOrder<T extends { key: string }>(rows: readonly T[]): T[] {
  const index = (key: string) => {
    const found = (STAGES as readonly string[]).indexOf(key);
    return found === -1 ? STAGES.length : found;
  };
  // Array.prototype.sort is stable: keys that are not stages keep their order.
  return [...rows].sort((a, b) => index(a.key) - index(b.key));
}
