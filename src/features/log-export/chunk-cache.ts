// Where a streamed export's chunks wait for the page: the extension's own CacheStorage (private
// to its pages and worker; content scripts run in the site's origin and reach only the site's).
// The worker stores each chunk's CSV as a Response and tells the page its key over the port; the
// page takes it as a Blob, which the browser keeps outside the page's heap (the port's messages
// reach the page as strings: about 4x the file in garbage, see bench/NOTES.md). Keys are only
// names: nothing is ever fetched from them (Cache takes only http(s) keys, hence the .invalid host).

/** The cache holding the chunks of exports in progress, and nothing else. */
export const EXPORT_CACHE = 'nurture-export';

const ORIGIN = 'https://nurture.invalid/export/';

/** A chunk's key: its export (begun at `startedAt`, plus a random part) and its number. */
export function exportChunkKey(stream: string, chunk: number): string {
  return `${ORIGIN}${stream}/${chunk}`;
}

/** An export's name in its keys: when it began (so leftovers can be swept) and a random part. */
export function exportStreamName(startedAt: number, random: string): string {
  return `${Math.floor(startedAt)}-${random.replace(/[^a-z0-9]/gi, '').slice(0, 16)}`;
}

/** The keys the page accepts from the worker: only chunks of exports, in our cache. */
export const EXPORT_CHUNK_KEY = /^https:\/\/nurture\.invalid\/export\/\d{1,15}-[a-zA-Z0-9]{1,16}\/\d{1,9}$/;

/** When the export owning `key` began, or null for a key that is not ours. */
export function exportKeyStartedAt(key: string): number | null {
  if (!EXPORT_CHUNK_KEY.test(key)) return null;
  return Number(key.slice(ORIGIN.length).split('-')[0]);
}
