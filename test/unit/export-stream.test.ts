// The streamed CSV export: the batching (cursor past ties), the page's assembly of parts and
// chunks, and the whole stream between the dashboard's client and the background over a port
// that behaves like Chrome's (JSON-copied messages, disconnection heard by the other end),
// checked row for row against the file the rows writer and the CSV writer make in chunks of
// another size (test/unit/helpers/export-csv.ts), cut and resumed.
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { nextCursor, pastCursor } from '../../src/background/activity/export-rows';
import { EXPORT_BATCH, type StreamPort } from '../../src/features/log-export/worker-stream';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { createExportAssembly } from '../../src/dashboard/export-assembly';
import type { ExportChunkStore } from '../../src/features/log-export/worker-cache';
import type { TakeChunk } from '../../src/features/log-export/page-cache';
import { streamLogCsv, type PagePort } from '../../src/features/log-export/page-stream';
import type { LogFilter } from '../../src/contract/index';
import { EXPORT_PORT, EXPORT_WINDOW, type ExportServerMessage } from '../../src/features/log-export/protocol';
import type { Interaction } from '../../src/domain/model';
import { makeLog } from '../data/realistic';
import { background } from './helpers/background';
import { csvFromRows } from './helpers/export-csv';

// The client's default port is the browser's; every test here gives its own.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const entry = (id: number, at: number): Interaction => ({
  id,
  at,
  kind: 'note',
  prospectId: null,
  contentId: null,
  channel: 'other',
  url: null,
  externalId: null,
  note: '',
});

describe('batches of the log', () => {
  it('skip the entries of the cursor’s instant up to its id, and only those', () => {
    const raw = [entry(3, 10), entry(5, 10), entry(9, 10), entry(1, 11)];
    expect(pastCursor(raw, { at: 10, id: 5 }).map((e) => e.id)).toEqual([9, 1]);
    expect(pastCursor(raw, null)).toBe(raw);
    expect(pastCursor([entry(1, 11)], { at: 11, id: 1 })).toEqual([]);
  });

  it('go on after the last entry only while the store filled the batch', () => {
    expect(nextCursor([entry(3, 10), entry(4, 12)], true)).toEqual({ at: 12, id: 4 });
    expect(nextCursor([entry(3, 10), entry(4, 12)], false)).toBeNull();
    expect(nextCursor([], true)).toBeNull();
  });
});

describe('the page’s assembly of a streamed file', () => {
  it('keeps the chunks in order with the cursor of the last, and takes nothing after the last', async () => {
    const assembly = createExportAssembly();
    expect(assembly.resumeAfter()).toBeNull();
    expect(assembly.chunk('h\r\na\r\n', { at: 1, id: 1 })).toBe(false);
    expect(assembly.resumeAfter()).toEqual({ at: 1, id: 1 });
    expect(() => assembly.file('text/csv')).toThrow();
    expect(assembly.chunk('b\r\n', { at: 2, id: 7 })).toBe(false);
    expect(assembly.chunk('c\r\n', null)).toBe(true);
    expect(assembly.complete()).toBe(true);
    expect(assembly.chunks()).toBe(3);
    expect(await assembly.file('text/csv').text()).toBe('h\r\na\r\nb\r\nc\r\n');
    expect(() => assembly.chunk('more', null)).toThrow();
  });
});

/** Two ends of a port, like Chrome's: messages copied as JSON and delivered later; a disconnection is heard by the other end only. */
function portPair(options: { cutAfter?: number } = {}) {
  const pageHeard: ((message: unknown) => void)[] = [];
  const pageDropped: (() => void)[] = [];
  const backgroundHeard: ((message: unknown) => void)[] = [];
  const backgroundDropped: (() => void)[] = [];
  let open = true;
  const posted: ExportServerMessage[] = [];
  let acks = 0;
  const deliver = (to: ((message: unknown) => void)[], message: unknown) => {
    if (!open) return;
    const copy: unknown = JSON.parse(JSON.stringify(message));
    // What was posted before a disconnection still arrives, before it.
    setTimeout(() => to.forEach((listener) => listener(copy)), 0);
  };
  const drop = (to: (() => void)[]) => {
    if (!open) return;
    open = false;
    setTimeout(() => to.forEach((listener) => listener()), 0);
  };
  const page: PagePort = {
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      if (message.type === 'ack') acks++;
      deliver(backgroundHeard, message);
    },
    onMessage: { addListener: (listener) => void pageHeard.push(listener) },
    onDisconnect: { addListener: (listener) => void pageDropped.push(listener) },
    disconnect: () => drop(backgroundDropped),
  };
  const server: StreamPort = {
    post(message) {
      if (!open) return;
      posted.push(message);
      deliver(pageHeard, message);
      // The worker stopped: both ends hear it.
      if (options.cutAfter !== undefined && posted.length === options.cutAfter) stop();
    },
    onMessage: (listener) => void backgroundHeard.push(listener),
    onDisconnect: (listener) => void backgroundDropped.push(listener),
    disconnect: () => drop(pageDropped),
  };
  /** The worker stops before posting anything. */
  const stop = () => {
    drop(pageDropped);
    setTimeout(() => backgroundDropped.forEach((listener) => listener()), 0);
  };
  return { page, server, posted, acks: () => acks, stop };
}

