// Team library packs (issue 16): read the same from every format, stamped on items, expired as a
// whole without rewriting items, un-hidden by a re-import with a later expiry, kept by backups.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup/service';
import { createDbHandle } from '../../src/background/db';
import { createLibrary } from '../../src/background/library';
import { readSettings } from '../../src/background/settings';
import { readBackup } from '../../src/domain/backup/backup-format';
import { parseLibraryText } from '../../src/domain/library/detect';
import { prepareItems } from '../../src/domain/library/normalize';
import { packExpiries, packIdOf } from '../../src/domain/library/pack';
import { ParseError } from '../../src/domain/library/raw-item';
import { SearchIndex, itemMatchesFilters } from '../../src/domain/library/search';
import type { Source } from '../../src/domain/model';
import { item } from './helpers/items';

const pack = (file: string) => readFileSync(`test/fixtures/packs/${file}`, 'utf8');
const NOW = Date.UTC(2026, 10, 22);
const DAY = 86_400_000;
const NORTHWIND = {
  id: 'northwind-cfo',
  name: 'Northwind CFO pack',
  version: '2026.3',
  expiresAt: Date.UTC(2099, 11, 31),
  personas: ['CFO'],
  stages: ['evaluation'],
};

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:n="https://nurture-selling.app/ns/pack/1" xml:lang="en">
  <title>Northwind sales enablement</title>
  <n:pack id="northwind-cfo" version="2026.3" expires="2099-12-31">Northwind CFO pack</n:pack>
  <n:persona>CFO</n:persona><n:stage>evaluation</n:stage>
  <entry><title>Procurement-ready business case: the five numbers a CFO checks</title>
    <link href="https://northwind.example.com/guides/procurement-business-case"/>
    <n:format>white-paper</n:format>
    <n:caption>The five numbers your CFO will check before procurement signs.</n:caption>
    <n:caption xml:lang="fr">Les cinq chiffres que votre DAF vérifie avant la signature des achats.</n:caption></entry>
  <entry><title>Payback in nine months: a mid-size distributor's story</title>
    <link href="https://northwind.example.com/stories/payback-in-nine-months"/>
    <n:format>case-study</n:format><n:persona>Head of Operations</n:persona><n:stage>purchase</n:stage><n:expires>2099-06-30</n:expires></entry>
</feed>`;

function prepared(text: string) {
  const parsed = parseLibraryText(text);
  const { items, rejected } = prepareItems(parsed, { sourceId: 's', defaultLanguage: 'en', defaultFormat: 'article', now: NOW });
  return {
    pack: parsed.pack,
    rejected,
    items: items.map(({ url, title, format, language, personas, stages, captions, expiresAt, pack: ref }) => ({
      url,
      title,
      format,
      language,
      personas,
      stages,
      captions,
      expiresAt,
      pack: ref,
    })),
  };
}

describe('a pack is read the same from every format', () => {
  const expected = prepared(pack('cfo-pack.json'));

  it('our JSON: the pack, its defaults given to items that name none, per-language captions', () => {
    expect(expected.pack).toEqual(NORTHWIND);
    expect(expected.rejected).toEqual([]);
    const [caseForCfo, story] = expected.items;
    expect(caseForCfo).toMatchObject({
      personas: ['CFO'],
      stages: ['evaluation'],
      expiresAt: null,
      pack: { id: 'northwind-cfo', name: 'Northwind CFO pack', version: '2026.3' },
    });
    expect(caseForCfo!.captions).toEqual([
      { language: 'en', text: 'The five numbers your CFO will check before procurement signs.' },
      { language: 'fr', text: 'Les cinq chiffres que votre DAF vérifie avant la signature des achats.' },
    ]);
    // An item's own "recommended for" and expiry win over the pack's.
    expect(story).toMatchObject({ personas: ['Head of Operations'], stages: ['purchase'], expiresAt: Date.UTC(2099, 5, 30) });
  });

  it.each([
    ['CSV (French Excel, pack columns)', 'cfo-pack.csv'],
    ['RSS with the namespace under its own prefix', 'cfo-pack.rss.xml'],
    ['JSON Feed with _nurture', 'cfo-pack.feed.json'],
  ])('%s', (_name, file) => {
    const read = prepared(pack(file));
    // A CSV has no pack-wide "recommended for": its rows say it themselves.
    expect(read.pack).toEqual(file.endsWith('.csv') ? { ...NORTHWIND, personas: [], stages: [] } : NORTHWIND);
    expect(read.rejected).toEqual([]);
    expect(read.items).toEqual(expected.items);
  });

  it('Atom, with the namespace bound to yet another prefix', () => {
    const read = prepared(ATOM);
    expect(read.pack).toEqual(NORTHWIND);
    expect(read.items).toEqual(expected.items);
  });

  it('a file without a pack has none, and its items point to none', () => {
    const read = prepared('url,title\nhttps://example.com/a,A\n');
    expect(read.pack).toBeUndefined();
    expect('pack' in read.items[0]! && read.items[0]!.pack !== undefined).toBe(false);
  });
});

describe('a pack that cannot be read refuses the whole file', () => {
  it.each([
    [
      'JSON, expiry not a date',
      JSON.stringify({ nurture: 'library', version: 1, pack: { name: 'P', expiresAt: 'soon' }, items: [] }),
      /pack\.expiresAt/,
    ],
    ['JSON, no name', JSON.stringify({ nurture: 'library', version: 1, pack: { id: 'p' }, items: [] }), /pack\.name is missing/],
    [
      'JSON, an id with spaces',
      JSON.stringify({ nurture: 'library', version: 1, pack: { id: 'my pack', name: 'P' }, items: [] }),
      /pack\.id/,
    ],
    [
      'CSV, expiry not a date',
      'url,title,pack,pack expires\nhttps://example.com/a,A,P,next spring\n',
      /the pack expiry "next spring" is not a date/,
    ],
    [
      'RSS, unknown stage',
      '<rss xmlns:nurture="https://nurture-selling.app/ns/pack/1"><channel><title>T</title><nurture:pack>P</nurture:pack><nurture:stage>someday</nurture:stage></channel></rss>',
      /stage "someday" is unknown/,
    ],
    [
      'JSON Feed, expiry not a date',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        _nurture: { pack: { name: 'P', expiresAt: '31/12' } },
        items: [],
      }),
      /pack\.expiresAt/,
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseLibraryText(text)).toThrow(ParseError);
    expect(() => parseLibraryText(text)).toThrow(message);
  });

  it('a CSV row naming another pack than the rows above is rejected, the others imported', () => {
    const read = prepared(
      'url,title,pack\nhttps://example.com/a,A,Spring pack\nhttps://example.com/b,B,Autumn pack\nhttps://example.com/c,C,\n',
    );
    expect(read.pack).toMatchObject({ id: 'spring-pack', name: 'Spring pack', version: '' });
    expect(read.items.map((i) => i.title)).toEqual(['A', 'C']);
    expect(read.rejected).toEqual([
      { where: 'line 3', reason: 'its pack name "Autumn pack" differs from "Spring pack" above: a file carries one pack' },
    ]);
  });

  it('sizes are bounded: a megabyte pack name is cut, an id is made from a name', () => {
    const read = prepared(`url,title,pack\nhttps://example.com/a,A,${'Ünïcode pack '.repeat(80_000)}\n`);
    expect(read.pack!.name.length).toBeLessThanOrEqual(120);
    expect(read.pack!.id.length).toBeLessThanOrEqual(64);
    expect(packIdOf('CFO pack — Q3 2026 (Été)')).toBe('cfo-pack-q3-2026-ete');
  });
});

