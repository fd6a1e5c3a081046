// Storage pressure: when the browser has no room left, a write fails with QuotaExceededError.
// Through the router, the user gets { code: 'storage-full' } and a plain message, and the
// database is exactly as before: no half import, no half restore, no stray log entry.
import 'fake-indexeddb/auto';
import { IDBTransaction as FakeTransaction } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { background } from './helpers/background';
import { STORAGE_FULL_MESSAGE, isStorageFull, type Sender } from '../../src/background/router';
import { RequestError } from '../../src/contract/client';
import { errorText } from '../../src/ui/labels';
import { dumpDatabase } from '../../scripts/make-db-fixture';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => `[${key}]` }, runtime: {} },
}));

const page: Sender = { kind: 'extension-page', tabId: undefined };
const linkedin: Sender = { kind: 'linkedin-content', tabId: 7 };

let n = 0;
function setup() {
  const db = createDbHandle(`nurture-quota-${++n}`);
  let clock = 1_700_000_000_000;
  const { route } = background({ db, now: () => (clock += 1000), version: '1.0.0' });
  const dump = async () => dumpDatabase(unwrap(await db()));
  return { route, dump };
}

const csv = (from: number, count: number, title = 'Item') =>
  ['Title,URL', ...Array.from({ length: count }, (_, i) => `${title} ${from + i},https://example.com/post/${from + i}`)].join('\n');

/** A database with something in every store, so "unchanged" means something. */
async function seeded() {
  const env = setup();
  const ok = async (raw: unknown, sender = page) => {
    const answer = await env.route(raw, sender);
    if (!answer.ok) throw new Error(`seeding failed: ${answer.error.message}`);
    return answer.value;
  };
  await ok({ type: 'library.importFile', payload: { fileName: 'first.csv', text: csv(0, 10) } });
  await ok({ type: 'prospects.add', payload: { profilePath: '/in/ada', name: 'Ada', headline: 'CFO', company: 'Engines' } });
  await ok({ type: 'prospects.update', payload: { id: '/in/ada', patch: { stage: 'consideration', notes: 'met at the summit' } } });
  await ok({ type: 'settings.update', payload: { settings: { repId: 'ana' } } });
  const [hit] = (
    (await ok({ type: 'library.search', payload: { text: '', limit: 1 } })) as { hits: { item: { id: string }; link: string }[] }
  ).hits;
  await ok(
    {
      type: 'share.log',
      payload: {
        contentId: hit!.item.id,
        prospectId: '/in/ada',
        channel: 'message',
        pageUrl: 'https://www.linkedin.com/messaging/thread/1/',
        link: hit!.link,
        captionIndex: null,
      },
    },
    linkedin,
  );
  return { ...env, contentId: hit!.item.id, link: hit!.link };
}

// ---- Quota exhaustion in fake-indexeddb ------------------------------------------------------
// Two ways browsers report it. Firefox fails the write request itself (the transaction then
// aborts with that error); Chrome lets the requests succeed and fails the commit (the
// transaction aborts with QuotaExceededError). Both are simulated at fake-indexeddb's level,
// below idb and below our code, by patching its internals: the raw store's storeRecord (every
// put, add and cursor update goes through it) and the transaction's _start (where it commits).

