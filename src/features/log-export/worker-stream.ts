// The streamed CSV export, background side: one port, the log read in batches of EXPORT_BATCH
// rows, each written to CSV here and handed over as one chunk: stored in the export cache with
// its key sent (the page takes it as a Blob, off its heap), or sent as text where there is no
// cache; the next batch is read while the page stores the last (at most EXPORT_WINDOW chunks
// unacknowledged). The port and the cache are given as interfaces, so the tests drive them
// without a browser (main.ts adapts runtime.Port).
import * as v from 'valibot';
import { EXPORT_WINDOW, ExportClientMessageSchema, type ExportServerMessage, type ExportStreamTimings } from './protocol';
import type { LogCursor, LogFilter } from '../../contract/index';
import { readSettings } from '../../background/settings';
import type { NurtureDb } from '../../background/db';
import { exportChunkKey, exportStreamName } from './chunk-cache';
import type { ExportChunkStore } from './worker-cache';
import { exportCsvHead, exportCsvLines } from '../../background/activity/export-csv';
import type { ExportRow, ExportTimings } from '../../background/activity/export-rows';

/** Rows per batch: one getAll, one chunk (about 1.3 MB of CSV). Measured: 2,000 read 100,000 rows 2.5x slower than 5,000; 20,000 no faster. */
export const EXPORT_BATCH = 5000;

/** The two ends of a port as the stream uses them. */
export interface StreamPort {
  post(message: ExportServerMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

export interface ExportStreamDeps {
  db: () => Promise<NurtureDb>;
  rows: (
    filter: LogFilter,
    after: LogCursor,
    limit: number,
    exportId?: string,
    timings?: ExportTimings,
  ) => Promise<{ rows: ExportRow[]; next: LogCursor }>;
  /** Where chunks wait for the page; none: every chunk goes as text. */
  store?: ExportChunkStore | null;
}

let streams = 0;

/** Serves one export on `port`: waits for its start, then sends the chunks. Never throws. */
export function serveExportStream(port: StreamPort, { db, rows, store = null }: ExportStreamDeps): void {
  let started = false;
  let closed = false;
  let acked = 0;
  let wake: (() => void) | null = null;
  // Keys stored and not yet acknowledged: the page takes (and deletes) each before its ack.
  const unread: string[] = [];
  const close = () => {
    closed = true;
    wake?.();
    // A page gone mid-export leaves nothing behind (a stopped worker's leftovers are swept later).
    if (unread.length > 0) void store?.remove(unread.splice(0));
  };
  const refuse = (message: string) => {
    if (closed) return;
    port.post({ type: 'failed', message });
    close();
    port.disconnect();
  };
  port.onDisconnect(close);
  port.onMessage((raw) => {
    const parsed = v.safeParse(ExportClientMessageSchema, raw);
    if (!parsed.success) return refuse('malformed export message');
    const message = parsed.output;
    if (message.type === 'ack') {
      acked++;
      unread.shift();
      wake?.();
      return;
    }
    if (started) return refuse('the export has already started');
    started = true;
    void stream(message.filter, message.after, message.cache === true ? store : null).catch((error: unknown) =>
      refuse(error instanceof Error ? error.message : String(error)),
    );
  });

  async function stream(filter: LogFilter, after: LogCursor, cache: ExportChunkStore | null): Promise<void> {
    const begun = performance.now();
    const timings: ExportStreamTimings & ExportTimings = { readMs: 0, lookupMs: 0, csvMs: 0, sendMs: 0, waitMs: 0, totalMs: 0 };
    const settings = await readSettings(await db());
    const format = { separator: settings.csvSeparator, bom: settings.csvBom };
    // Its own lookups cache: people, stage history and titles read once for the whole stream.
    const exportId = `stream-${++streams}`;
    const name = exportStreamName(Date.now(), Math.random().toString(36).slice(2));
    let sent = 0;
    let count = 0;
    let handoff = Promise.resolve();
    // A batch read ahead and then abandoned (the page went) must not fail unheard.
    const read = (from: LogCursor) => {
      const batch = rows(filter, from, EXPORT_BATCH, exportId, timings);
      batch.catch(() => {});
      return batch;
    };
    let pending = read(after);
    let head = after === null;
    for (;;) {
      const batch = await pending;
      if (closed) return;
      // Read ahead: the database reads the next batch while this one is written and sent.
      if (batch.next) pending = read(batch.next);
      const csvStart = performance.now();
      const text = (head ? exportCsvHead(format) : '') + exportCsvLines(batch.rows, format.separator);
      head = false;
      timings.csvMs += performance.now() - csvStart;
      // Handed over in order, while the next batch is written: storing a chunk in the cache
      // takes longer than posting it, and the window below still bounds what is in flight.
      const chunk = sent;
      handoff = handoff.then(async () => {
        if (closed) return;
        const handStart = performance.now();
        if (cache) {
          const key = exportChunkKey(name, chunk);
          try {
            await cache.put(key, text);
            if (closed) return void cache.remove([key]);
            unread.push(key);
            port.post({ type: 'stored', key, next: batch.next });
          } catch {
            // A cache that refuses (full disk, private window): this chunk and the rest go as text.
            cache = null;
          }
        }
        if (!cache) port.post({ type: 'chunk', text, next: batch.next });
        timings.sendMs += performance.now() - handStart;
      });
      count += batch.rows.length;
      sent++;
      const waitStart = performance.now();
      while (!closed && sent - acked >= EXPORT_WINDOW) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      timings.waitMs += performance.now() - waitStart;
      if (closed) return;
      if (!batch.next) break;
    }
    await handoff;
    if (closed) return;
    timings.totalMs = performance.now() - begun;
    port.post({
      type: 'done',
      rows: count,
      timings: {
        readMs: timings.readMs,
        lookupMs: timings.lookupMs,
        csvMs: timings.csvMs,
        sendMs: timings.sendMs,
        waitMs: timings.waitMs,
        totalMs: timings.totalMs,
      },
    });
  }
}
