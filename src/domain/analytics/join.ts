// The rows of an analytics export joined to Nurture's content items by utm_content. Pure.
//
// What Nurture puts in utm_content (share-link.ts, urls.ts tagUrl): the item's slug,
// contentSlug(item.url, item.id), and nothing else. The rep id travels in its own parameter
// (settings.repParam, utm_term by default); were repParam set to utm_content, tagUrl keeps the
// slug and drops the rep id, so a utm_content value never carries a rep suffix, and these
// reports (one row per utm_content) cannot tell reps apart.
//
// Slugs are lower case ASCII ([a-z0-9-], else the item id, base 36), so matching the vendor's
// value lower-cased is exact for ours and immune to a vendor that lowercases campaign values.

import { contentSlug } from '../library/urls';
import { clickTally, type ClickCount } from './clicks';
import type { AnalyticsRow } from './read';

export interface JoinItem {
  id: string;
  url: string;
}

export interface ClickJoin {
  /** Sessions per content item id, summed over the export's rows for its utm_content. */
  clicks: Map<string, number>;
  /** What an import keeps: sessions per item, and per day and per-share token where the export and the link had one. */
  counts: ClickCount[];
  /** Rows whose utm_content is one of ours. */
  matchedRows: number;
  /** Rows from other campaigns, other tools, "(not set)": "1,240 rows not from Nurture links". */
  otherRows: number;
  /**
   * Rows whose utm_content is the slug of more than one item (two addresses ending in the same
   * segment): their sessions cannot be split between the items, so none is credited.
   */
  sharedSlugRows: number;
}

/** The utm_content value Nurture writes for each item, lower case, and the items that share it. */
export function utmContentIndex(items: readonly JoinItem[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const item of items) {
    const value = contentSlug(item.url, item.id).toLowerCase();
    const ids = index.get(value);
    if (ids) {
      if (!ids.includes(item.id)) ids.push(item.id);
    } else index.set(value, [item.id]);
  }
  return index;
}

/**
 * `tokens`: the per-share tokens of the log (per-person clicks), each with its share's item: a row
 * whose utm_content is one counts for that item and that share.
 */
export function joinClicks(
  rows: readonly AnalyticsRow[],
  items: readonly JoinItem[],
  tokens: ReadonlyMap<string, string> = new Map(),
): ClickJoin {
  const index = utmContentIndex(items);
  const clicks = new Map<string, number>();
  const tally = clickTally();
  const count = (contentId: string, sessions: number, day: string | undefined, token: string | undefined) => {
    clicks.set(contentId, (clicks.get(contentId) ?? 0) + sessions);
    tally.add(contentId, sessions, day, token);
  };
  let matchedRows = 0;
  let otherRows = 0;
  let sharedSlugRows = 0;
  for (const row of rows) {
    const value = row.content.trim().toLowerCase();
    const tokenItem = tokens.get(value);
    if (tokenItem !== undefined) {
      matchedRows++;
      count(tokenItem, row.sessions, row.day, value);
      continue;
    }
    const ids = index.get(value);
    if (!ids) {
      otherRows++;
      continue;
    }
    if (ids.length > 1) {
      sharedSlugRows++;
      continue;
    }
    matchedRows++;
    count(ids[0]!, row.sessions, row.day, undefined);
  }
  return { clicks, counts: tally.counts(), matchedRows, otherRows, sharedSlugRows };
}
