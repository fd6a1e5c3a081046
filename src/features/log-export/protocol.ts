// The streamed CSV export of the log: one runtime.Port from the dashboard to the background,
// which reads the log in large batches and sends the file's text chunk by chunk (instead of one
// request per 2,000 rows). Both ends check every message against these schemas: the port is a
// message boundary like the requests (src/contract/requests), and the background also checks
// that the page connecting is one of our extension pages (src/background/create-background.ts).
import * as v from 'valibot';
import { EXPORT_CHUNK_KEY } from './chunk-cache';
import { LogCursorSchema, LogFilterSchema, type LogCursor, type LogFilter } from '../../contract/requests/activity';

/** The port's name (runtime.connect({ name })): the background serves no other. */
export const EXPORT_PORT = 'activity.exportStream';

/**
 * Chunks (batches) the background may send before the page acknowledges them: enough to keep both ends
 * busy (the background reads and writes the next while the page stores one), few enough that
 * a slow page never has more than this many chunks of text waiting for it.
 */
export const EXPORT_WINDOW = 2;

/**
 * What the page sends: `start` once, first (`after` null: the whole filtered log, BOM and
 * header first; a cursor: resuming after the chunk that ended there, after the worker stopped),
 * then `ack` for each chunk it has stored. `cache`: the page can take chunks from the export
 * cache (src/features/log-export/chunk-cache.ts); without it, every chunk comes as text.
 */
export const ExportClientMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('start'), filter: LogFilterSchema, after: LogCursorSchema, cache: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('ack') }),
]);
export type ExportClientMessage = v.InferOutput<typeof ExportClientMessageSchema>;

const ms = v.pipe(v.number(), v.minValue(0));
/** Where the background's time went (the benchmark reports it): see ExportTimings. */
export const ExportStreamTimingsSchema = v.strictObject({ readMs: ms, lookupMs: ms, csvMs: ms, sendMs: ms, waitMs: ms, totalMs: ms });
export type ExportStreamTimings = v.InferOutput<typeof ExportStreamTimingsSchema>;

/**
 * What the background sends, in order: one `chunk` per batch of rows, with the cursor the next
 * batch starts after (null: it was the last), its CSV either in the export cache under `key`
 * (`stored`) or, where the cache is missing or failed, as `text`; then `done` with its
 * timings; or `failed`.
 * (Smaller messages were measured too: 250 or 100 rows each left the page's heap peak where it
 * was, about 62 MB for a 26 MB file, all of it garbage from receiving the messages; see
 * bench/NOTES.md.)
 */
export const ExportServerMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('chunk'), text: v.string(), next: LogCursorSchema }),
  v.strictObject({ type: v.literal('stored'), key: v.pipe(v.string(), v.regex(EXPORT_CHUNK_KEY)), next: LogCursorSchema }),
  v.strictObject({ type: v.literal('done'), rows: v.pipe(v.number(), v.integer(), v.minValue(0)), timings: ExportStreamTimingsSchema }),
  v.strictObject({ type: v.literal('failed'), message: v.string() }),
]);
export type ExportServerMessage = v.InferOutput<typeof ExportServerMessageSchema>;

export type { LogCursor, LogFilter };
