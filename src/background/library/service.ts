// The content library: imports, feed sources, edits and search. The only code that writes
// the content and sources stores. The search index is a cache of the content store, rebuilt
// when the worker restarts and kept in step with every write made here.
import type { ImportReport, ItemPatch, LibraryHit, Settings } from '../../shared/contract';
import type { ContentItem, Source } from '../../shared/model';
import { parseLibraryText } from '../../shared/library/detect';
import type { ParsedFile } from '../../shared/library/raw-item';
import { latestPacks, packExpiries } from '../../shared/library/pack';
import { SearchIndex, type SearchQuery } from '../../shared/library/search';
import { buildIndex } from './build-index';
import { freshest } from './freshest';
import { recentlyShared } from './recent-shares';
import { shareLink } from '../../shared/share-link';
import { canonicalUrl, stableId } from '../../shared/urls';
import type { NurtureDb } from '../db';
import { fetchFeed, type FetchFn } from './feed-fetch';
import starterLibrary from './starter-library.json';
import { emptyReport, failure, isHttp } from './reports';
import { storeItems } from './store-items';
import { feedSourceId, managedSourcesPlan } from './managed-sources';
import type { ManagedSource } from '../../shared/managed-policy';

export { mergeItem } from './store-items';
export const STARTER_SOURCE_ID = 'starter';

export interface LibraryDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  fetch: FetchFn;
  /** Whether the user granted the host of this URL (optional permission asked in the dashboard). */
  canFetch: (url: string) => Promise<boolean>;
  settings: () => Promise<Settings>;
  defaultLanguage: string;
}