interface RawStore {
  storeRecord(record: unknown, noOverwrite: boolean, rollbackLog?: unknown[]): unknown;
}
interface TxInternals {
  _state: string;
  _rollbackLog: unknown[];
  _requests: { request: { readyState: string } }[];
  _start(): void;
  _abort(name: string | null): void;
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function rawStorePrototype(): Promise<RawStore> {
  const conn = await createDbHandle(`nurture-quota-probe-${++n}`)();
  const store = unwrap(conn).transaction('settings', 'readonly').objectStore('settings') as unknown as { _rawObjectStore: object };
  conn.close();
  return Object.getPrototypeOf(store._rawObjectStore) as RawStore;
}

type QuotaMode = 'request' | 'commit';

/** From now on, the disk fills up: after `allowed` more record writes (request mode) or at the next commit that wrote (commit mode). */
async function exhaustQuota(mode: QuotaMode, allowed = 0): Promise<{ failures: () => number }> {
  const proto = await rawStorePrototype();
  const txProto = FakeTransaction.prototype as unknown as TxInternals;
  const storeRecord = proto.storeRecord;
  const start = txProto._start;
  let writes = 0;
  let failures = 0;
  const wrote = new WeakSet<unknown[]>();
  proto.storeRecord = function (this: RawStore, record, noOverwrite, rollbackLog) {
    // Rollbacks re-store old records without a log: they must always succeed.
    if (rollbackLog) {
      if (mode === 'request' && writes++ >= allowed) {
        failures++;
        throw quotaError();
      }
      wrote.add(rollbackLog);
    }
    return storeRecord.call(this, record, noOverwrite, rollbackLog);
  };
  txProto._start = function (this: TxInternals) {
    const pending = this._requests.some(({ request }) => request.readyState !== 'done');
    if (mode === 'commit' && !pending && this._state !== 'finished' && wrote.has(this._rollbackLog)) {
      failures++;
      this._abort('QuotaExceededError');
      return;
    }
    start.call(this);
  };
  restore = () => {
    proto.storeRecord = storeRecord;
    txProto._start = start;
  };
  return { failures: () => failures };
}

const storageFull = { ok: false, error: { code: 'storage-full', message: STORAGE_FULL_MESSAGE } };

describe.each<[QuotaMode, number]>([
  ['request', 0],
  ['request', 3],
  ['commit', 0],
])('a full disk (%s fails after %i writes)', (mode, allowed) => {
  it('a library import: storage-full, and the library is as before', async () => {
    const { route, dump } = await seeded();
    const before = await dump();
    const quota = await exhaustQuota(mode, allowed);
    // New items and updated ones (the first ten again, renamed): all in one transaction.
    const answer = await route({ type: 'library.importFile', payload: { fileName: 'second.csv', text: csv(5, 20, 'Renamed') } }, page);
    expect(quota.failures()).toBeGreaterThan(0);
    restore?.();
    expect(answer).toEqual(storageFull);
    expect(await dump()).toEqual(before);
  });

  it.each(['merge', 'replace'] as const)('a backup restore (%s): storage-full, and every store is as before', async (restoreMode) => {
    const { route, dump } = await seeded();
    const backup = await route({ type: 'backup.export', payload: {} }, page);
    if (!backup.ok) throw new Error(backup.error.message);
    const { text } = backup.value as { text: string };
    // Change things after the backup, so a restore would have something to write.
    await route({ type: 'prospects.add', payload: { profilePath: '/in/grace', name: 'Grace', headline: '', company: '' } }, page);
    await route({ type: 'library.importFile', payload: { fileName: 'third.csv', text: csv(100, 5) } }, page);
    const before = await dump();
    const quota = await exhaustQuota(mode, allowed);
    const answer = await route({ type: 'backup.import', payload: { text, mode: restoreMode } }, page);
    expect(quota.failures()).toBeGreaterThan(0);
    restore?.();
    expect(answer).toEqual(storageFull);
    expect(await dump()).toEqual(before);
  });

  it('a share logged from LinkedIn: storage-full, and no log entry', async () => {
    const { route, dump, contentId, link } = await seeded();
    const before = await dump();
    const quota = await exhaustQuota(mode, Math.min(allowed, 0));
    const answer = await route(
      {
        type: 'share.log',
        payload: {
          contentId,
          prospectId: '/in/ada',
          channel: 'message',
          pageUrl: 'https://www.linkedin.com/messaging/thread/1/',
          link,
          captionIndex: 0,
        },
      },
      linkedin,
    );
    expect(quota.failures()).toBeGreaterThan(0);
    restore?.();
    expect(answer).toEqual(storageFull);
    expect(await dump()).toEqual(before);
  });

  it('a settings update: storage-full, and the settings are as before', async () => {
    const { route, dump } = await seeded();
    const before = await dump();
    const quota = await exhaustQuota(mode, Math.min(allowed, 0));
    const answer = await route({ type: 'settings.update', payload: { settings: { repId: 'bob', campaign: 'q3' } } }, page);
    expect(quota.failures()).toBeGreaterThan(0);
    restore?.();
    expect(answer).toEqual(storageFull);
    expect(await dump()).toEqual(before);
    expect(await route({ type: 'settings.get', payload: {} }, page)).toMatchObject({ ok: true, value: { repId: 'ana' } });
  });
});

describe('recognising a full disk', () => {
  it('by name, on the error or anywhere in its cause chain, and nothing else', () => {
    expect(isStorageFull(quotaError())).toBe(true);
    expect(isStorageFull(new Error('Nothing was restored: quota', { cause: quotaError() }))).toBe(true);
    expect(isStorageFull(new DOMException('', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isStorageFull(new DOMException('', 'ConstraintError'))).toBe(false);
    expect(isStorageFull(new Error('QuotaExceededError'))).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
    const cyclic: { name: string; cause?: unknown } = { name: 'Error' };
    cyclic.cause = cyclic;
    expect(isStorageFull(cyclic)).toBe(false);
  });

  it('other failures keep their own message', async () => {
    const { route } = await seeded();
    const answer = await route({ type: 'library.update', payload: { id: 'no-such-item', patch: { title: 'x' } } }, page);
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('the pages show a translated sentence per code, never the English message', () => {
    expect(errorText(new RequestError('storage-full', STORAGE_FULL_MESSAGE))).toBe('[storageFull]');
    // Every code has its sentence in the user's language; the background's English stays out.
    expect(errorText(new RequestError('failed', 'this item no longer exists'))).toBe('[error_failed]');
    expect(errorText(new RequestError('malformed', 'payload.id: expected a string'))).toBe('[error_malformed]');
    expect(errorText(new RequestError('no-answer', 'No answer from the background to app.ping'))).toBe('[error_no_answer]');
  });
});
