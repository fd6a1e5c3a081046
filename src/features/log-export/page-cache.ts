// The page's side of the export cache (src/features/log-export/chunk-cache.ts): a chunk taken as a Blob
// (the browser keeps its bytes; nothing reaches the page's heap) and deleted from the cache at
// once, so the personal data it holds waits there only while the export runs.
import { EXPORT_CACHE } from './chunk-cache';

/** Takes the chunk stored under `key` out of the cache; rejects if it is not there. */
export type TakeChunk = (key: string) => Promise<Blob>;

/** Over this page's CacheStorage, or null where there is none (the background then sends text). */
export function cacheChunkTaker(): TakeChunk | null {
  if (typeof caches === 'undefined') return null;
  return async (key) => {
    const cache = await caches.open(EXPORT_CACHE);
    try {
      const response = await cache.match(key);
      if (!response) throw new Error('an export chunk is missing from the cache');
      return await response.blob();
    } finally {
      await cache.delete(key);
    }
  };
}
