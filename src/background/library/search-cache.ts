// The library's search: an in-memory index that is a cache of the content store, built on
// first need (the worker may have been killed and restarted since the last one) and kept in
// step with every write the library makes. Until it is built, the popup's first page is served
// from IndexedDB (freshest.ts) so a cold start never waits for the build.
import type { LibraryHit, Settings } from '../../contract/index';
import type { ContentItem } from '../../domain/model';
import { latestPacks, packExpiries } from '../../domain/library/pack';
import type { SearchIndex, SearchQuery } from '../../domain/library/search';
import { shareLink } from '../../domain/library/share-link';
import type { NurtureDb } from '../db';
import { buildIndex } from './build-index';
import { freshest } from './freshest';
import { recentlyShared } from './recent-shares';

export interface SearchCacheDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  settings: () => Promise<Settings>;
}

/**
 * Keeps the index in step after a committed write (only if it was built already). `sources`:
 * the sources changed too, so the packs' expiries are read again (a few records).
 */
export type Reindex = (changed: readonly ContentItem[], removed?: readonly string[], sources?: boolean) => Promise<void>;

export function createSearchCache(deps: SearchCacheDeps) {
  let index: Promise<SearchIndex> | null = null;
  let indexReady = false;

  const getIndex = () => {
    if (index) return index;
    // A build the library forgot meanwhile (a restore) neither marks ready nor clears the next.
    const building: Promise<SearchIndex> = deps
      .db()
      .then((db) => buildIndex(db))
      .then((built) => {
        if (index === building) indexReady = true;
        return built;
      })
      .catch((error: unknown) => {
        if (index === building) {
          index = null;
          indexReady = false;
        }
        throw error;
      });
    index = building;
    return building;
  };

  const reindex: Reindex = async (changed, removed = [], sources = false) => {
    if (!index) return;
    const live = await index;
    if (sources) live.setPacks(packExpiries(await (await deps.db()).getAll('sources')));
    for (const id of removed) live.remove(id);
    for (const item of changed) live.add(item);
  };

  return {
    reindex,

    /** After a restore: the index is rebuilt from the store on the next search. */
    forget() {
      index = null;
      indexReady = false;
    },

    async search(query: SearchQuery): Promise<{ hits: LibraryHit[]; total: number | null }> {
      let items: (ContentItem | undefined)[];
      let total: number | null;
      let packExpiry: (id: string) => number | null;
      // Favourites first needs the index (no IndexedDB index finds them): the picker, which asks
      // it, waits for the build; the popup's first page, which does not, is served at once.
      if (!indexReady && !query.text.trim() && !query.favouritesFirst) {
        let packs: ReadonlyMap<string, number | null>;
        ({ items, total, packs } = await freshest(await deps.db(), query, deps.now()));
        packExpiry = (id) => packs.get(id) ?? null;
        // Build the index now, for the next keystroke; after the answer, not competing with it.
        setTimeout(() => void getIndex().catch(() => {}), 0);
      } else {
        const [live, db] = await Promise.all([getIndex(), deps.db()]);
        const recent = query.favouritesFirst && !query.text.trim() ? await recentlyShared(db) : [];
        const result = live.search(query, deps.now(), recent);
        const tx = db.transaction('content');
        items = await Promise.all(result.ids.map((id) => tx.store.get(id)));
        total = result.total;
        packExpiry = (id) => live.packExpiry(id);
      }
      const settings = await deps.settings();
      // The popup copies this link for the user to paste anywhere: the 'other' channel. The link
      // of a pack's item follows its pack (campaign, short link): the sources are read only then.
      const packs = latestPacks(items.some((item) => item?.pack) ? await (await deps.db()).getAll('sources') : []);
      const hits = items
        .filter((item): item is ContentItem => item !== undefined)
        .map((item): LibraryHit => {
          const link = shareLink(item, settings, item.pack && packs.get(item.pack.id), 'other');
          return item.pack ? { item, link, packExpiresAt: packExpiry(item.pack.id) } : { item, link };
        });
      return { hits, total };
    },
  };
}
