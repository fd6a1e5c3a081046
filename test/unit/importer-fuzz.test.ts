// Bad files and feeds: every importer (RSS, Atom, JSON Feed, our JSON, CSV, backups) fed random
// text, mutated and truncated real files, and binary files.
//
// What "unparseable" means here: the file AS A WHOLE cannot be read (XML not well-formed, JSON
// not valid, CSV quoting broken or no url/title column, not a feed, binary, a backup that fails
// its checks anywhere). Such a file writes nothing at all, and the report or error names why.
// A file that parses but has some unusable items (no link, unknown stage...) is NOT unparseable:
// its good items are imported and the bad ones counted in the report, by design. CSV has no end
// marker, so a CSV cut at a row boundary is just a shorter CSV; a cut inside a quoted field is
// detectable and refused.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle, type NurtureDb } from '../../src/background/db';
import { fetchFeed } from '../../src/background/library/feed-fetch';
import { createLibrary } from '../../src/background/library';
import { createProspects } from '../../src/background/prospects';
import { readSettings, updateSettings } from '../../src/background/settings';
import { readBackup } from '../../src/domain/backup/backup-format';
import { parseCsv } from '../../src/domain/csv/parse';
import { STORE_NAMES } from '../../src/contract/index';
import { parseCsvItems } from '../../src/domain/library/csv-items';
import { decodeText } from '../../src/domain/library/decode';
import { parseLibraryText } from '../../src/domain/library/detect';
import { parseFeed } from '../../src/domain/library/feeds';
import { parseJsonItems } from '../../src/domain/library/json-items';
import { prepareItems } from '../../src/domain/library/normalize';
import { ParseError, type ParsedFile } from '../../src/domain/library/raw-item';
import { DB_VERSION } from '../../src/background/db';

// ---------------------------------------------------------------------------------------------
// Inputs

const bytesOf = (path: string) => new Uint8Array(readFileSync(resolve(path)));
const textOf = (path: string) => decodeText(bytesOf(path));

const XML_FEEDS = [
  'blogger.atom.xml',
  'hugo.atom.xml',
  'medium.rss.xml',
  'missing-dates.rss.xml',
  'substack.rss.xml',
  'windows-1252.rss.xml',
  'wordpress.rss.xml',
].map((name) => ({ name, text: textOf(`test/fixtures/feeds/${name}`) }));
// Team packs (issue 16): the same formats with a pack and Nurture's namespaced elements.
XML_FEEDS.push({ name: 'cfo-pack.rss.xml', text: textOf('test/fixtures/packs/cfo-pack.rss.xml') });
const JSON_FILES = [
  { name: 'jsonfeed.json', text: textOf('test/fixtures/feeds/jsonfeed.json') },
  { name: 'library-example.json', text: textOf('docs/library-example.json') },
  { name: 'cfo-pack.json', text: textOf('test/fixtures/packs/cfo-pack.json') },
  { name: 'cfo-pack.feed.json', text: textOf('test/fixtures/packs/cfo-pack.feed.json') },
];
const CSV_FILES = ['library-en.csv', 'bibliotheque-fr.csv'].map((name) => ({ name, text: textOf(`test/fixtures/csv/${name}`) }));
CSV_FILES.push({ name: 'cfo-pack.csv', text: textOf('test/fixtures/packs/cfo-pack.csv') });
const BAD_FEEDS = ['broken.rss.xml', 'not-a-feed.xml'].map((name) => ({ name, text: textOf(`test/fixtures/feeds/${name}`) }));
const ALL_FILES = [...XML_FEEDS, ...JSON_FILES, ...CSV_FILES, ...BAD_FEEDS];