const page: Sender = { kind: 'extension-page', tabId: undefined };
let n = 0;
/** An export cache in memory, both ends: what the worker stores and the page takes. */
function memoryCache(options: { refusePut?: number; loseTake?: number } = {}) {
  const entries = new Map<string, string>();
  let puts = 0;
  let takes = 0;
  const store: ExportChunkStore = {
    async put(key, text) {
      if (++puts === options.refusePut) throw new Error('QuotaExceededError');
      entries.set(key, text);
    },
    async remove(keys) {
      for (const key of keys) entries.delete(key);
    },
  };
  const take: TakeChunk = async (key) => {
    const text = entries.get(key);
    entries.delete(key);
    if (++takes === options.loseTake || text === undefined) throw new Error('missing');
    return new Blob([text]);
  };
  return { store, take, entries };
}

async function setup(entries: number, cache: ReturnType<typeof memoryCache> | null = null) {
  const db = createDbHandle(`nurture-export-stream-${++n}`);
  const now = Date.UTC(2026, 10, 22);
  const { connect } = background({ db, now: () => now, exportCache: cache?.store ?? null });
  const log = makeLog(300, entries, now);
  const conn = await db();
  const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
  for (const prospect of log.prospects) void tx.objectStore('prospects').put(prospect);
  // Ties: many entries at one instant, across a batch boundary.
  for (const [i, record] of log.interactions.entries())
    void tx.objectStore('interactions').put(i >= EXPORT_BATCH - 20 && i < EXPORT_BATCH + 20 ? { ...record, at: now - 1 } : record);
  await tx.done;
  /** The file from the rows writer, 2,000 rows at a time: not the stream's batches, nor its code. */
  const chunked = (filter: LogFilter) => csvFromRows(db, filter, { limit: 2000 });
  /** Streams through a new port pair each time the client connects. */
  const stream = async (filter: LogFilter, cuts: number[] = []) => {
    const pairs: ReturnType<typeof portPair>[] = [];
    const result = await streamLogCsv(
      filter,
      () => {
        const cutAfter = cuts[pairs.length];
        const pair = portPair(cutAfter === undefined ? {} : { cutAfter });
        pairs.push(pair);
        expect(connect(EXPORT_PORT, page, pair.server)).toBe(true);
        if (cutAfter === 0) pair.stop();
        return pair.page;
      },
      cache?.take ?? null,
    );
    return { ...result, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await result.file.arrayBuffer()), pairs };
  };
  return { chunked, stream, connect };
}