describe('a pack expires as a whole, in the search index', () => {
  const inPack = item({ title: 'Procurement checklist', pack: { id: 'budget', name: 'Budget pack', version: '1' } });
  const loose = item({ title: 'Procurement myths' });

  it('hides the items of an expired pack unless expired items are asked for, and un-hides them when the pack is renewed', () => {
    const index = new SearchIndex([inPack, loose], new Map([['budget', NOW - DAY]]));
    expect(index.search({ text: 'procurement' }, NOW).ids).toEqual([loose.id]);
    expect(index.search({ text: '' }, NOW).ids).toEqual([loose.id]);
    expect(new Set(index.search({ text: 'procurement', includeExpired: true }, NOW).ids)).toEqual(new Set([inPack.id, loose.id]));
    index.setPacks(new Map([['budget', NOW + DAY]]));
    expect(index.search({ text: 'procurement' }, NOW).total).toBe(2);
    expect(index.packExpiry('budget')).toBe(NOW + DAY);
    // A pack no source carries any more expires no item.
    index.setPacks(new Map());
    expect(index.search({ text: 'procurement' }, NOW).total).toBe(2);
  });

  it('the cold-start filter agrees', () => {
    expect(itemMatchesFilters(inPack, { text: '' }, NOW, new Map([['budget', NOW]]))).toBe(false);
    expect(itemMatchesFilters(inPack, { text: '', includeExpired: true }, NOW, new Map([['budget', NOW]]))).toBe(true);
    expect(itemMatchesFilters(inPack, { text: '' }, NOW, new Map([['budget', null]]))).toBe(true);
  });

  it('two sources carrying one pack: the one imported last says when it expires', () => {
    const source = (id: string, at: number, expiresAt: number | null): Source => ({
      id,
      kind: 'csv',
      label: id,
      url: null,
      etag: null,
      lastModified: null,
      addedAt: 0,
      lastSync: { at, added: 0, updated: 0, unchanged: 0, rejected: 0, error: null, notModified: false },
      pack: { id: 'budget', name: 'Budget pack', version: '1', expiresAt, personas: [], stages: [] },
    });
    expect(packExpiries([source('new', 2, null), source('old', 1, 5)]).get('budget')).toBeNull();
    expect(packExpiries([source('new', 2, 7), source('old', 1, null)]).get('budget')).toBe(7);
  });
});