/** Pieces of every format, so random text often looks almost right. */
const TOKENS = [
  '<?xml version="1.0"?>',
  '<rss version="2.0">',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<link>',
  '</link>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<entry>',
  '</entry>',
  '<link href="',
  '"/>',
  '</rss>',
  '</feed>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x0;',
  '&nbsp;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '&a;',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  ';',
  '"',
  '""',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '"url"',
  '"title"',
  '"items"',
  '"version": "https://jsonfeed.org/version/1.1"',
  '"nurture": "library"',
  '"nurture": "backup"',
  '"pack": {',
  '"_nurture": {',
  '<nurture:pack>',
  'pack,pack expires\n',
  'https://a.example/x',
  'url,title\n',
  'titre;lien\n',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '-1',
  '1e999',
  'true',
];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; length: number; to: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 100 }), to: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'duplicate') out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else {
      const piece = out.slice(at, at + m.length);
      const rest = out.slice(0, at) + out.slice(at + m.length);
      const to = m.to % (rest.length + 1);
      out = rest.slice(0, to) + piece + rest.slice(to);
    }
  }
  return out;
}

const mutatedOf = (texts: readonly string[]) =>
  fc.tuple(fc.constantFrom(...texts), fc.array(mutationArb, { minLength: 1, maxLength: 6 })).map(([text, ms]) => mutate(text, ms));
const truncatedOf = (texts: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...texts), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([text, f]) => text.slice(0, Math.floor(text.length * f)));

const anyText = (texts: readonly string[]) =>
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.json(),
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join('')),
    mutatedOf(texts),
    truncatedOf(texts),
  );

/** Cut points spread over the whole text, and every one of the last few characters. */
function cutPoints(text: string, count: number): number[] {
  const cuts = new Set<number>();
  for (let i = 1; i <= count; i++) cuts.add(Math.floor((text.length * i) / (count + 1)));
  for (let i = 1; i <= 5; i++) cuts.add(text.trimEnd().length - i);
  return [...cuts].filter((cut) => cut > 0 && cut < text.trimEnd().length).sort((a, b) => a - b);
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
const concat = (...parts: (Uint8Array | string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : [...part])));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const noise = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 7919 + seed * 104729 + ((i * i) % 251)) % 256);

