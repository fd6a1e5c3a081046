// The user's hand on one item: reading it, editing it (which makes it theirs: imports no longer
// overwrite what they curated), starring it, deleting it. Each write keeps the search index in step.
import type { ItemPatch } from '../../contract/index';
import type { ContentItem } from '../../domain/model';
import type { NurtureDb } from '../db';
import type { Reindex } from './search-cache';

export interface ItemEditsDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  reindex: Reindex;
}

export function createItemEdits(deps: ItemEditsDeps) {
  return {
    async get(id: string) {
      return (await (await deps.db()).get('content', id)) ?? null;
    },

    async update(id: string, patch: ItemPatch): Promise<ContentItem> {
      const db = await deps.db();
      const tx = db.transaction('content', 'readwrite');
      const item = await tx.store.get(id);
      if (!item) throw new Error('this item no longer exists');
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<ContentItem>;
      const now = deps.now();
      const updated: ContentItem = { ...item, ...defined, updatedAt: now, curatedAt: now };
      await tx.store.put(updated);
      await tx.done;
      await deps.reindex([updated]);
      return updated;
    },

    /** Stars an item or takes its star away. Not an edit: later imports still update it. */
    async favourite(id: string, favourite: boolean): Promise<ContentItem> {
      const db = await deps.db();
      const tx = db.transaction('content', 'readwrite');
      const item = await tx.store.get(id);
      if (!item) throw new Error('this item no longer exists');
      const updated: ContentItem = { ...item };
      if (favourite) updated.favouriteAt = item.favouriteAt ?? deps.now();
      else delete updated.favouriteAt;
      await tx.store.put(updated);
      await tx.done;
      await deps.reindex([updated]);
      return updated;
    },

    async remove(id: string) {
      const db = await deps.db();
      const existed = (await db.getKey('content', id)) !== undefined;
      await db.delete('content', id);
      await deps.reindex([], [id]);
      return { deleted: existed };
    },
  };
}
