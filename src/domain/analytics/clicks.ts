// Clicks imported from the company's web analytics: what one import keeps (per period and item,
// no visitor), which imports a new one replaces, and the figures of a period. Pure: the
// background stores and sums with these, the tests check them on hand-made imports.
//
// An export counts visits per utm_content over a period. When it also writes a date per row
// (GA4 with the Date dimension, Matomo over several periods, Plausible's imported data), each
// count keeps its day and falls in its week exactly. Otherwise the count is the period's: it is
// the period's figure for the item, and a week's only when the period lies within that week.
import { daysBetween, mondayOf } from '../insights/periods';
import type { LocalDay } from '../time/local-date';
import type { AnalyticsVendor } from './read';

export interface ClickCount {
  contentId: string;
  /** Sessions (visits) counted for the item's link. */
  clicks: number;
  /** yyyy-mm-dd, when the export dated its rows. */
  day?: string;
  /** The per-share token of the link (per-person clicks, off by default): whose share it was is read from the log. */
  token?: string;
}

export interface ClickImport {
  /** `${from}..${to}`: the store's key, so importing the same period again replaces it. */
  period: string;
  /** yyyy-mm-dd, both included. */
  from: LocalDay;
  to: LocalDay;
  vendor: AnalyticsVendor;
  importedAt: number;
  /** Rows of the export from Nurture links, from other links, from a slug two items share, left out as no count. */
  matchedRows: number;
  otherRows: number;
  sharedSlugRows: number;
  skipped: number;
  counts: ClickCount[];
}

export const periodKey = (from: LocalDay, to: LocalDay): string => `${from}..${to}`;

/**
 * The stored imports a new one of `from`..`to` replaces: every one whose days overlap its days.
 * An export is the analytics' whole answer for its days, so keeping an older import of any of
 * those days beside it would count their visits twice.
 */
export function replacedBy(imports: readonly Pick<ClickImport, 'period' | 'from' | 'to'>[], from: LocalDay, to: LocalDay): string[] {
  return imports.filter((each) => each.from <= to && each.to >= from).map((each) => each.period);
}

/** Calendar days from `from` to `to`, both included. */
const daysIn = (from: LocalDay, to: LocalDay): number => daysBetween(from, to) + 1;

/** Days of `from`..`to` that lie in `range`. */
function daysWithin(from: LocalDay, to: LocalDay, range: ClickRange): number {
  const start = from > range.from ? from : range.from;
  const end = to < range.to ? to : range.to;
  return start > end ? 0 : daysIn(start, end);
}

/** The days a figure covers, both included; null: every import. */
export interface ClickRange {
  from: LocalDay;
  to: LocalDay;
}

export interface ClickFigures {
  /** Clicks per content item id. */
  byContent: Map<string, number>;
  /** Clicks per week (its Monday), of the counts that belong to one week. */
  byWeek: Map<LocalDay, number>;
  /** Clicks in the period that belong to no single week (an undated export of several weeks). */
  notByWeek: number;
  /** Clicks per per-share token. */
  byToken: Map<string, number>;
  /** Imports counted in the period, and imports left out of it (too little of their period in it). */
  counted: number;
  leftOut: number;
}

const add = <K>(map: Map<K, number>, key: K, value: number) => map.set(key, (map.get(key) ?? 0) + value);

/**
 * The figures of `range`. A dated count is counted when its day is in the range. An undated
 * import is counted whole when at least half of its days are in the range (a "last 28 days"
 * export belongs to the last four weeks even though it starts on a Tuesday), else not at all:
 * spreading its visits over days would invent when they happened.
 */
export function clickFigures(imports: readonly ClickImport[], range: ClickRange | null): ClickFigures {
  const figures: ClickFigures = { byContent: new Map(), byWeek: new Map(), notByWeek: 0, byToken: new Map(), counted: 0, leftOut: 0 };
  for (const each of imports) {
    const inside = range === null ? 1 : daysWithin(each.from, each.to, range) / daysIn(each.from, each.to);
    const oneWeek = mondayOf(each.from) === mondayOf(each.to);
    let used = false;
    for (const count of each.counts) {
      if (count.day !== undefined ? range !== null && (count.day < range.from || count.day > range.to) : inside < 0.5) continue;
      used = true;
      add(figures.byContent, count.contentId, count.clicks);
      if (count.token !== undefined) add(figures.byToken, count.token, count.clicks);
      if (count.day !== undefined) add(figures.byWeek, mondayOf(count.day), count.clicks);
      else if (oneWeek) add(figures.byWeek, mondayOf(each.from), count.clicks);
      else figures.notByWeek += count.clicks;
    }
    if (used || (each.counts.length === 0 && inside >= 0.5)) figures.counted++;
    else figures.leftOut++;
  }
  return figures;
}

// Per-person clicks (off by default): a random token in place of the item's slug in utm_content.
// "nt" and ten base-36 characters: about 52 bits, so two shares never draw the same one.
const TOKEN = /^nt[a-z0-9]{10}$/;

export const isClickToken = (value: string): boolean => TOKEN.test(value);

/** A fresh token from `random` bytes (crypto.getRandomValues in the background). */
export function newClickToken(random: (length: number) => Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let token = 'nt';
  for (const byte of random(10)) token += alphabet[byte % 36];
  return token;
}

/**
 * The token a shared link carries: its utm_content, or a path segment or parameter of a short
 * link the pattern filled with it. Null for a link with none (a share made with the option off).
 */
export function tokenInLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const content = url.searchParams.get('utm_content');
  if (content !== null) return isClickToken(content) ? content : null;
  for (const value of url.searchParams.values()) if (isClickToken(value)) return value;
  for (const segment of url.pathname.split('/')) if (isClickToken(segment)) return segment;
  return null;
}

/**
 * `record` with the counts of `tokens` (an erased person's shares) made anonymous: their clicks
 * stay with the item and day, the token that tied them to a share is gone. Null when none was there.
 */
export function withoutTokens(record: ClickImport, tokens: ReadonlySet<string>): ClickImport | null {
  if (!record.counts.some((count) => count.token !== undefined && tokens.has(count.token))) return null;
  const tally = clickTally();
  for (const count of record.counts)
    tally.add(count.contentId, count.clicks, count.day, count.token !== undefined && !tokens.has(count.token) ? count.token : undefined);
  return { ...record, counts: tally.counts() };
}

/** Counts summed by item, day and token: what an import keeps, one count for each. */
export function clickTally() {
  const byKey = new Map<string, ClickCount>();
  return {
    add(contentId: string, clicks: number, day: string | undefined, token: string | undefined): void {
      const key = `${contentId}\n${day ?? ''}\n${token ?? ''}`;
      const found = byKey.get(key);
      if (found) found.clicks += clicks;
      else byKey.set(key, { contentId, clicks, ...(day !== undefined ? { day } : {}), ...(token !== undefined ? { token } : {}) });
    },
    counts: (): ClickCount[] => [...byKey.values()],
  };
}