describe('the streamed export', () => {
  it('writes the same file as the rows writer in chunks of another size, one chunk per batch', async () => {
    const { chunked, stream } = await setup(2 * EXPORT_BATCH + 700);
    const expected = await chunked({});
    const { text, rows, timings, pairs, file } = await stream({});
    expect(text).toBe(expected);
    expect(text.split('\r\n')).toHaveLength(2 * EXPORT_BATCH + 700 + 2);
    expect(rows).toBe(2 * EXPORT_BATCH + 700);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(timings?.totalMs).toBeGreaterThan(0);
    expect(pairs[0]!.posted.map((message) => message.type)).toEqual(['chunk', 'chunk', 'chunk', 'done']);
  }, 60_000);

  it('keeps the filters of the rows writer', async () => {
    const { chunked, stream } = await setup(EXPORT_BATCH + 100);
    for (const filter of [
      { kind: 'replied' },
      { stage: 'evaluation' },
      { prospectId: '/in/member-7' },
      { from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 8, 1) },
    ] as LogFilter[]) {
      const expected = await chunked(filter);
      expect((await stream(filter)).text, JSON.stringify(filter)).toBe(expected);
    }
  }, 60_000);

  it('resumes after the last chunk stored when the worker stops between chunks, before the first, or after the last', async () => {
    const { chunked, stream } = await setup(2 * EXPORT_BATCH + 300);
    const expected = await chunked({});
    // After the first chunk; then at once on the next connection (no progress); then after a chunk again.
    const cut = await stream({}, [1, 0, 1]);
    expect(cut.text).toBe(expected);
    expect(cut.pairs).toHaveLength(4);
    // Cut right after the very last chunk, before done: the file is whole.
    const late = await stream({}, [3]);
    expect(late.text).toBe(expected);
    expect(late.rows).toBeNull();
  }, 60_000);

  it('gives up after three cuts in a row without a chunk', async () => {
    const { stream } = await setup(100);
    await expect(stream({}, [0, 0, 0])).rejects.toThrow(/interrupted/);
  });

  it(`sends at most ${EXPORT_WINDOW} chunks ahead of the page’s acknowledgements`, async () => {
    const { connect } = await setup(4 * EXPORT_BATCH);
    const pair = portPair();
    connect(EXPORT_PORT, page, pair.server);
    pair.page.postMessage({ type: 'start', filter: {}, after: null });
    const chunks = () => pair.posted.filter((message) => message.type === 'chunk').length;
    await expect.poll(chunks, { timeout: 10_000 }).toBe(EXPORT_WINDOW);
    // And no more while the page says nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(chunks()).toBe(EXPORT_WINDOW);
    pair.page.postMessage({ type: 'ack' });
    await expect.poll(chunks, { timeout: 10_000 }).toBe(EXPORT_WINDOW + 1);
    pair.page.disconnect();
  }, 30_000);

  it('is served only to our extension pages on its own port, and refuses a malformed message', async () => {
    const { connect } = await setup(10);
    const pair = portPair();
    expect(connect(EXPORT_PORT, { kind: 'linkedin-content', tabId: 3 }, pair.server)).toBe(false);
    expect(connect(EXPORT_PORT, null, pair.server)).toBe(false);
    expect(connect('something.else', page, pair.server)).toBe(false);
    expect(connect(EXPORT_PORT, page, pair.server)).toBe(true);
    const dropped = new Promise<void>((resolve) => pair.page.onDisconnect.addListener(resolve));
    pair.page.postMessage({ type: 'start', filter: { kind: 'nonsense' }, after: null } as never);
    await dropped;
    expect(pair.posted).toEqual([{ type: 'failed', message: 'malformed export message' }]);
  });

  describe('through the export cache', () => {
    it('hands every chunk over in the cache, not the port, and leaves the cache empty', async () => {
      const cache = memoryCache();
      const { chunked, stream } = await setup(2 * EXPORT_BATCH + 700, cache);
      const expected = await chunked({});
      const { text, rows, pairs } = await stream({});
      expect(text).toBe(expected);
      expect(rows).toBe(2 * EXPORT_BATCH + 700);
      expect(pairs[0]!.posted.map((message) => message.type)).toEqual(['stored', 'stored', 'stored', 'done']);
      expect(cache.entries.size).toBe(0);
    }, 60_000);

    it('sends the rest as text when the cache refuses a chunk', async () => {
      const cache = memoryCache({ refusePut: 2 });
      const { chunked, stream } = await setup(2 * EXPORT_BATCH + 700, cache);
      const { text, pairs } = await stream({});
      expect(text).toBe(await chunked({}));
      expect(pairs[0]!.posted.map((message) => message.type)).toEqual(['stored', 'chunk', 'chunk', 'done']);
      expect(cache.entries.size).toBe(0);
    }, 60_000);

    it('asks again, as text, from the last chunk stored when the page cannot take a chunk, and the worker deletes what the page left', async () => {
      const cache = memoryCache({ loseTake: 2 });
      const { chunked, stream } = await setup(3 * EXPORT_BATCH + 700, cache);
      const { text, pairs } = await stream({});
      expect(text).toBe(await chunked({}));
      expect(pairs).toHaveLength(2);
      expect(pairs[1]!.posted.map((message) => message.type)).toEqual(['chunk', 'chunk', 'chunk', 'done']);
      await expect.poll(() => cache.entries.size).toBe(0);
    }, 60_000);

    it('resumes after a stopped worker with every row once', async () => {
      const cache = memoryCache();
      const { chunked, stream } = await setup(2 * EXPORT_BATCH + 300, cache);
      const cut = await stream({}, [1, 0, 1]);
      expect(cut.text).toBe(await chunked({}));
      expect(cache.entries.size).toBe(0);
    }, 60_000);

    it('refuses keys outside the export cache', async () => {
      const { ExportServerMessageSchema } = await import('../../src/features/log-export/protocol');
      const { exportChunkKey, exportStreamName } = await import('../../src/features/log-export/chunk-cache');
      const key = exportChunkKey(exportStreamName(Date.UTC(2026, 10, 22), 'abc123'), 4);
      expect(v.safeParse(ExportServerMessageSchema, { type: 'stored', key, next: null }).success).toBe(true);
      for (const bad of [
        'https://evil.example/export/1-a/1',
        `${key}?x`,
        'chrome-extension://id/export/1-a/1',
        'https://nurture.invalid/export/1-a/../../x',
      ])
        expect(v.safeParse(ExportServerMessageSchema, { type: 'stored', key: bad, next: null }).success, bad).toBe(false);
    });
  });
});
