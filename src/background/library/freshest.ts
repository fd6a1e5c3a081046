// The freshest matching items straight from IndexedDB: how the popup opens while the worker is
// still building its search index (a cold start), without waiting for it.
import type { ContentItem } from '../../domain/model';
import { packExpiries } from '../../domain/library/pack';
import { itemMatchesFilters, type SearchQuery } from '../../domain/library/search';
import type { NurtureDb } from '../db';

/** The total is unknown; `packs`: each pack's expiry, as the filter applied it. */
export async function freshest(
  db: NurtureDb,
  query: SearchQuery,
  now: number,
): Promise<{ items: ContentItem[]; total: null; packs: ReadonlyMap<string, number | null> }> {
  const offset = query.offset ?? 0;
  const wanted = offset + (query.limit ?? 20);
  const found: ContentItem[] = [];
  const tx = db.transaction(['content', 'sources']);
  // The sources are few: reading them costs less than one page of items.
  const packs = packExpiries(await tx.objectStore('sources').getAll());
  for await (const cursor of tx.objectStore('content').index('by-fresh').iterate(null, 'prev')) {
    if (itemMatchesFilters(cursor.value, query, now, packs)) found.push(cursor.value);
    if (found.length >= wanted) break;
  }
  return { items: found.slice(offset), total: null, packs };
}
