// Fetching a feed with HTTP validators, so an unchanged feed costs a 304 and no parsing.
import { charsetFromContentType, decodeText } from '../shared/library/decode';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export type Fetched =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag: string | null; lastModified: string | null; url: string };

/** Bigger than any real blog feed; stops a wrong URL (a video, an ISO) from filling memory. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

export async function fetchFeed(fetchFn: FetchFn, url: string, validators: { etag: string | null; lastModified: string | null }): Promise<Fetched> {
  const headers: Record<string, string> = {
    Accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml, text/xml, text/csv;q=0.9, */*;q=0.5',
  };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;

  let response: Response;
  try {
    // No cookies: a feed is public, and the user's session on that site is none of our business.
    response = await fetchFn(url, { headers, credentials: 'omit', redirect: 'follow', cache: 'no-cache' });
  } catch (error) {
    // Whatever fetch rejected with, the user needs the host and, when there is one, the reason.
    const reason = error instanceof Error && error.message.trim() !== '' ? ` (${error.message})` : '';
    throw new Error(`could not reach ${new URL(url).host}${reason}`);
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_FEED_BYTES) throw new Error(`the feed is too large (${Math.round(declared / 1048576)} MB)`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_FEED_BYTES) throw new Error(`the feed is too large (${Math.round(bytes.byteLength / 1048576)} MB)`);
  return {
    status: 'ok',
    text: decodeText(bytes, charsetFromContentType(response.headers.get('content-type'))),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    url: response.url || url,
  };
}
