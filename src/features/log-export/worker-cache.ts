// The worker's side of the export cache (src/features/log-export/chunk-cache.ts): each chunk's CSV stored
// as a Response for the page to take as a Blob, and leftovers swept. Browser API at the edge:
// the stream (export-stream.ts) is given this as an interface, so the tests drive it without one.
import { EXPORT_CACHE, exportKeyStartedAt } from './chunk-cache';

export interface ExportChunkStore {
  /** Stores one chunk's CSV under `key`; rejects if the cache refused it. */
  put(key: string, text: string): Promise<void>;
  /** Deletes these chunks (the page never took them); never rejects. */
  remove(keys: readonly string[]): Promise<void>;
}

/** Chunks of an export begun longer ago than this are leftovers (a page closed mid-export, a worker stopped between storing and telling). */
export const EXPORT_CACHE_MAX_AGE_MS = 60 * 60_000;

/** The store over this context's CacheStorage, or null where there is none. */
export function cacheChunkStore(): ExportChunkStore | null {
  if (typeof caches === 'undefined') return null;
  return {
    async put(key, text) {
      const cache = await caches.open(EXPORT_CACHE);
      await cache.put(key, new Response(text, { headers: { 'content-type': 'text/csv;charset=utf-8' } }));
    },
    async remove(keys) {
      try {
        const cache = await caches.open(EXPORT_CACHE);
        await Promise.all(keys.map((key) => cache.delete(key)));
      } catch {
        // Swept with the leftovers by the next export.
      }
    },
  };
}

/** Deletes the chunks of exports begun over an hour ago: personal data waits in the cache no longer than an export takes. */
export async function sweepExportCache(now: number): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(EXPORT_CACHE);
    const stale = (await cache.keys()).filter((request) => {
      const startedAt = exportKeyStartedAt(request.url);
      return startedAt === null || now - startedAt > EXPORT_CACHE_MAX_AGE_MS;
    });
    await Promise.all(stale.map((request) => cache.delete(request)));
  } catch {
    // Tried again by the next export.
  }
}
