import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { createLibrary, mergeItem } from '../../src/background/library';
import { readSettings, updateSettings } from '../../src/background/settings';
import starter from '../../src/background/library/starter-library.json';
import { STAGES, CONTENT_FORMATS } from '../../src/domain/model';
import { item } from './helpers/items';

const fixture = (path: string) => readFileSync(resolve('test/fixtures', path), 'utf8');
let n = 0;

function setup(options: { fetch?: (url: string, init: RequestInit) => Promise<Response>; canFetch?: boolean } = {}) {
  const db = createDbHandle(`nurture-library-${++n}`);
  let clock = Date.UTC(2026, 10, 22);
  const fetch = vi.fn(options.fetch ?? (async () => new Response('', { status: 404 })));
  const library = createLibrary({
    db,
    now: () => clock,
    fetch,
    canFetch: async () => options.canFetch ?? true,
    settings: async () => readSettings(await db()),
    defaultLanguage: 'en',
  });
  return { db, library, fetch, tick: (ms: number) => (clock += ms) };
}

const count = async (db: ReturnType<typeof createDbHandle>) => (await db()).count('content');

describe('library imports', () => {
  it('imports a feed file once: the same articles again are unchanged, not duplicated', async () => {
    const { library, db } = setup();
    const first = await library.importFile('wordpress.rss.xml', fixture('feeds/wordpress.rss.xml'));
    expect(first.error).toBeNull();
    expect(first.added).toBeGreaterThan(0);
    const again = await library.importFile('wordpress.rss.xml', fixture('feeds/wordpress.rss.xml'));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: first.added });
    expect(await count(db)).toBe(first.added);
    const sources = await library.sources();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ label: 'wordpress.rss.xml', kind: 'rss', url: null });
    expect(sources[0]!.lastSync).toMatchObject({ added: 0, unchanged: first.added, error: null });
  });

  it('reads every kind of file by its content', async () => {
    const { library } = setup();
    for (const [file, kind] of [
      ['feeds/blogger.atom.xml', 'atom'],
      ['feeds/jsonfeed.json', 'json-feed'],
      ['csv/library-en.csv', 'csv'],
      ['csv/bibliotheque-fr.csv', 'csv'],
    ] as const) {
      const report = await library.importFile(file.split('/')[1]!, fixture(file));
      expect(report.error, file).toBeNull();
      expect(report.added, file).toBeGreaterThan(0);
      expect((await library.sources()).find((s) => s.label === file.split('/')[1])?.kind, file).toBe(kind);
    }
  });

  it('imports the good items of a file and names the bad ones', async () => {
    const { library } = setup();
    const report = await library.importFile('library-en.csv', fixture('csv/library-en.csv'));
    expect(report.added).toBeGreaterThan(0);
    expect(report.rejectedCount).toBeGreaterThan(0);
    for (const rejection of report.rejected) expect(rejection.where).toMatch(/^line \d+$/);
  });

  it('changes nothing at all for a file it cannot parse', async () => {
    const { library, db } = setup();
    await library.importFile('wordpress.rss.xml', fixture('feeds/wordpress.rss.xml'));
    const before = await count(db);
    for (const file of ['feeds/broken.rss.xml', 'feeds/not-a-feed.xml']) {
      const report = await library.importFile('bad.xml', fixture(file));
      expect(report.error, file).toBeTruthy();
      expect(report.added + report.updated).toBe(0);
    }
    expect((await library.importFile('bad.json', '{"items": [')).error).toMatch(/JSON/);
    expect(await count(db)).toBe(before);
    expect((await library.sources()).map((s) => s.label)).toEqual(['wordpress.rss.xml']);
  });

  it('keeps what the user curated when the same item is imported again', async () => {
    const existing = item({ title: 'Old', topics: ['mine'], curatedAt: 5 });
    const merged = mergeItem(existing, item({ title: 'New', topics: ['theirs'], publishedAt: 9 }));
    expect(merged).toMatchObject({ title: 'Old', topics: ['mine'], publishedAt: 9 });
    const fresh = mergeItem({ ...existing, curatedAt: null }, item({ title: 'New', topics: [] }));
    expect(fresh).toMatchObject({ title: 'New', topics: ['mine'] });
  });
});

