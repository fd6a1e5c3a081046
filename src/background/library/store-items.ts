// Writing an import: items merged into what the library holds (what the user curated by hand
// stays theirs) and the source's sync result, in one transaction.
import type { ImportReport } from '../../contract/index';
import type { ContentItem, Source, SyncResult } from '../../domain/model';
import { prepareItems } from '../../domain/library/normalize';
import type { ParsedFile } from '../../domain/library/raw-item';
import type { NurtureDb } from '../db';
import { emptyReport } from './reports';

const REPORTED_REJECTIONS = 200;

/** What an import brings into an existing item. What the user curated by hand stays theirs. */
export function mergeItem(existing: ContentItem, incoming: ContentItem): ContentItem {
  const curated = existing.curatedAt !== null;
  const pick = <T extends unknown[]>(mine: T, theirs: T): T => (curated || theirs.length === 0 ? mine : theirs);
  // The pack is where the item comes from, not something curated: the latest pack carrying the
  // item names it (a curated item too, so a pack's new expiry reaches it). A file with no pack
  // leaves it as it was.
  const pack = incoming.pack ?? existing.pack;
  return {
    ...existing,
    title: curated ? existing.title : incoming.title,
    summary: curated || !incoming.summary ? existing.summary : incoming.summary,
    format: curated ? existing.format : incoming.format,
    language: curated ? existing.language : incoming.language,
    topics: pick(existing.topics, incoming.topics),
    personas: pick(existing.personas, incoming.personas),
    stages: pick(existing.stages, incoming.stages),
    captions: pick(existing.captions, incoming.captions),
    publishedAt: incoming.publishedAt ?? existing.publishedAt,
    freshAt: incoming.publishedAt ?? existing.publishedAt ?? existing.addedAt,
    expiresAt: curated ? existing.expiresAt : (incoming.expiresAt ?? existing.expiresAt),
    // An example the user also imports from their own source is theirs now.
    example: existing.example && incoming.example,
    sourceId: existing.example && !incoming.example ? incoming.sourceId : existing.sourceId,
    ...(pack ? { pack } : {}),
  };
}

const SAME_IGNORING = new Set(['updatedAt', 'addedAt']);
function sameItem(a: ContentItem, b: ContentItem): boolean {
  // Both sides' keys: an optional field (the pack) that only one of them has is a change.
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every(
    (key) => SAME_IGNORING.has(key) || JSON.stringify(a[key as keyof ContentItem]) === JSON.stringify(b[key as keyof ContentItem]),
  );
}

export interface StoreDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  defaultLanguage: string;
}

/**
 * Stores prepared items and the source's sync result in ONE transaction: an import is
 * all in or, if anything fails (quota, a crash), all out. `changed`: what the search index must take in.
 */
export async function storeItems(
  deps: StoreDeps,
  parsed: ParsedFile,
  source: Omit<Source, 'lastSync'>,
  example: boolean,
): Promise<{ report: ImportReport; changed: ContentItem[] }> {
  const now = deps.now();
  const prepared = prepareItems(parsed, {
    sourceId: source.id,
    defaultLanguage: deps.defaultLanguage,
    defaultFormat: parsed.kind === 'csv' || parsed.kind === 'json' ? 'article' : 'blog-post',
    now,
    example,
  });
  const db = await deps.db();
  const tx = db.transaction(['content', 'sources'], 'readwrite');
  const content = tx.objectStore('content');
  const existing = await Promise.all(prepared.items.map((item) => content.get(item.id)));
  const changed: ContentItem[] = [];
  let unchanged = 0;
  let added = 0;
  // Every write is awaited with the commit: a failed write (a full disk) rejects with its own
  // error, not the transaction's AbortError, and no rejection is left unhandled.
  const writes: Promise<unknown>[] = [];
  prepared.items.forEach((item, i) => {
    const before = existing[i];
    if (!before) {
      added++;
      changed.push(item);
      writes.push(content.put(item));
      return;
    }
    const merged = mergeItem(before, item);
    if (sameItem(before, merged)) {
      unchanged++;
      return;
    }
    const updatedItem = { ...merged, updatedAt: now };
    changed.push(updatedItem);
    writes.push(content.put(updatedItem));
  });
  const lastSync: SyncResult = {
    at: now,
    added,
    updated: changed.length - added,
    unchanged,
    rejected: prepared.rejected.length,
    error: null,
    notModified: false,
  };
  // The source carries the pack of this import, or none: a pack dropped from the file is gone.
  const record: Source = { ...source, lastSync };
  if (parsed.pack) record.pack = parsed.pack;
  else delete record.pack;
  writes.push(tx.objectStore('sources').put(record));
  await Promise.all([...writes, tx.done]);
  const report: ImportReport = {
    ...emptyReport(source.label, source.id),
    added,
    updated: lastSync.updated,
    unchanged,
    rejected: prepared.rejected.slice(0, REPORTED_REJECTIONS),
    rejectedCount: prepared.rejected.length,
    ignored: parsed.ignored ?? [],
  };
  return { report, changed };
}
