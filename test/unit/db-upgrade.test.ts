// Upgrades: every database an earlier version of Nurture created (test/fixtures/db/v*.json,
// made by that version's real code) opens with the current code, reaches the current schema
// and keeps every record. And nothing can hold an upgrade back forever.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, createDbHandle, runMigrations, type NurtureSchema } from '../../src/background/db';
import { createActivity } from '../../src/background/activity';
import { readPolicy } from '../../src/background/managed';
import { readOnboarding } from '../../src/background/onboarding/service';
import { createProspects } from '../../src/background/prospects';
import { readSettings } from '../../src/background/settings';
import { createTeam } from '../../src/background/team/service';
import { dumpDatabase, fixtureReviver, makeDbFixture, type DbDump, type DbFixture } from '../../scripts/make-db-fixture';

const FIXTURES = 'test/fixtures/db';

const fixtures: DbFixture[] = readdirSync(FIXTURES)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'), fixtureReviver) as DbFixture)
  .sort((a, b) => a.version - b.version);

/**
 * The records migration 4 -> 5 moves, each to a store of its own under the same key (issue 29:
 * one record type per store): [from, to, key], as schema 4 kept them.
 */
const MOVED_AT_5 = [
  ['settings', 'onboarding', 'onboarding'],
  ['settings', 'team-identity', 'team-stats'],
  ['settings', 'replies-seen', 'replies-seen'],
  ['settings', 'managed-policy', 'managed-policy'],
  ['insight-weeks', 'insight-meta', 'meta'],
] as const;

function moveRecords(records: DbDump['records'], moves: readonly (readonly [string, string, string])[]): DbDump['records'] {
  const out = { ...records };
  for (const [from, to, key] of moves) {
    out[to] = (records[from] ?? []).filter((record) => record.key === key);
    const left = out[from];
    if (left) out[from] = left.filter((record) => record.key !== key);
  }
  return out;
}

/**
 * Record transforms the migrations perform, by the version they lead to. A migration that only
 * changes the schema has none; one that rewrites records adds its expected effect here (and says
 * why in its comment), so "intact" stays checked for everything else.
 */
const EXPECTED_TRANSFORMS: Partial<Record<number, (records: DbDump['records']) => DbDump['records']>> = {
  // 4 -> 5: this device's records leave the settings store, the summary's state 'insight-weeks'.
  5: (records) => moveRecords(records, MOVED_AT_5),
};

let n = 0;
const freshName = () => `nurture-upgrade-${++n}`;

const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });

/** The database as the fixture's version left it: built from the recorded schema, not from today's code. */
async function buildFromFixture(name: string, fixture: DbFixture): Promise<void> {
  const open = indexedDB.open(name, fixture.version);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const store of fixture.schema) {
      const created = db.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
      for (const index of store.indexes)
        created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  const db = await settle(open);
  const names = fixture.schema.map((store) => store.name);
  const tx = db.transaction(names, 'readwrite');
  for (const store of fixture.schema) {
    for (const { key, value } of fixture.records[store.name] ?? []) {
      // In-line keys are part of the value; out-of-line ones (settings) are given.
      if (store.keyPath === null) tx.objectStore(store.name).put(value, key);
      else tx.objectStore(store.name).put(value);
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the fixture could not be written'));
  });
  db.close();
}

async function freshSchema() {
  const conn = await createDbHandle(freshName())();
  const { schema } = await dumpDatabase(unwrap(conn));
  conn.close();
  return schema;
}

