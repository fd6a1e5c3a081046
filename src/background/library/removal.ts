// Items leaving the library in bulk: a source with its items, or every example. One
// transaction for the items and the sources, then the search index follows.
import type { ContentItem } from '../../domain/model';
import type { NurtureDb } from '../db';
import type { Reindex } from './search-cache';

export function createRemoval(deps: { db: () => Promise<NurtureDb>; reindex: Reindex }) {
  /** Deletes the items `predicate` picks and the sources named; returns how many items went. */
  async function deleteWhere(predicate: (item: ContentItem) => boolean, sourceIds: string[]): Promise<number> {
    const db = await deps.db();
    const tx = db.transaction(['content', 'sources'], 'readwrite');
    const removed: string[] = [];
    for await (const cursor of tx.objectStore('content')) {
      if (predicate(cursor.value)) {
        removed.push(cursor.value.id);
        void cursor.delete();
      }
    }
    for (const id of sourceIds) void tx.objectStore('sources').delete(id);
    await tx.done;
    await deps.reindex([], removed, true);
    return removed.length;
  }

  return {
    deleteWhere,
    /** A source and its items the user did not edit (edited ones are theirs now). */
    dropSource: (id: string) => deleteWhere((item) => item.sourceId === id && item.curatedAt === null, [id]),
  };
}
