// Makes test/fixtures/db/v<DB_VERSION>.json: a database built by THIS version's real code
// (createDbHandle and the real services on fake-indexeddb), dumped whole: its schema and every
// record. test/unit/db-upgrade.test.ts rebuilds each fixture from its recorded schema and opens
// it with the current code, so every later migration is proven against data an older version
// really wrote.
//
// Run: node scripts/make-db-fixture.run.mjs   (it loads this file through vite's module runner)
//
// Fixtures are append-only: the script refuses to overwrite one. When you add migration N:
//   - v(N-1).json must already be in the repo, made by the code of version N-1. If it is missing,
//     first run this generator at the commit before your migration (a `git worktree` of it), to
//     keep v(N-1): never make it with the new code, that would only prove the new code agrees
//     with itself;
//   - then, with your migration in place, run it again to add vN.json (the next migration's
//     starting point). The upgrade test fails while a version 1..DB_VERSION has no fixture.
// Make the data richer here when a new feature stores new shapes: it applies from the next version.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { unwrap } from 'idb';
import { DB_VERSION, createDbHandle } from '../src/background/db';
import { createLibrary } from '../src/background/library';
import { createProspects } from '../src/background/prospects';
import { createSharing } from '../src/background/sharing';
import { createActivity } from '../src/background/activity';
import { readSettings, updateSettings } from '../src/background/settings';
import { createClicks } from '../src/background/clicks';
import { chooseOnboarding } from '../src/background/onboarding/service';
import { createTeam } from '../src/background/team/service';
import { createPolicy } from '../src/background/managed';
import { tokenInLink } from '../src/domain/analytics/clicks';
import { contentSlug } from '../src/domain/library/urls';

export interface IndexSchema {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreSchema {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSchema[];
}

/** A record with its primary key (out-of-line keys, as in the one-record stores, are not in the value). */
export interface StoredRecord {
  key: IDBValidKey;
  value: unknown;
}

export interface DbDump {
  schema: StoreSchema[];
  records: Record<string, StoredRecord[]>;
}

export interface DbFixture extends DbDump {
  format: 'nurture-db-fixture';
  version: number;
  /** The day it was made (yyyy-mm-dd). */
  generatedAt: string;
  note: string;
}

/**
 * The fixture's JSON: a Map (the insights summary keeps its keyed figures in Maps, since the keys
 * are data) is written as {"$map": [[key, value], ...]} and read back as a Map.
 */
export const fixtureReplacer = (_key: string, value: unknown): unknown => (value instanceof Map ? { $map: [...value] } : value);
export function fixtureReviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  const [only] = entries;
  return entries.length === 1 && only?.[0] === '$map' && Array.isArray(only[1]) ? new Map(only[1] as [unknown, unknown][]) : value;
}

const keyPathOf = (keyPath: string | string[] | null): string | string[] | null => (Array.isArray(keyPath) ? [...keyPath] : keyPath);

/** Every store with its key path, key generator and indexes, sorted by name (IndexedDB's own order). */
export function readSchema(tx: IDBTransaction): StoreSchema[] {
  return [...tx.objectStoreNames].sort().map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: keyPathOf(store.keyPath),
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].sort().map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: keyPathOf(index.keyPath) ?? '', unique: index.unique, multiEntry: index.multiEntry };
      }),
    };
  });
}

const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolvePromise, reject) => {
    request.onsuccess = () => resolvePromise(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });

/** The schema and every record of every store, in key order, read in one transaction. */
export async function dumpDatabase(db: IDBDatabase): Promise<DbDump> {
  const names = [...db.objectStoreNames].sort();
  if (names.length === 0) return { schema: [], records: {} };
  const tx = db.transaction(names, 'readonly');
  const schema = readSchema(tx);
  const records: Record<string, StoredRecord[]> = {};
  await Promise.all(
    names.map(async (name) => {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([settle(store.getAllKeys()), settle(store.getAll())]);
      records[name] = keys.map((key, i) => ({ key, value: values[i] }));
    }),
  );
  return { schema, records };
}

const FEED = 'test/fixtures/feeds/jsonfeed.json';
const CSV = 'test/fixtures/csv/library-en.csv';

/**
 * A small but complete life: imports, a tracked prospect moved along, shares, replies, notes,
 * settings, and this device's records. Invented people only (from schema 5: v1 to v4 named
 * historical figures, and stay as they were made).
 */
