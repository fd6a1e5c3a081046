// The streamed CSV export, background side: one port, the log read in batches of EXPORT_BATCH
// rows, each written to CSV here and sent as one chunk; the next batch is read while the page
// stores the last (at most EXPORT_WINDOW chunks unacknowledged). The port is given as an
// interface, so the tests drive it without a browser (main.ts adapts runtime.Port).
import * as v from 'valibot';
import { EXPORT_WINDOW, ExportClientMessageSchema, type ExportServerMessage, type ExportStreamTimings } from '../../shared/export-stream';
import type { LogCursor, LogFilter } from '../../shared/contract';
import { readSettings } from '../settings';
import type { NurtureDb } from '../db';
import { exportCsvHead, exportCsvLines } from './export-csv';
import type { ExportRow, ExportTimings } from './export-rows';

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
  rows: (filter: LogFilter, after: LogCursor, limit: number, exportId?: string, timings?: ExportTimings) => Promise<{ rows: ExportRow[]; next: LogCursor }>;
}

let streams = 0;

/** Serves one export on `port`: waits for its start, then sends the chunks. Never throws. */
export function serveExportStream(port: StreamPort, { db, rows }: ExportStreamDeps): void {
  let started = false;
  let closed = false;
  let acked = 0;
  let wake: (() => void) | null = null;
  const close = () => {
    closed = true;
    wake?.();
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
      wake?.();
      return;
    }
    if (started) return refuse('the export has already started');
    started = true;
    void stream(message.filter, message.after).catch((error: unknown) => refuse(error instanceof Error ? error.message : String(error)));
  });

  async function stream(filter: LogFilter, after: LogCursor): Promise<void> {
    const begun = performance.now();
    const timings: ExportStreamTimings & ExportTimings = { readMs: 0, lookupMs: 0, csvMs: 0, sendMs: 0, waitMs: 0, totalMs: 0 };
    const settings = await readSettings(await db());
    const format = { separator: settings.csvSeparator, bom: settings.csvBom };
    // Its own lookups cache: people, stage history and titles read once for the whole stream.
    const exportId = `stream-${++streams}`;
    let sent = 0;
    let count = 0;
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
      const sendStart = performance.now();
      timings.csvMs += sendStart - csvStart;
      port.post({ type: 'chunk', text, next: batch.next });
      timings.sendMs += performance.now() - sendStart;
      count += batch.rows.length;
      sent++;
      const waitStart = performance.now();
      while (!closed && sent - acked >= EXPORT_WINDOW) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      timings.waitMs += performance.now() - waitStart;
      if (closed) return;
      if (!batch.next) break;
    }
    timings.totalMs = performance.now() - begun;
    port.post({ type: 'done', rows: count, timings: { readMs: timings.readMs, lookupMs: timings.lookupMs, csvMs: timings.csvMs, sendMs: timings.sendMs, waitMs: timings.waitMs, totalMs: timings.totalMs } });
  }
}