describe('feeds by URL', () => {
  const rss = fixture('feeds/wordpress.rss.xml');

  it('fetches with validators, and a 304 changes nothing', async () => {
    const seen: Record<string, string>[] = [];
    const { library } = setup({
      fetch: async (_url, init) => {
        const headers = init.headers as Record<string, string>;
        seen.push(headers);
        if (headers['If-None-Match'] === '"v1"') return new Response(null, { status: 304 });
        return new Response(rss, {
          status: 200,
          headers: { ETag: '"v1"', 'Last-Modified': 'Sun, 22 Nov 2026 08:00:00 GMT', 'Content-Type': 'application/rss+xml' },
        });
      },
    });
    const added = await library.addFeed('https://blog.example.com/feed/?utm_source=x');
    expect(added.error).toBeNull();
    expect(added.added).toBeGreaterThan(0);
    const [source] = await library.sources();
    expect(source).toMatchObject({ url: 'https://blog.example.com/feed/', etag: '"v1"', lastModified: 'Sun, 22 Nov 2026 08:00:00 GMT' });

    const again = await library.syncSource(source!.id);
    expect(again.notModified).toBe(true);
    expect(seen[1]).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Sun, 22 Nov 2026 08:00:00 GMT' });
    expect((await library.sources())[0]!.lastSync).toMatchObject({ notModified: true, error: null });
  });

  it('does not add a URL that is not a feed, nor one whose host was not granted', async () => {
    const html = setup({ fetch: async () => new Response('<!doctype html><html><body>Hi</body></html>', { status: 200 }) });
    expect((await html.library.addFeed('https://example.com/')).error).toBeTruthy();
    expect(await html.library.sources()).toEqual([]);

    const denied = setup({ canFetch: false });
    expect((await denied.library.addFeed('https://example.com/feed')).error).toMatch(/may not fetch/);
    expect(denied.fetch).not.toHaveBeenCalled();
    expect((await denied.library.addFeed('ftp://example.com/feed')).error).toMatch(/http/);
  });

  it('records a failed sync on the source and keeps its items', async () => {
    let up = true;
    const { library, db } = setup({
      fetch: async () => (up ? new Response(rss, { status: 200 }) : new Response('', { status: 503, statusText: 'Service Unavailable' })),
    });
    await library.addFeed('https://blog.example.com/feed/');
    const items = await count(db);
    up = false;
    const [source] = await library.sources();
    const report = await library.syncSource(source!.id);
    expect(report.error).toMatch(/503/);
    expect(await count(db)).toBe(items);
    expect((await library.sources())[0]!.lastSync?.error).toMatch(/503/);
  });

  it('syncs every feed on the alarm', async () => {
    const { library, fetch } = setup({ fetch: async () => new Response(rss, { status: 200 }) });
    await library.addFeed('https://a.example.com/feed');
    await library.addFeed('https://b.example.com/feed');
    await library.importFile('x.csv', fixture('csv/library-en.csv'));
    fetch.mockClear();
    const reports = await library.syncAll();
    expect(reports).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('search, edits and removal', () => {
  it('finds imported items, with links tagged from the settings', async () => {
    const { library, db } = setup();
    // The popup copies these links for pasting anywhere: the rep id only when 'other' is chosen.
    await updateSettings(await db(), { repId: 'ana', campaign: 'q4', repIdChannels: ['message', 'other'] });
    await library.restoreExamples();
    const { hits } = await library.search({ text: 'cfo', limit: 5 });
    expect(hits[0]!.item.title).toBe('What a CFO needs to see in a business case');
    const link = new URL(hits[0]!.link);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      utm_source: 'linkedin',
      utm_medium: 'social',
      utm_campaign: 'q4',
      utm_content: 'cfo-business-case',
      utm_term: 'ana',
    });
  });

  it('keeps search in step with edits and deletions', async () => {
    const { library } = setup();
    await library.restoreExamples();
    const [hit] = (await library.search({ text: 'negociation' })).hits;
    expect(hit).toBeDefined();
    const updated = await library.update(hit!.item.id, { topics: ['pricing talks'] });
    expect(updated.curatedAt).not.toBeNull();
    expect((await library.search({ text: 'pricing talks' })).hits.map((h) => h.item.id)).toContain(hit!.item.id);
    expect(await library.remove(hit!.item.id)).toEqual({ deleted: true });
    expect((await library.search({ text: 'negociation' })).hits).toEqual([]);
  });

  it('removes the examples in one call, and only them', async () => {
    const { library, db } = setup();
    await library.restoreExamples();
    await library.importFile('jsonfeed.json', fixture('feeds/jsonfeed.json'));
    const mine = (await count(db)) - starter.items.length;
    expect(await library.removeExamples()).toEqual({ deletedItems: starter.items.length });
    expect(await count(db)).toBe(mine);
    expect((await library.sources()).map((s) => s.kind)).toEqual(['json-feed']);
  });

  it('removing a source removes its items but not the ones the user edited', async () => {
    const { library, db } = setup();
    await library.importFile('jsonfeed.json', fixture('feeds/jsonfeed.json'));
    const [first] = (await library.search({ text: '' })).hits;
    await library.update(first!.item.id, { stages: ['awareness'] });
    const [source] = await library.sources();
    const { deletedItems } = await library.removeSource(source!.id);
    expect(deletedItems).toBeGreaterThan(0);
    expect(await count(db)).toBe(1);
  });
});

describe('cold start', () => {
  it('serves the freshest items from IndexedDB before the index exists, then counts them', async () => {
    const { library, db } = setup();
    await library.restoreExamples();
    // A new worker: same database, no index yet.
    const cold = createLibrary({
      db,
      now: () => Date.UTC(2026, 10, 22),
      fetch: vi.fn(),
      canFetch: async () => true,
      settings: async () => readSettings(await db()),
      defaultLanguage: 'en',
    });
    const first = await cold.search({ text: '', limit: 3 });
    expect(first.total).toBeNull();
    const dates = first.hits.map((hit) => hit.item.freshAt);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(first.hits[0]!.item.title).toBe('Expert view: what makes buyers trust a vendor (research summary)');
    // Same filters as the index: a stage filter is honoured on the fast path too.
    const customers = await cold.search({ text: '', stages: ['customer'], limit: 10 });
    expect(customers.hits.every((hit) => hit.item.stages.includes('customer'))).toBe(true);
    expect(customers.hits.map((hit) => hit.item.id).sort()).toEqual(
      (await library.search({ text: '', stages: ['customer'], limit: 10 })).hits.map((hit) => hit.item.id).sort(),
    );
    // Once built, the index answers with a count.
    await vi.waitFor(async () => expect((await cold.search({ text: '', limit: 3 })).total).toBe(12));
  });
});

describe('starter library', () => {
  it('has a dozen examples across every stage and most formats, in English and French', async () => {
    const { library } = setup();
    const report = await library.restoreExamples();
    expect(report).toMatchObject({ added: 12, rejectedCount: 0, error: null });
    const { hits } = await library.search({ text: '', limit: 50 });
    expect(hits.every((hit) => hit.item.example)).toBe(true);
    expect(new Set(hits.flatMap((hit) => hit.item.stages))).toEqual(new Set(STAGES));
    expect(new Set(hits.map((hit) => hit.item.format)).size).toBe(CONTENT_FORMATS.length);
    expect(new Set(hits.map((hit) => hit.item.language))).toEqual(new Set(['en', 'fr']));
    for (const hit of hits) expect(new Set(hit.item.captions.map((c) => c.language))).toEqual(new Set(['en', 'fr']));
  });
});

describe('what a library file holds that Nurture does not read (issue 24)', () => {
  it('our JSON: unknown fields of the file, its pack and its items are left out and named in the report', async () => {
    const { library, db } = setup();
    const file = JSON.parse(
      '{"nurture":"library","version":1,"owner":"Ana","__proto__":{"polluted":1},"pack":{"name":"CFO","colour":"red"},' +
        '"items":[{"url":"https://example.com/a","title":"A","author":"Bob","constructor":"x","captions":[{"text":"Read","tone":"warm"}]},{"url":"https://example.com/b","title":"B","author":"Eve"}]}',
    );
    const report = await library.importFile('lib.json', JSON.stringify(file));
    expect(report).toMatchObject({ added: 2, error: null });
    expect(report.ignored).toEqual(['__proto__', 'items.author', 'items.captions.tone', 'items.constructor', 'owner', 'pack.colour']);
    const stored = await (await db()).getAll('content');
    for (const one of stored) expect(Object.keys(one)).not.toContain('author');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a CSV: the columns it does not read, by their header', async () => {
    const { library } = setup();
    const report = await library.importFile(
      'lib.csv',
      'url,title,Owner,constructor,caption toString\nhttps://example.com/a,A,Ana,x,Read this\n',
    );
    expect(report).toMatchObject({ added: 1, error: null });
    expect(report.ignored).toEqual(['Owner', 'constructor', 'caption toString']);
  });

  it('nothing when the file holds only what Nurture reads', async () => {
    const { library } = setup();
    expect((await library.importFile('lib.json', JSON.stringify([{ url: 'https://example.com/a', title: 'A' }]))).ignored).toEqual([]);
  });
});
