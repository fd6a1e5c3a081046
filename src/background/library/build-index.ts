// The search index built from the content store in slices, yielding between them: at 5,000
// items a build in one go held the worker for about 450 ms (the popup's lists and every other
// request queued behind it, the ~1 s tail of the popup's lists after a restore).
import { packExpiries } from '../../domain/library/pack';
import { SearchIndex } from '../../domain/library/search';
import type { ContentItem } from '../../domain/model';
import type { NurtureDb } from '../db';

/** Items read and indexed per slice: a few milliseconds of work each. */
export const INDEX_SLICE = 250;

const yieldToEvents = () => new Promise<void>((done) => setTimeout(done, 0));

export async function buildIndex(db: NurtureDb, slice = INDEX_SLICE): Promise<SearchIndex> {
  const index = new SearchIndex([], packExpiries(await db.getAll('sources')));
  // Key-ranged slices, each its own short read: a write between two slices is applied after
  // the build by the caller's reindex, as for a write during a build in one go.
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const items: ContentItem[] = await db.getAll('content', range, slice);
    for (const item of items) index.add(item);
    if (items.length < slice) return index;
    after = items[items.length - 1]!.id;
    await yieldToEvents();
  }
}
