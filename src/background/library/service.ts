// The content library: imports, feed sources, edits and search. The only code that writes
// the content and sources stores. The search index is a cache of the content store, rebuilt
// when the worker restarts and kept in step with every write made here (search-cache.ts).
// This module fetches and stores sources; one item's edits (item-edits.ts), bulk removal
// (removal.ts) and the filters' values (facets.ts) have their own.
import type { ImportReport, Settings } from '../../contract/index';
import type { Source } from '../../domain/model';
import { parseLibraryText } from '../../domain/library/detect';
import type { ParsedFile } from '../../domain/library/raw-item';
import { canonicalUrl, stableId } from '../../domain/library/urls';
import type { NurtureDb } from '../db';
import { fetchFeed, type FetchFn } from './feed-fetch';
import starterLibrary from './starter-library.json';
import { emptyReport, failure, isHttp } from './reports';
import { storeItems } from './store-items';
import { feedSourceId, managedSourcesPlan } from './managed-sources';
import type { ManagedSource } from '../../domain/policy/managed-policy';
import { createSearchCache } from './search-cache';
import { createItemEdits } from './item-edits';
import { createRemoval } from './removal';
import { libraryFacets } from './facets';

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
  const cache = createSearchCache(deps);
  const reindex = cache.reindex;
  const removal = createRemoval({ db: deps.db, reindex });

  const store = async (parsed: ParsedFile, source: Omit<Source, 'lastSync'>, example = false): Promise<ImportReport> => {
    const { report, changed } = await storeItems(deps, parsed, source, example);
    await reindex(changed, [], true);
    return report;
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

  return {
    /** After a restore: the index is rebuilt from the store on the next search. */
    forgetIndex: cache.forget,

    search: cache.search,

    async facets() {
      return libraryFacets(await deps.db());
    },

    ...createItemEdits({ db: deps.db, now: deps.now, reindex }),

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
      if ((await (await deps.db()).get('sources', id))?.managed === true)
        throw new Error('this source is set by your company: it cannot be removed here');
      return { deletedItems: await removal.dropSource(id) };
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
      for (const id of plan.remove) await removal.dropSource(id);
      return { added: plan.added, removed: plan.remove };
    },

    async removeExamples() {
      return { deletedItems: await removal.deleteWhere((item) => item.example, [STARTER_SOURCE_ID]) };
    },

    async restoreExamples(): Promise<ImportReport> {
      const parsed = parseLibraryText(JSON.stringify(starterLibrary));
      return store(
        parsed,
        {
          id: STARTER_SOURCE_ID,
          kind: 'starter',
          label: 'Nurture examples',
          url: null,
          etag: null,
          lastModified: null,
          addedAt: deps.now(),
        },
        true,
      );
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;