export async function makeDbFixture(root = process.cwd()): Promise<DbFixture> {
  const name = `nurture-fixture-${Date.now()}`;
  const db = createDbHandle(name);
  // A clock that moves a minute per reading, from a fixed start: distinct, reproducible times.
  let clock = Date.UTC(2025, 0, 6, 9, 0, 0);
  const now = () => (clock += 60_000);
  const library = createLibrary({
    db,
    now,
    fetch: async () => new Response('', { status: 404 }),
    canFetch: async () => false,
    settings: async () => readSettings(await db()),
    defaultLanguage: 'en',
  });
  const prospects = createProspects({ db, now });
  const sharing = createSharing({ db, now });
  const activity = createActivity({ db, now });

  await updateSettings(await db(), { repId: 'ana', campaign: 'q1-cfo', keepReplyText: true, csvSeparator: ';' });
  const feed = await library.importFile('jsonfeed.json', readFileSync(resolve(root, FEED), 'utf8'));
  const csv = await library.importFile('library-en.csv', readFileSync(resolve(root, CSV), 'utf8'));
  if (feed.error || csv.error || feed.added === 0 || csv.added === 0)
    throw new Error(`the fixture imports failed: ${feed.error ?? csv.error ?? 'nothing added'}`);
  const [first, second] = (await library.search({ text: '', limit: 2 })).hits.map((hit) => hit.item);
  if (!first || !second) throw new Error('the library has fewer than two items');
  await library.update(first.id, { summary: 'Edited by hand: imports keep this.', personas: ['CFO'] });

  await prospects.add({
    profilePath: '/in/ada-sample',
    name: 'Ada Sample',
    headline: 'CFO at Example Analytics',
    company: 'Example Analytics',
  });
  await prospects.add({
    profilePath: '/in/carl-example',
    name: 'Carl Example',
    headline: 'Founder',
    company: 'Sample Ltd',
    memberId: 'ACoAAB1234567890abcdef',
  });
  await prospects.update('/in/ada-sample', {
    stage: 'consideration',
    persona: 'CFO',
    tags: ['q1', 'warm'],
    notes: 'Met at the fintech summit.',
    nextFollowUp: Date.UTC(2025, 0, 20),
  });

  const share = await sharing.prepare(first.id);
  await sharing.log({
    contentId: first.id,
    prospectId: '/in/ada-sample',
    channel: 'message',
    pageUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
    link: share.link,
    captionIndex: share.captionIndex,
  });
  await sharing.confirmSent('/in/ada-sample', [share.link]);
  await sharing.log({
    contentId: second.id,
    prospectId: null,
    channel: 'post',
    pageUrl: 'https://www.linkedin.com/feed/',
    link: (await sharing.prepare(second.id)).link,
    captionIndex: null,
  });
  await prospects.recordReplies(
    '/in/ada-sample',
    [{ externalId: 'urn:li:msg:fixture-1', text: 'Thanks, very useful!' }],
    'https://www.linkedin.com/messaging/thread/2-abc/',
  );
  await activity.add({ kind: 'call', prospectId: '/in/ada-sample', note: 'Intro call: budget in Q2.' });
  await activity.add({ kind: 'note', prospectId: null, note: 'Team meeting: focus on CFOs.' });
  // Builds the insights summary (from schema 3): its week records and parts are in the fixture too.
  await activity.insights('all');
  // Clicks (from schema 4): a share with its own click token, and an analytics import counting it and an item.
  await updateSettings(await db(), { clickTokens: true });
  const tokened = await sharing.prepare(second.id, 'message', { prospectId: '/in/ada-sample' });
  await sharing.log({
    contentId: second.id,
    prospectId: '/in/ada-sample',
    channel: 'message',
    pageUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
    link: tokened.link,
    captionIndex: tokened.captionIndex,
  });
  const token = tokenInLink(tokened.link);
  if (token === null) throw new Error('the per-person share carries no click token');
  const export_ = `# Start date: 20250101\n# End date: 20250131\nSession manual ad content,Sessions\n${contentSlug(first.url, first.id)},7\n${token},2\n(not set),40\n`;
  await createClicks({ db, now }).import(export_, {});
  // This device's records (each in a store of its own from schema 5): the first run's choices,
  // the team identity of an export, the replies looked at, and a company policy in force.
  await chooseOnboarding(await db(), { examplesKept: true });
  await createTeam({ db, now, randomId: () => '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f' }).exportStats(4, 'Team North');
  await prospects.markRepliesSeen();
  const area = { get: async () => ({ utm: { campaign: 'q1-team' }, lockedSettings: ['quietMode'] }) };
  await createPolicy({ db, library, area, changed: () => {} }).apply();

  const conn = await db();
  const dump = await dumpDatabase(unwrap(conn));
  conn.close();
  // JSON must hold every value exactly, or the fixture would not be what the code stored.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(dump, fixtureReplacer), fixtureReviver), dump))
    throw new Error('a stored value does not survive JSON: extend the fixture format');
  return {
    format: 'nurture-db-fixture',
    version: DB_VERSION,
    generatedAt: new Date().toISOString().slice(0, 10),
    note: 'Made by scripts/make-db-fixture.ts with the code of this schema version. Append-only: never edit or regenerate.',
    ...dump,
  };
}

export const fixturePath = (root: string, version: number) => resolve(root, `test/fixtures/db/v${version}.json`);

/** Writes the current version's fixture; never overwrites one (fixtures are append-only). */
export async function writeDbFixture(root = process.cwd()): Promise<string> {
  const path = fixturePath(root, DB_VERSION);
  if (existsSync(path)) throw new Error(`${path} exists: fixtures are append-only (delete it only if it was never committed)`);
  writeFileSync(path, `${JSON.stringify(await makeDbFixture(root), fixtureReplacer, 1)}\n`);
  return path;
}