export function createLibrary(deps: LibraryDeps) {
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

  const store = async (parsed: ParsedFile, source: Omit<Source, 'lastSync'>, example = false): Promise<ImportReport> => {
    const { report, changed } = await storeItems(deps, parsed, source, example);
    await reindex(changed, [], true);
    return report;
  };

  /**
   * Keeps the index in step after a committed write (only if it was built already). `sources`:
   * the sources changed too, so the packs' expiries are read again (a few records).
   */
  const reindex = async (changed: readonly ContentItem[], removed: readonly string[] = [], sources = false) => {
    if (!index) return;
    const live = await index;
    if (sources) live.setPacks(packExpiries(await (await deps.db()).getAll('sources')));
    for (const id of removed) live.remove(id);
    for (const item of changed) live.add(item);
  };

  async function recordFailure(source: Source, error: string): Promise<void> {
    const db = await deps.db();
    await db.put('sources', {
      ...source,
      lastSync: { at: deps.now(), added: 0, updated: 0, unchanged: 0, rejected: 0, error, notModified: false },
    });
  }

  async function syncFeed(source: Source): Promise<ImportReport> {
    if (!source.url) return failure(source.label, new Error('this source is a file: import it again to update it'));
    return { ...(await fetchAndStore({ ...source, url: source.url })), insecure: isHttp(source.url) };
  }

  async function fetchAndStore(source: Source & { url: string }): Promise<ImportReport> {
    try {
      const allowed = await deps.canFetch(source.url);
      const refused = () => new Error(`Nurture may not fetch ${new URL(source.url).host}: allow it from the dashboard`);
      if (!allowed && !source.managed) throw refused();
      // A feed the company names is tried even before the user allowed its host: a server that
      // answers the extension's CORS request (docs/deploy.md) needs no click from anyone.
      const fetching = fetchFeed(deps.fetch, source.url, source);
      const fetched = await (allowed ? fetching : fetching.catch(() => Promise.reject(refused())));
      if (fetched.status === 'not-modified') {
        const db = await deps.db();
        await db.put('sources', {
          ...source,
          lastSync: { at: deps.now(), added: 0, updated: 0, unchanged: 0, rejected: 0, error: null, notModified: true },
        });
        return { ...emptyReport(source.label, source.id), notModified: true };
      }
      const parsed = parseLibraryText(fetched.text, { baseUrl: fetched.url });
      // A source the company named keeps the name it gave.
      const label = source.managed ? source.label : parsed.title || source.label;
      return await store(parsed, { ...source, kind: parsed.kind, label, etag: fetched.etag, lastModified: fetched.lastModified });
    } catch (error) {
      const report = failure(source.label, error);
      await recordFailure(source, report.error ?? 'unknown error');
      return { ...report, sourceId: source.id };
    }
  }

  /** A source and its items the user did not edit (edited ones are theirs now). */
  const dropSource = (id: string) => deleteWhere((item) => item.sourceId === id && item.curatedAt === null, [id]);

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
    await reindex([], removed, true);
    return removed.length;
  }

  return {
    /** After a restore: the index is rebuilt from the store on the next search. */
    forgetIndex() {
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

    async facets() {
      const db = await deps.db();
      const personas = new Map<string, string>();
      const topics = new Map<string, string>();
      const languages = new Set<string>();
      for (const item of await db.getAll('content')) {
        for (const persona of item.personas) personas.set(persona.toLowerCase(), persona);
        for (const topic of item.topics) topics.set(topic.toLowerCase(), topic);
        languages.add(item.language);
      }
      const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
      return { personas: sorted(personas.values()), topics: sorted(topics.values()), languages: sorted(languages) };
    },

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
      await reindex([updated]);
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
      await reindex([updated]);
      return updated;
    },

    async remove(id: string) {
      const db = await deps.db();
      const existed = (await db.getKey('content', id)) !== undefined;
      await db.delete('content', id);
      await reindex([], [id]);
      return { deleted: existed };
    },

    async importFile(fileName: string, text: string): Promise<ImportReport> {
      let parsed: ParsedFile;
      try {
        parsed = parseLibraryText(text);
      } catch (error) {
        // A file that cannot be read changes nothing, not even the list of sources.
        return failure(fileName, error);
      }
      const db = await deps.db();
      const id = `file:${stableId(fileName)}`;
      const previous = await db.get('sources', id);
      return store(parsed, {
        id,
        kind: parsed.kind,
        label: fileName,
        url: null,
        etag: null,
        lastModified: null,
        addedAt: previous?.addedAt ?? deps.now(),
      });
    },

    async addFeed(rawUrl: string): Promise<ImportReport> {
      const url = canonicalUrl(rawUrl);
      if (!url) return failure(rawUrl, new Error('not an http(s) address'));
      const db = await deps.db();
      const id = feedSourceId(url);
      const existing = await db.get('sources', id);
      if (existing) return syncFeed(existing);
      try {
        if (!(await deps.canFetch(url))) throw new Error(`Nurture may not fetch ${new URL(url).host}: allow it when asked`);
        const fetched = await fetchFeed(deps.fetch, url, { etag: null, lastModified: null });
        if (fetched.status !== 'ok') throw new Error('the server answered 304 to a first request');
        const parsed = parseLibraryText(fetched.text, { baseUrl: fetched.url });
        const report = await store(parsed, {
          id,
          kind: parsed.kind,
          label: parsed.title || new URL(url).host,
          url,
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          addedAt: deps.now(),
        });
        return { ...report, insecure: isHttp(url) };
      } catch (error) {
        // A URL that is not a feed is not added: nothing to sync later.
        return { ...failure(url, error), insecure: isHttp(url) };
      }
    },

    async sources(): Promise<Source[]> {
      const all = await (await deps.db()).getAll('sources');
      return all.sort((a, b) => b.addedAt - a.addedAt);
    },

    async syncSource(id: string): Promise<ImportReport> {
      const source = await (await deps.db()).get('sources', id);
      if (!source) return failure(id, new Error('this source no longer exists'));
      return syncFeed(source);
    },

    /** Every feed, one after the other (the alarm's work). */
    async syncAll(): Promise<ImportReport[]> {
      const feeds = (await (await deps.db()).getAll('sources')).filter((source) => source.url !== null);
      const reports: ImportReport[] = [];
      for (const feed of feeds) reports.push(await syncFeed(feed));
      return reports;
    },

    /** The user's removal: refused for a source the company's policy names. */
    async removeSource(id: string) {
      if ((await (await deps.db()).get('sources', id))?.managed === true) throw new Error('this source is set by your company: it cannot be removed here');
      return { deletedItems: await dropSource(id) };
    },

    /**
     * The policy's sources in the store (managed/apply.ts): added or marked, and those it no longer
     * names removed as a user removal would (their items the user did not edit go with them).
     * Idempotent: a policy already applied writes nothing. `added`: sources new to the store.
     */
    async applyManagedSources(wanted: readonly ManagedSource[]): Promise<{ added: string[]; removed: string[] }> {
      const db = await deps.db();
      const tx = db.transaction('sources', 'readwrite');
      const plan = managedSourcesPlan(await tx.store.getAll(), wanted, deps.now());
      await Promise.all([...plan.put.map((record) => tx.store.put(record)), tx.done]);
      for (const id of plan.remove) await dropSource(id);
      return { added: plan.added, removed: plan.remove };
    },

    async removeExamples() {
      return { deletedItems: await deleteWhere((item) => item.example, [STARTER_SOURCE_ID]) };
    },

    async restoreExamples(): Promise<ImportReport> {
      const parsed = parseLibraryText(JSON.stringify(starterLibrary));
      return store(
        parsed,
        { id: STARTER_SOURCE_ID, kind: 'starter', label: 'Nurture examples', url: null, etag: null, lastModified: null, addedAt: deps.now() },
        true,
      );
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;
