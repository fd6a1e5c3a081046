// Clicks imported from the company's web analytics (issue 28): an export read and joined to the
// library and to the log's per-share tokens, kept as one record per period (replacing the
// imports of the same days), and summed for Insights and for a prospect's record.
import { clickFigures, periodKey, replacedBy, tokenInLink, type ClickImport } from '../../domain/analytics/clicks';
import { joinClicks } from '../../domain/analytics/join';
import { readAnalyticsExport } from '../../domain/analytics/read';
import { addDays, mondayOf, periodRange, type Period } from '../../domain/insights/periods';
import type { ClickFiguresAnswer, ClickImportReport, ClickImportSummary, OpenedItem } from '../../contract/requests/clicks';
import type { NurtureDb } from '../db';

export interface ClicksDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
}

function summaryOf({ counts, ...record }: ClickImport): ClickImportSummary {
  return { ...record, clicks: counts.reduce((sum, count) => sum + count.clicks, 0) };
}

const newestFirst = (a: ClickImport, b: ClickImport) => (a.to === b.to ? (a.from < b.from ? 1 : -1) : a.to < b.to ? 1 : -1);

/** The per-share tokens of the log, each with its share's item: only shares to a person carry one. */
async function logTokens(conn: NurtureDb): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  const range = IDBKeyRange.bound(['shared', -Infinity], ['shared', Infinity]);
  for (const entry of await conn.getAllFromIndex('interactions', 'by-kind-at', range)) {
    const token = entry.link && entry.contentId ? tokenInLink(entry.link) : null;
    if (token !== null) tokens.set(token, entry.contentId!);
  }
  return tokens;
}

export function createClicks({ db, now }: ClicksDeps) {
  return {
    /**
     * Reads `text` (an export, docs/analytics-imports.md), joins it and stores it for its period:
     * the file's own dates, else `given` (asked of the user). Throws, storing nothing, when the
     * layout is unknown or no period is known.
     */
    async import(text: string, given: { from?: string | undefined; to?: string | undefined }): Promise<ClickImportReport> {
      const read = readAnalyticsExport(text);
      const period = read.period ?? (given.from !== undefined && given.to !== undefined ? { from: given.from, to: given.to } : null);
      if (period === null)
        throw new Error('This export does not say which days it covers: give its first and last day, then import it again.');
      if (period.from > period.to) throw new Error('The first day comes after the last day.');
      const conn = await db();
      const items = (await conn.getAll('content')).map((item) => ({ id: item.id, url: item.url }));
      const joined = joinClicks(read.rows, items, await logTokens(conn));
      const record: ClickImport = {
        period: periodKey(period.from, period.to),
        from: period.from,
        to: period.to,
        vendor: read.vendor,
        importedAt: now(),
        matchedRows: joined.matchedRows,
        otherRows: joined.otherRows,
        sharedSlugRows: joined.sharedSlugRows,
        skipped: read.skipped,
        counts: joined.counts,
      };
      const tx = conn.transaction('clicks', 'readwrite');
      const replaced = replacedBy(await tx.store.getAll(), period.from, period.to);
      for (const key of replaced) await tx.store.delete(key);
      await tx.store.put(record);
      await tx.done;
      return { ...summaryOf(record), replaced: replaced.filter((key) => key !== record.period) };
    },

    async remove(period: string): Promise<{ deleted: boolean }> {
      const tx = (await db()).transaction('clicks', 'readwrite');
      const found = (await tx.store.getKey(period)) !== undefined;
      if (found) await tx.store.delete(period);
      await tx.done;
      return { deleted: found };
    },

    /** The clicks of a period's weeks (periods.ts, as insights.compute reads them); 'all': every import. */
    async figures(period: Period): Promise<ClickFiguresAnswer> {
      const at = now();
      const conn = await db();
      const imports = (await conn.getAll('clicks')).sort(newestFirst);
      const known = period === 'all' ? null : periodRange(period, at);
      const first = imports.reduce<string | null>((min, each) => (min === null || each.from < min ? each.from : min), null);
      const last = imports.reduce<string | null>((max, each) => (max === null || each.to > max ? each.to : max), null);
      const { from, to } = known ?? periodRange('all', at, first && mondayOf(first), last && mondayOf(last));
      const figures = clickFigures(imports, known === null ? null : { from: known.from, to: addDays(known.to, 6) });
      const byContent = [...figures.byContent].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const tx = conn.transaction('content');
      const found = await Promise.all(byContent.map(([id]) => tx.store.get(id)));
      return {
        period,
        from,
        to,
        byContent,
        titles: found.flatMap((item): [string, string][] => (item ? [[item.id, item.title]] : [])),
        byWeek: [...figures.byWeek].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
        notByWeek: figures.notByWeek,
        counted: figures.counted,
        leftOut: figures.leftOut,
        imports: imports.map(summaryOf),
      };
    },

    /** The items whose link, shared to this person with its own token, was opened: every import summed. */
    async ofProspect(prospectId: string): Promise<{ opened: OpenedItem[] }> {
      const conn = await db();
      const range = IDBKeyRange.bound([prospectId, -Infinity], [prospectId, Infinity]);
      const shares = (await conn.getAllFromIndex('interactions', 'by-prospect-at', range)).filter(
        (entry) => entry.kind === 'shared' && entry.contentId && entry.link,
      );
      if (shares.length === 0) return { opened: [] };
      const { byToken } = clickFigures(await conn.getAll('clicks'), null);
      const opened: OpenedItem[] = [];
      for (const share of shares) {
        const token = tokenInLink(share.link!);
        const clicks = token === null ? 0 : (byToken.get(token) ?? 0);
        if (clicks === 0) continue;
        const item = await conn.get('content', share.contentId!);
        opened.push({ contentId: share.contentId!, title: item?.title ?? null, sharedAt: share.at, clicks });
      }
      return { opened: opened.sort((a, b) => b.sharedAt - a.sharedAt) };
    },
  };
}

export type Clicks = ReturnType<typeof createClicks>;
