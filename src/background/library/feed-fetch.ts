// Fetching a feed with HTTP validators, so an unchanged feed costs a 304 and no parsing.
import { charsetFromContentType, decodeText } from '../../domain/library/decode';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export type Fetched =
  { status: 'not-modified' } | { status: 'ok'; text: string; etag: string | null; lastModified: string | null; url: string };

/** Bigger than any real blog feed; stops a wrong URL (a video, an ISO) from filling memory. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

/**
 * Whether `finalUrl` (where redirects ended) is still the site the user granted for `requested`:
 * the same origin, or the same host moved from http to https (a plain upgrade).
 */
export function sameSite(requested: string, finalUrl: string): boolean {
  const from = new URL(requested);
  const to = new URL(finalUrl);
  if (to.origin === from.origin) return true;
  return (
    from.protocol === 'http:' &&
    to.protocol === 'https:' &&
    to.hostname === from.hostname &&
    (from.port === '' || from.port === '80') &&
    to.port === ''
  );
}

export async function fetchFeed(
  fetchFn: FetchFn,
  url: string,
  validators: { etag: string | null; lastModified: string | null },
): Promise<Fetched> {
  const headers: Record<string, string> = {
    Accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml, text/xml, text/csv;q=0.9, */*;q=0.5',
  };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;

  let response: Response;
  try {
    // No cookies: a feed is public, and the user's session on that site is none of our business.
    // Redirects are followed and the final address checked below, rather than `redirect: 'manual'`:
    // in an extension that gives an opaque-redirect response (status 0, no Location header), so
    // we could neither follow the harmless same-site moves feeds make (/feed to /feed/, http to
    // https) nor say where the redirect went.
    response = await fetchFn(url, { headers, credentials: 'omit', redirect: 'follow', cache: 'no-cache' });
  } catch (error) {
    // Whatever fetch rejected with, the user needs the host and, when there is one, the reason.
    const reason = error instanceof Error && error.message.trim() !== '' ? ` (${error.message})` : '';
    throw new Error(`could not reach ${new URL(url).host}${reason}`);
  }
  // The user granted one site: a feed that redirects elsewhere (another host, which a host
  // permission granted for another feed could let through) is refused, whatever it answered.
  const finalUrl = response.url || url;
  if (response.type === 'opaqueredirect' || !sameSite(url, finalUrl)) {
    const where = response.type === 'opaqueredirect' ? 'another address' : new URL(finalUrl).host;
    throw new Error(
      `the feed at ${new URL(url).host} redirects to ${where}, which you did not add: add that address instead if you trust it`,
    );
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
    url: finalUrl,
  };
}