let n = 0;
function setup(db = createDbHandle(`nurture-packs-${++n}`)) {
  // A clock that moves: which import came last is what decides a pack's expiry.
  let clock = NOW;
  const library = createLibrary({
    db,
    now: () => (clock += 1000),
    fetch: async () => new Response('', { status: 404 }),
    canFetch: async () => true,
    settings: async () => readSettings(await db()),
    defaultLanguage: 'en',
  });
  return { db, library };
}
const titles = async (library: ReturnType<typeof setup>['library'], text: string, includeExpired = false) =>
  (await library.search({ text, includeExpired })).hits.map((hit) => hit.item.title).sort();
const CHECKLIST = 'Procurement checklist for the 2020 budget season';

describe('packs in the library service', () => {
  it('shows each item its pack, each source its pack; an expired pack hides its items from search, cold or warm', async () => {
    const { db, library } = setup();
    expect((await library.importFile('cfo-pack.json', pack('cfo-pack.json'))).added).toBe(2);
    expect((await library.importFile('expired-pack.csv', pack('expired-pack.csv'))).added).toBe(1);
    const sources = await library.sources();
    expect(sources.find((s) => s.label === 'expired-pack.csv')!.pack).toEqual({
      id: 'northwind-budget',
      name: 'Northwind budget pack',
      version: '2020.1',
      expiresAt: Date.UTC(2021, 0, 31),
      personas: [],
      stages: [],
    });
    expect(sources.find((s) => s.label === 'cfo-pack.json')!.pack).toEqual(NORTHWIND);

    // A fresh worker answers an empty search from IndexedDB before its index is built.
    const cold = setup(db).library;
    expect((await cold.search({ text: '' })).hits.map((hit) => hit.item.title)).not.toContain(CHECKLIST);
    expect(await titles(library, 'procurement')).toEqual(['Procurement-ready business case: the five numbers a CFO checks']);
    const all = await library.search({ text: 'procurement', includeExpired: true });
    const expired = all.hits.find((hit) => hit.item.title === CHECKLIST)!;
    expect(expired.item.pack).toEqual({ id: 'northwind-budget', name: 'Northwind budget pack', version: '2020.1' });
    expect(expired.packExpiresAt).toBe(Date.UTC(2021, 0, 31));
    // The item itself was not rewritten: its own expiry is still none.
    expect(expired.item.expiresAt).toBeNull();
  });

  it('a re-import with a later expiry un-hides the items (another file, the same file, a curated item)', async () => {
    const { library } = setup();
    await library.importFile('expired-pack.csv', pack('expired-pack.csv'));
    const [hit] = (await library.search({ text: 'checklist', includeExpired: true })).hits;
    // Curated by hand: the import no longer changes its fields, but the pack still reaches it.
    await library.update(hit!.item.id, { topics: ['budget'] });
    expect(await titles(library, 'checklist')).toEqual([]);

    await library.importFile('renewed-pack.csv', pack('renewed-pack.csv'));
    expect(await titles(library, 'checklist')).toEqual([CHECKLIST]);
    const renewed = (await library.search({ text: 'checklist' })).hits[0]!;
    expect(renewed.item.pack!.version).toBe('2020.2');
    expect(renewed.item.topics).toEqual(['budget']);

    // The old file imported again is now the last word: hidden again. Renewed in place: shown.
    await library.importFile('expired-pack.csv', pack('expired-pack.csv'));
    expect(await titles(library, 'checklist')).toEqual([]);
    await library.importFile('expired-pack.csv', pack('renewed-pack.csv'));
    expect(await titles(library, 'checklist')).toEqual([CHECKLIST]);
  });

  it('a file that drops its pack, or a removed source, expires nothing any more', async () => {
    const { library } = setup();
    await library.importFile('budget.csv', pack('expired-pack.csv'));
    expect(await titles(library, 'checklist')).toEqual([]);
    await library.importFile(
      'budget.csv',
      'url,title\nhttps://northwind.example.com/archive/procurement-checklist-2020,Procurement checklist for the 2020 budget season\n',
    );
    expect((await library.sources())[0]!.pack).toBeUndefined();
    expect(await titles(library, 'checklist')).toEqual([CHECKLIST]);
  });

  it('a backup keeps packs on items and sources, and refuses a damaged pack', async () => {
    const { db, library } = setup();
    await library.importFile('cfo-pack.json', pack('cfo-pack.json'));
    const { text } = await createBackup({ db, now: () => NOW }).export();
    const read = readBackup(text, 99);
    if (!read.ok) throw new Error(read.reason);
    expect(read.backup.stores.sources[0]!['pack']).toEqual(NORTHWIND);
    expect(read.backup.stores.content.map((record) => record['pack'])).toEqual(
      [NORTHWIND, NORTHWIND].map(({ id, name, version }) => ({ id, name, version })),
    );
    const damaged = text.replace('"name":"Northwind CFO pack"', '"name":5');
    expect(readBackup(damaged, 99)).toMatchObject({ ok: false, reason: expect.stringContaining('pack') });
  });
});