/** A few turns of fake-indexeddb's task queue (it schedules with setImmediate): no clock involved. */
async function macrotasks(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('database fixtures', () => {
  it('exist for every schema version from 1 to DB_VERSION, each made by the generator', () => {
    // Adding migration N without keeping the fixture of N - 1 (and adding N's) fails here.
    expect(fixtures.map((fixture) => fixture.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    for (const fixture of fixtures) {
      expect(fixture.format).toBe('nurture-db-fixture');
      expect(fixture.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A fixture with empty stores would prove nothing about records.
      for (const store of fixture.schema)
        expect(fixture.records[store.name]?.length, `v${fixture.version} ${store.name}`).toBeGreaterThan(0);
    }
  });

  it('the generator still runs with the current code, so the next version can keep its fixture', async () => {
    const made = await makeDbFixture();
    expect(made.version).toBe(DB_VERSION);
    expect(made.schema).toEqual(fixtures.at(-1)?.schema);
    for (const store of made.schema) expect(made.records[store.name]?.length, store.name).toBeGreaterThan(0);
  });

  it('the first N migrations still build exactly the schema of vN (migrations are appended, never edited)', async () => {
    for (const fixture of fixtures) {
      const db = await openDB<NurtureSchema>(freshName(), fixture.version, {
        upgrade: (conn, oldVersion, _newVersion, tx) => runMigrations(conn, tx, oldVersion, fixture.version),
      });
      const { schema } = await dumpDatabase(unwrap(db));
      db.close();
      expect(schema, `v${fixture.version}`).toEqual(fixture.schema);
    }
  });
});

describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('a database made by schema v%i', (_version, fixture) => {
  it('upgrades to the schema of a fresh database with every record intact', async () => {
    const name = freshName();
    await buildFromFixture(name, fixture);

    const conn = await createDbHandle(name)();
    expect(conn.version).toBe(DB_VERSION);
    const upgraded = await dumpDatabase(unwrap(conn));
    conn.close();

    expect(upgraded.schema).toEqual(await freshSchema());
    let expected = fixture.records;
    for (let version = fixture.version + 1; version <= DB_VERSION; version++)
      expected = EXPECTED_TRANSFORMS[version]?.(expected) ?? expected;
    // Store by store, so a failure names the store that lost or changed something.
    for (const store of Object.keys(expected)) expect(upgraded.records[store], store).toEqual(expected[store]);
    expect(Object.keys(upgraded.records).sort()).toEqual(upgraded.schema.map((store) => store.name));
  });

  it('serves the current code afterwards: a new log entry takes a fresh id', async () => {
    const name = freshName();
    await buildFromFixture(name, fixture);
    const db = createDbHandle(name);
    const { id } = await createActivity({ db, now: () => Date.UTC(2030, 0, 1) }).add({
      kind: 'note',
      prospectId: null,
      note: 'after the upgrade',
    });
    const oldIds = (fixture.records['interactions'] ?? []).map((record) => Number(record.key));
    expect(id).toBeGreaterThan(Math.max(0, ...oldIds));
    (await db()).close();
  });
});

describe('migration 4 -> 5: one record type per store', () => {
  // The fixtures of v1 to v4 hold no device record (their generator made none): this v4 database
  // holds them where schema 4 kept them, beside the settings record.
  const SEEN_AT = Date.UTC(2025, 0, 8);
  const INSTALL_ID = '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f';
  const device = {
    onboarding: { examplesKept: true, dismissed: true },
    'team-stats': { installId: INSTALL_ID, exports: 3 },
    'replies-seen': { at: SEEN_AT },
    'managed-policy': {
      managed: true,
      librarySources: [],
      utm: { campaign: 'q1-team' },
      lockedSettings: ['quietMode'],
      settings: {},
      problems: [],
    },
  };

  async function upgradedV4() {
    const v4 = fixtures.find((fixture) => fixture.version === 4);
    if (!v4) throw new Error('no v4 fixture');
    const settings = [...(v4.records['settings'] ?? []), ...Object.entries(device).map(([key, value]) => ({ key, value }))];
    const name = freshName();
    await buildFromFixture(name, { ...v4, records: { ...v4.records, settings } });
    const db = createDbHandle(name);
    return { db, conn: await db(), v4 };
  }

  it("moves the first run's choices, the team identity, the replies-seen time and the policy to their stores", async () => {
    const { conn } = await upgradedV4();
    expect(await conn.getAllKeys('settings')).toEqual(['user']);
    expect(await conn.getAll('onboarding')).toEqual([device.onboarding]);
    expect(await conn.getAll('team-identity')).toEqual([device['team-stats']]);
    expect(await conn.getAll('replies-seen')).toEqual([device['replies-seen']]);
    expect(await conn.getAll('managed-policy')).toEqual([device['managed-policy']]);
    conn.close();
  });

  it("moves the summary's state out of the week records", async () => {
    const { conn, v4 } = await upgradedV4();
    const meta = v4.records['insight-weeks']?.find((record) => record.key === 'meta');
    expect(meta).toBeDefined();
    expect(await conn.getAllKeys('insight-meta')).toEqual(['meta']);
    expect(await conn.get('insight-meta', 'meta')).toEqual(meta?.value);
    expect(await conn.getAllKeys('insight-weeks')).not.toContain('meta');
    conn.close();
  });

  it('leaves every moved record read by the services as before', async () => {
    const { db, conn } = await upgradedV4();
    const now = () => Date.UTC(2030, 0, 1);
    expect(await readOnboarding(conn)).toMatchObject({ examplesKept: true, dismissed: true });
    expect(await readPolicy(conn)).toMatchObject({ managed: true, lockedSettings: ['quietMode'] });
    // The policy still governs the settings in force, read with the settings record.
    expect(await readSettings(conn)).toMatchObject({ campaign: 'q1-team', repId: 'ana' });
    expect(await createProspects({ db, now }).repliesSeenAt()).toBe(SEEN_AT);
    const team = createTeam({ db, now, randomId: () => 'a new id would mean a lost identity' });
    expect(await team.exportStats(null, undefined)).toMatchObject({ installId: INSTALL_ID, exportNumber: 4 });
    conn.close();
  });
});

describe('an upgrade by a newer version', () => {
  it('is not blocked by a connection the background holds open: it closes at once', async () => {
    const name = freshName();
    const handle = createDbHandle(name);
    const old = await handle();

    let blocked = 0;
    let onBlocked = () => {};
    const blockedSeen = new Promise<void>((resolve) => (onBlocked = resolve));
    const newer = openDB(name, DB_VERSION + 1, {
      blocked: () => {
        blocked++;
        onBlocked();
      },
    });
    // Without the `blocking` handler the open waits for ever; the race ends a few database
    // tasks after the `blocked` event instead (no clock involved).
    const stuck = blockedSeen.then(() => macrotasks(10)).then(() => 'still blocked' as const);
    const winner = await Promise.race([newer.then(() => 'opened' as const), stuck]);

    if (winner !== 'opened') old.close(); // let the pending open finish, so nothing leaks into other tests
    const conn = await newer;
    conn.close();
    expect(winner).toBe('opened');
    expect(blocked).toBe(0);
    expect(conn.version).toBe(DB_VERSION + 1);
    // The old connection is closed: it can no longer start a transaction.
    expect(() => old.transaction('settings')).toThrow();
  });
});

describe('who opens IndexedDB', () => {
  // Only the background holds a connection: extension pages (a dashboard tab left open) and
  // content scripts go through messages, so none of them can hold an upgrade back.
  const sourceFiles = (dir: string): string[] =>
    /\.tsx?$/.test(dir)
      ? [dir]
      : readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
        );

  it('no page, content script or shared module touches indexedDB, idb or the db module', () => {
    const files = [
      'src/popup',
      'src/dashboard',
      'src/content',
      'src/ui',
      'src/contract',
      'src/domain',
      'src/i18n',
      'src/platform',
      'src/features/popup-cache/popup.ts',
      'src/features/log-export/page-stream.ts',
      'src/features/log-export/page-cache.ts',
    ].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((file) =>
      /\bindexedDB\b|\bopenDB\b|from ['"]idb['"]|background\/db['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
