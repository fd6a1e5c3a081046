// The log read for export, in chunks oldest first: each entry with the person, item and stage it
// names. The CSV export and the CRM files both write from it. Lookups are cached per export.
import type { LogCursor, LogFilter } from '../../contract/index';
import type { ContentItem, Interaction, Prospect, ProspectStage } from '../../domain/model';
import { stageAt, stageHistory } from '../../domain/insights/stage-history';
import type { NurtureDb } from '../db';

export function matches(entry: Interaction, filter: LogFilter): boolean {
  return (
    (filter.from === undefined || entry.at >= filter.from) &&
    (filter.to === undefined || entry.at <= filter.to) &&
    (!filter.kind || entry.kind === filter.kind) &&
    (!filter.prospectId || entry.prospectId === filter.prospectId) &&
    (!filter.contentId || entry.contentId === filter.contentId)
  );
}

/**
 * The by-at range a batch reads: from the cursor's instant (its ties come again, see
 * pastCursor) or the filter's start, to the filter's end.
 */
export function batchRange(filter: Pick<LogFilter, 'from' | 'to'>, after: LogCursor): IDBKeyRange | null {
  const lower = after ? after.at : filter.from;
  if (lower === undefined) return filter.to === undefined ? null : IDBKeyRange.upperBound(filter.to);
  return filter.to === undefined ? IDBKeyRange.lowerBound(lower) : IDBKeyRange.bound(lower, filter.to);
}

/**
 * The entries of a batch that come after the cursor: the index orders entries of one instant by
 * id, so those of the cursor's instant up to its id were in the previous batch.
 */
export function pastCursor(raw: readonly Interaction[], after: LogCursor): readonly Interaction[] {
  return after ? raw.filter((entry) => entry.at !== after.at || (entry.id ?? 0) > after.id) : raw;
}

/** Where the next batch starts: after the batch's last entry, or nowhere when the store ran out. */
export function nextCursor(batch: readonly Interaction[], more: boolean): LogCursor {
  const last = batch[batch.length - 1];
  return last && more ? { at: last.at, id: last.id ?? 0 } : null;
}

/** Where an export's time goes, added up over its batches (the benchmark reports them). */
export interface ExportTimings {
  /** Reading the log's records (getAll on by-at). */
  readMs: number;
  /** Reading the people, stage history and items the rows name, and joining them. */
  lookupMs: number;
}

interface ExportLookups {
  id: string;
  prospects: Map<string, Prospect>;
  /** Library items read so far, by id (null: not in the library any more). */
  content: Map<string, Pick<ContentItem, 'title' | 'url'> | null>;
  history: ReturnType<typeof stageHistory>;
  /** Dropped when unused for a minute: a cache, never the only copy of anything. */
  usedAt: number;
}

/** One row of an export: the entry, and the person, item and stage it names. */
export interface ExportRow {
  entry: Interaction;
  prospect: Prospect | undefined;
  /** undefined: the entry names no item; null: the item is not in the library any more. */
  item: Pick<ContentItem, 'title' | 'url'> | null | undefined;
  stage: ProspectStage | null;
}

export function createExportRows({ db, now }: { db: () => Promise<NurtureDb>; now: () => number }) {
  // The lookups of the export in progress: prospects, titles and stage changes read once
  // instead of once per chunk. If the worker restarts, the next chunk reads them again.
  let lookups: ExportLookups | null = null;

  /**
   * The rows of one export chunk, oldest first from `after`, with the person, item and stage each
   * names. Records come in batches through getAll, not one cursor step at a time: 100,000 rows
   * stay a matter of seconds. The CSV export and the CRM files both write from it.
   */
  async function rows(
    filter: LogFilter,
    after: LogCursor,
    limit: number,
    exportId?: string,
    timings?: ExportTimings,
  ): Promise<{ rows: ExportRow[]; next: LogCursor }> {
    const started = performance.now();
    const conn = await db();
    const tx = conn.transaction(['interactions', 'prospects', 'content'], 'readonly');
    const byAt = tx.objectStore('interactions').index('by-at');
    const range = batchRange(filter, after);
    // Entries sharing the cursor's instant come again: ask for enough to get past them.
    let batch: readonly Interaction[] = [];
    // Whether the store may hold more after this batch: getAll filled all it was asked for.
    let more = false;
    for (let want = limit; ; want *= 2) {
      const raw = await byAt.getAll(range, want);
      more = raw.length === want;
      batch = pastCursor(raw, after);
      if (batch.length > 0 || !more) break;
    }
    const read = performance.now();
    if (timings) timings.readMs += read - started;
    const rows = batch.filter((entry) => matches(entry, filter));
    if (!exportId || lookups?.id !== exportId || now() - lookups.usedAt > 60_000) {
      const [stages, prospectList] = await Promise.all([
        tx
          .objectStore('interactions')
          .index('by-kind-at')
          .getAll(IDBKeyRange.bound(['stage', -Infinity], ['stage', Infinity])),
        tx.objectStore('prospects').getAll(),
      ]);
      lookups = {
        id: exportId ?? '',
        prospects: new Map(prospectList.map((prospect) => [prospect.id, prospect])),
        content: new Map(),
        history: stageHistory(stages),
        usedAt: now(),
      };
    }
    lookups.usedAt = now();
    const { prospects, content, history } = lookups;
    // Only the items this chunk names, each read once per export: a log names a few hundred
    // items, a library holds thousands, each with long captions the CSV does not need.
    const missing = [...new Set(rows.flatMap((entry) => (entry.contentId && !content.has(entry.contentId) ? [entry.contentId] : [])))];
    const found = await Promise.all(missing.map((id) => tx.objectStore('content').get(id)));
    missing.forEach((id, i) => {
      const item = found[i];
      content.set(id, item ? { title: item.title, url: item.url } : null);
    });
    if (!exportId) lookups = null;
    const next = nextCursor(batch, more);

    const out: ExportRow[] = [];
    for (const entry of rows) {
      const prospect = entry.prospectId ? prospects.get(entry.prospectId) : undefined;
      const stage = prospect ? stageAt(history, prospect.id, entry.at, prospect.stage) : null;
      if (filter.stage && stage !== filter.stage) continue;
      out.push({ entry, prospect, item: entry.contentId ? content.get(entry.contentId) : undefined, stage });
    }
    if (timings) timings.lookupMs += performance.now() - read;
    return { rows: out, next };
  }

  return {
    rows,
    forget(): void {
      lookups = null;
    },
  };
}