/** Real-world non-text files, with what the message must say about each. */
const BINARY_FILES: { name: string; bytes: Uint8Array; says: RegExp }[] = [
  { name: 'a PNG image', bytes: concat([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR', noise(300, 1)), says: /binary.*PNG/ },
  { name: 'a JPEG photo', bytes: concat([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0], noise(400, 2)), says: /binary/ },
  {
    name: 'a gzip-compressed feed',
    bytes: new Uint8Array(gzipSync(readFileSync('test/fixtures/feeds/wordpress.rss.xml'))),
    says: /binary.*gzip/,
  },
  { name: 'an Excel workbook', bytes: concat('PK\x03\x04\x14\x00\x06\x00', noise(400, 3)), says: /binary.*(ZIP|Excel)/ },
  { name: 'a PDF', bytes: concat('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', noise(400, 4)), says: /binary.*PDF/ },
  { name: 'a file of NUL bytes', bytes: new Uint8Array(512), says: /binary/ },
  { name: 'random bytes', bytes: noise(2000, 5), says: /binary/ },
  { name: 'a UTF-16 CSV without BOM', bytes: utf16le(CSV_FILES[0]!.text), says: /UTF-16/ },
];

/** UTF-16 with a BOM is text: the file path decodes it (decodeText) and must read it as UTF-8 would. */
const UTF16_WITH_BOM = [
  { name: 'UTF-16LE CSV', bytes: concat([0xff, 0xfe], utf16le(CSV_FILES[0]!.text)), text: CSV_FILES[0]!.text },
  {
    name: 'UTF-16BE RSS',
    bytes: concat([0xfe, 0xff], utf16be(XML_FEEDS[6]!.text.replace('encoding="UTF-8"', 'encoding="UTF-16"'))),
    text: XML_FEEDS[6]!.text,
  },
];

// ---------------------------------------------------------------------------------------------
// Checks

/** A message a person can read: words, one short line, no leaked internals. */
function expectReadable(message: unknown, input = ''): void {
  expect(typeof message, 'message is a string').toBe('string');
  const text = message as string;
  expect(text.trim().length, 'message is not empty').toBeGreaterThan(5);
  expect(text.length, `message is short: ${text.slice(0, 200)}`).toBeLessThan(600);
  expect(text, 'message has words').toMatch(/[a-z]{3,}/i);
  expect(text, 'no [object Object]').not.toMatch(/\[object \w+\]/);
  expect(text, 'no stack trace').not.toMatch(/\n\s*at |\.ts:\d+|\.js:\d+/);
  expect(text, 'no control characters, one line').not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(text, 'no JS error class').not.toMatch(/^(TypeError|RangeError|SyntaxError|ReferenceError|Error)\b/);
  expect(text, 'no character offsets').not.toMatch(/\bposition \d+/);
  for (const word of ['undefined', 'null', 'NaN']) {
    if (!input.includes(word)) expect(text, `no "${word}"`).not.toMatch(new RegExp(`\\b${word}\\b`));
  }
}

/** Runs a pure parser: a result or a readable ParseError; anything else thrown fails the test. */
function attempt<T>(run: () => T, input: string): { ok: true; value: T } | { ok: false; error: ParseError } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expectReadable(error.message, input);
    return { ok: false, error };
  }
}

/** What the library does with a parsed file must not throw either, and rejections name a reason. */
function expectPreparable(parsed: ParsedFile, input: string): void {
  const prepared = prepareItems(parsed, { sourceId: 'x', defaultLanguage: 'en', defaultFormat: 'article', now: 0 });
  for (const rejection of prepared.rejected) {
    expect(rejection.where).toMatch(/^(line|item) \d+$/);
    expect(rejection.reason.trim()).not.toBe('');
    expect(rejection.reason).not.toMatch(/\[object \w+\]/);
    if (!input.includes('undefined')) expect(rejection.reason).not.toMatch(/\bundefined\b/);
  }
}

const PARSERS: { name: string; run: (text: string) => ParsedFile | unknown }[] = [
  { name: 'parseLibraryText', run: (text) => parseLibraryText(text, { baseUrl: 'https://blog.example.com/feed' }) },
  { name: 'parseFeed', run: (text) => parseFeed(text, 'https://blog.example.com/feed') },
  { name: 'parseJsonItems', run: (text) => parseJsonItems(text) },
  { name: 'parseCsvItems', run: (text) => parseCsvItems(text) },
  { name: 'parseCsv', run: (text) => parseCsv(text) },
];

function checkAllParsers(text: string): void {
  for (const parser of PARSERS) {
    const outcome = attempt(() => parser.run(text), text);
    if (outcome.ok && parser.name !== 'parseCsv') expectPreparable(outcome.value as ParsedFile, text);
  }
  const backup = readBackup(text, DB_VERSION);
  if (!backup.ok) expectReadable(backup.reason, text);
}

// ---------------------------------------------------------------------------------------------
// Databases

let n = 0;
const NOW = Date.UTC(2026, 10, 22);

async function dump(conn: NurtureDb) {
  const out: Record<string, unknown> = {};
  for (const name of STORE_NAMES) out[name] = { keys: await conn.getAllKeys(name), values: await conn.getAll(name) };
  return out;
}

/** A database with something in every store: what a failed import must leave exactly as it was. */
async function filled(fetchBody?: () => { bytes: Uint8Array; type: string }, more = false) {
  const db = createDbHandle(`nurture-fuzz-${++n}`);
  const now = () => NOW;
  const fetch = async (url: string) => {
    const body = fetchBody?.() ?? { bytes: bytesOf('test/fixtures/feeds/wordpress.rss.xml'), type: 'application/rss+xml' };
    return Object.defineProperty(new Response(new Uint8Array(body.bytes), { status: 200, headers: { 'content-type': body.type } }), 'url', {
      value: url,
    });
  };
  const library = createLibrary({
    db,
    now,
    fetch,
    canFetch: async () => true,
    settings: async () => readSettings(await db()),
    defaultLanguage: 'en',
  });
  await library.restoreExamples();
  await library.importFile('library-en.csv', CSV_FILES[0]!.text);
  // A backup source holds what its target lacks, so a restore that wrote anything would show.
  if (more) await library.importFile('bibliotheque-fr.csv', CSV_FILES[1]!.text);
  const feed = await library.addFeed('https://blog.example.com/feed');
  expect(feed.error).toBeNull();
  const prospects = createProspects({ db, now });
  await prospects.add({ profilePath: '/in/ada', name: 'Ada Sample', headline: 'Head of Ops', company: 'Example' });
  await prospects.recordReplies('/in/ada', [{ externalId: 'urn:1', text: 'Merci !' }], 'https://www.linkedin.com/messaging/thread/x/');
  await updateSettings(await db(), { repId: 'ana' });
  return { db, library, backup: createBackup({ db, now }), feedId: feed.sourceId ?? '' };
}

/** Runs `act` and checks that, when it reports a failure, no store changed at all. */
async function expectAllOrNothing(conn: NurtureDb, act: () => Promise<string | null>): Promise<string | null> {
  const before = await dump(conn);
  const error = await act();
  if (error !== null) expect(await dump(conn), `a failed import changed the database: ${error}`).toEqual(before);
  return error;
}

/** library.importFile: resolves with a report (never rejects); its error, if any, is readable. */
async function importFileError(library: Awaited<ReturnType<typeof filled>>['library'], text: string): Promise<string | null> {
  const report = await library.importFile('upload.txt', text);
  if (report.error !== null) {
    expectReadable(report.error, text);
    expect(report.added + report.updated + report.unchanged).toBe(0);
  }
  return report.error;
}

/** backup.import: resolves, or rejects with an Error (not a TypeError...) whose message is readable. */
async function backupImportError(
  backup: Awaited<ReturnType<typeof filled>>['backup'],
  text: string,
  mode: 'merge' | 'replace',
): Promise<string | null> {
  try {
    await backup.import(text, mode);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor).toBe(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^Nothing was restored: /);
    expectReadable(message.replace(/^Nothing was restored: /, ''), text);
    return message;
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Never a crash

describe('importers never crash', () => {
  it('on arbitrary text, JSON and mutated real files: a result or a readable ParseError, from every parser', () => {
    fc.assert(fc.property(anyText(ALL_FILES.map((f) => f.text)), checkAllParsers), { numRuns: 150 });
  });

  it('on every mutated fixture of each format', () => {
    for (const files of [XML_FEEDS, JSON_FILES, CSV_FILES]) {
      fc.assert(fc.property(mutatedOf(files.map((f) => f.text)), checkAllParsers), { numRuns: 50 });
    }
  });

  it('on random bytes decoded as UTF-8, latin1 or by the feed decoder with any charset', () => {
    const decoders = [
      utf8,
      latin1,
      (b: Uint8Array) => decodeText(b),
      (b: Uint8Array) => decodeText(b, 'utf-16le'),
      (b: Uint8Array) => decodeText(b, 'windows-1252'),
    ];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 1500 }), fc.nat(decoders.length - 1), (bytes, which) => {
        const text = decoders[which]!(bytes);
        checkAllParsers(text);
        // A NUL is never in a text file: whatever else, the message says "binary" (or UTF-16).
        if (
          text
            .replace(/^\uFEFF/, '')
            .slice(0, 4096)
            .includes('\u0000')
        ) {
          const outcome = attempt(() => parseLibraryText(text), text);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(outcome.error.message).toMatch(/binary|UTF-16/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('on binary files: every parser and the backup reader refuse them, saying what they are', () => {
    for (const file of BINARY_FILES) {
      for (const decode of [utf8, latin1, (b: Uint8Array) => decodeText(b)]) {
        const text = decode(file.bytes);
        checkAllParsers(text);
        const outcome = attempt(() => parseLibraryText(text), text);
        expect(outcome.ok, file.name).toBe(false);
        if (!outcome.ok) expect(outcome.error.message, file.name).toMatch(file.says);
        const backup = readBackup(text, DB_VERSION);
        expect(backup.ok, file.name).toBe(false);
        if (!backup.ok) expect(backup.reason, file.name).toMatch(file.says);
      }
    }
  });

  it('reads UTF-16 files with a byte-order mark like their UTF-8 twins', () => {
    for (const file of UTF16_WITH_BOM) {
      const decoded = parseLibraryText(decodeText(file.bytes));
      expect(decoded, file.name).toEqual(parseLibraryText(file.text));
      // Read as UTF-8 instead (Blob.text()), the same bytes are refused by name, not misread.
      expect(() => parseLibraryText(utf8(file.bytes)), file.name).toThrow(/UTF-16/);
    }
  });

  it('fetchFeed turns any answer or network failure into a result or a readable Error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            kind: fc.constant('answer' as const),
            status: fc.constantFrom(200, 200, 200, 203, 304, 404, 410, 500, 503),
            bytes: fc.uint8Array({ maxLength: 600 }),
            type: fc.oneof(
              fc.constantFrom(
                'application/rss+xml',
                'text/xml; charset=windows-1252',
                'text/csv; charset="utf-16"',
                'image/png',
                'application/json; charset=bogus',
                'text/html;charset=',
              ),
              fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
            ),
          }),
          fc.record({ kind: fc.constant('throws' as const), thrown: fc.anything() }),
        ),
        async (scenario) => {
          const fetchFn = async () => {
            if (scenario.kind === 'throws') throw scenario.thrown;
            const headers = new Headers();
            try {
              headers.set('content-type', scenario.type);
            } catch {
              // Not a valid header value: the server could not have sent it either.
            }
            return new Response(scenario.status === 304 ? null : scenario.bytes, { status: scenario.status, headers });
          };
          try {
            const fetched = await fetchFeed(fetchFn, 'https://blog.example.com/feed', { etag: null, lastModified: null });
            if (fetched.status === 'ok') checkAllParsers(fetched.text);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).constructor).toBe(Error);
            expectReadable((error as Error).message);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Never a partial import of an unparseable file

describe('an unparseable file or feed changes nothing', () => {
  it('library.importFile: arbitrary and mutated files either import or leave every store as it was', async () => {
    const { db, library } = await filled();
    const conn = await db();
    await fc.assert(
      fc.asyncProperty(anyText(ALL_FILES.map((f) => f.text)), async (text) => {
        await expectAllOrNothing(conn, () => importFileError(library, text));
      }),
      { numRuns: 60 },
    );
  });

  it('library.importFile: a feed or JSON file cut anywhere is refused as cut short, and writes nothing', async () => {
    const { db, library } = await filled();
    const conn = await db();
    for (const file of [...XML_FEEDS, ...JSON_FILES]) {
      for (const cut of cutPoints(file.text, 6)) {
        const text = file.text.slice(0, cut);
        const error = await expectAllOrNothing(conn, () => importFileError(library, text));
        expect(error, `${file.name} cut at ${cut}`).not.toBeNull();
      }
    }
  });

  it('library.importFile: a binary file writes nothing and says it is binary', async () => {
    const { db, library } = await filled();
    const conn = await db();
    for (const file of BINARY_FILES) {
      const error = await expectAllOrNothing(conn, () => importFileError(library, decodeText(file.bytes)));
      expect(error, file.name).toMatch(file.says);
    }
  });

  it('adding a feed URL that serves garbage, a cut-short feed or a binary file adds nothing', async () => {
    let body: { bytes: Uint8Array; type: string } = {
      bytes: bytesOf('test/fixtures/feeds/wordpress.rss.xml'),
      type: 'application/rss+xml',
    };
    const { db, library } = await filled(() => body);
    const conn = await db();
    let k = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyText(ALL_FILES.map((f) => f.text)).map((text) => ({
            bytes: new Uint8Array(Buffer.from(text, 'utf8')),
            type: 'application/rss+xml',
          })),
          fc.constantFrom(...BINARY_FILES).map((file) => ({ bytes: file.bytes, type: 'application/octet-stream' })),
        ),
        async (served) => {
          body = served;
          // A new URL each time: an existing one would be a sync, checked below.
          await expectAllOrNothing(conn, async () => {
            const report = await library.addFeed(`https://other-${++k}.example.com/feed`);
            if (report.error !== null) expectReadable(report.error, utf8(served.bytes));
            return report.error;
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a feed sync that fetches an unparseable feed records the error on that source and touches nothing else', async () => {
    let body = { bytes: bytesOf('test/fixtures/feeds/wordpress.rss.xml'), type: 'application/rss+xml' };
    const { db, library, feedId } = await filled(() => body);
    const conn = await db();
    const texts = [...XML_FEEDS, ...JSON_FILES].map((f) => f.text);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(truncatedOf(texts), mutatedOf(texts), fc.constantFrom(...BINARY_FILES.map((f) => latin1(f.bytes)))),
        async (text) => {
          body = { bytes: new Uint8Array(Buffer.from(text, 'utf8')), type: 'application/rss+xml' };
          const before = await dump(conn);
          const beforeSource = await conn.get('sources', feedId);
          const report = await library.syncSource(feedId);
          if (report.error === null) return;
          expectReadable(report.error);
          const after = await dump(conn);
          const afterSource = await conn.get('sources', feedId);
          // Only the source's last sync changes, to say what went wrong.
          expect(afterSource?.lastSync?.error).toBe(report.error);
          expect({ ...afterSource, lastSync: null }).toEqual({ ...beforeSource, lastSync: null });
          const without = (d: Record<string, unknown>) => ({
            ...d,
            sources: (d['sources'] as { values: { id: string }[] }).values.filter((s) => s.id !== feedId),
          });
          expect(without(after)).toEqual(without(before));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('backup.import: a mutated backup is restored whole or refused with every store as it was', async () => {
    const source = await filled(undefined, true);
    const { text } = await source.backup.export();
    const target = await filled();
    const conn = await target.db();
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('merge' as const, 'replace' as const),
        async (mutations, mode) => {
          const damaged = mutate(text, mutations);
          await expectAllOrNothing(conn, () => backupImportError(target.backup, damaged, mode));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('backup.import: a backup cut anywhere is refused as cut short, and writes nothing', async () => {
    const source = await filled(undefined, true);
    const { text } = await source.backup.export();
    const target = await filled();
    const conn = await target.db();
    for (const [i, cut] of cutPoints(text, 30).entries()) {
      const mode = i % 2 === 0 ? 'merge' : 'replace';
      const error = await expectAllOrNothing(conn, () => backupImportError(target.backup, text.slice(0, cut), mode));
      expect(error, `cut at ${cut}`).toMatch(/cut short/);
    }
  });

  it('backup.import: a backup that passes its checks but fails while writing (a duplicate message) writes nothing', async () => {
    const source = await filled(undefined, true);
    const { text } = await source.backup.export();
    const backup = JSON.parse(text) as { stores: Record<string, Record<string, unknown>[]> };
    const reply = backup.stores['interactions']!.find((i) => i['externalId'] !== null)!;
    const target = await filled();
    const conn = await target.db();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.integer({ min: 1000, max: 1_000_000 }),
        fc.constantFrom('merge' as const, 'replace' as const),
        async (position, id, mode) => {
          // The same LinkedIn message twice under two ids, anywhere in the log: the unique index refuses it.
          const interactions = [...backup.stores['interactions']!];
          interactions.splice(position % (interactions.length + 1), 0, { ...reply, id });
          const clash = JSON.stringify({ ...backup, stores: { ...backup.stores, interactions } });
          expect(readBackup(clash, DB_VERSION).ok).toBe(true);
          const error = await expectAllOrNothing(conn, () => backupImportError(target.backup, clash, mode));
          expect(error).toMatch(/same LinkedIn message twice/);
        },
      ),
      { numRuns: 15 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A message that names the problem

describe('the message names the problem', () => {
  const message = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ParseError) return error.message;
      throw error;
    }
    throw new Error('expected a ParseError');
  };

  it('a feed or JSON file cut short, at any point after it starts, says so and where it ends', () => {
    for (const file of [...XML_FEEDS, ...JSON_FILES]) {
      // Before the root element starts, the file is not recognisably a feed yet.
      const rootStart = file.text.search(/<(?:rss|feed|rdf:RDF)\b|\{/);
      for (const cut of cutPoints(file.text, 80).filter((c) => c > rootStart + 5)) {
        const text = file.text.slice(0, cut);
        expect(
          message(() => parseLibraryText(text)),
          `${file.name} cut at ${cut}`,
        ).toMatch(/^line \d+: not (well-formed XML|valid JSON): the file is cut short/);
      }
    }
  });

  it('a CSV cut inside a quoted cell says the quote is never closed, on the line it opened', () => {
    for (const file of CSV_FILES) {
      for (const cut of cutPoints(file.text, 120)) {
        const text = file.text.slice(0, cut);
        const outcome = attempt(() => parseCsvItems(text), text);
        const insideQuotes = (text.match(/"/g) ?? []).length % 2 === 1;
        if (insideQuotes) {
          expect(outcome.ok, `${file.name} cut at ${cut}`).toBe(false);
          if (!outcome.ok) expect(outcome.error.message).toMatch(/^line \d+: unclosed quote: .*cut short/);
        }
      }
    }
    expect(message(() => parseCsvItems('title,url\n"A,https://a.example/\nB,https://b.example/\n'))).toBe(
      'line 2: unclosed quote: this quoted field is never closed (the file may be cut short)',
    );
  });

  it('names the classic problems in plain words', () => {
    const backupText =
      '{"nurture":"backup","schemaVersion":1,"exportedAt":0,"stores":{"content":[],"sources":[],"prospects":[],"interactions":[],"settings":[]}}';
    const cases: [string, () => unknown, RegExp][] = [
      [
        'XML broken mid-file',
        () => parseLibraryText('<rss>\n<channel>\n<item><title>Q & A</title></item>\n</channel>\n</rss>'),
        /^line 3: not well-formed XML/,
      ],
      [
        'JSON broken mid-file',
        () => parseLibraryText('[\n{"url": "https://a.example/", "title": "A"},\n{"url" "https://b.example/"}\n]'),
        /^line 3: not valid JSON \(Expected ':' after property name\)$/,
      ],
      ['an HTML page', () => parseLibraryText('<!DOCTYPE html>\n<html><body>Hi</body></html>'), /HTML page/],
      ['a sitemap', () => parseLibraryText(BAD_FEEDS[1]!.text), /^not a feed: the root element is <urlset>/],
      ['an empty file', () => parseLibraryText(' \n'), /empty/],
      ['a CSV without url or title', () => parseLibraryText('name;notes\nA;B\n'), /needs a url or a title column; found "name", "notes"/],
      ['a stray quote in CSV', () => parseLibraryText('title,url\nSay "hi",https://a.example/\n'), /^line 2: stray quote/],
      ['a backup imported as a library file', () => parseLibraryText(backupText), /this is a Nurture backup, not a library file/],
      [
        'a PNG image',
        () => parseLibraryText(utf8(BINARY_FILES[0]!.bytes)),
        /^this is a binary file \(a PNG image\), not a feed or a library file/,
      ],
    ];
    for (const [name, run, expected] of cases) {
      const text = message(run);
      expectReadable(text);
      expect(text, name).toMatch(expected);
    }

    const refusals: [string, string, RegExp][] = [
      ['a newer backup', backupText.replace('"schemaVersion":1', '"schemaVersion":99'), /newer Nurture/],
      ['a library file', JSON.stringify({ nurture: 'library', version: 1, items: [] }), /library file, not a backup/],
      ['some other JSON', '{"hello": "world"}', /not a Nurture backup/],
      ['a feed', XML_FEEDS[0]!.text, /XML .*not a Nurture backup/],
      ['a cut-short backup', backupText.slice(0, 60), /cut short/],
      [
        'a damaged record',
        backupText.replace('"settings":[]', '"settings":[{"key":"settings","value":3}]'),
        /damaged \(stores\.settings\.0\.value: expected Object, found 3\)/,
      ],
      ['an empty file', '', /empty/],
    ];
    for (const [name, text, expected] of refusals) {
      const read = readBackup(text, DB_VERSION);
      expect(read.ok, name).toBe(false);
      if (!read.ok) {
        expectReadable(read.reason, text);
        expect(read.reason, name).toMatch(expected);
      }
    }
  });
});
