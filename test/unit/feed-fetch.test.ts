// Feed fetches stay on the site the user granted, and a feed over plain http is named as such.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { fetchFeed, sameSite } from '../../src/background/library/feed-fetch';
import { createLibrary } from '../../src/background/library';
import { readSettings } from '../../src/background/settings';

const rss = readFileSync(resolve('test/fixtures/feeds/wordpress.rss.xml'), 'utf8');
const NO_VALIDATORS = { etag: null, lastModified: null };

/** A response as fetch gives it after redirects: `url` is where they ended. */
function answered(finalUrl: string, options: { type?: ResponseType; status?: number } = {}): Response {
  const response = new Response(options.status === 0 ? null : rss, {
    status: options.status === 0 ? 200 : (options.status ?? 200),
    headers: { 'Content-Type': 'application/rss+xml' },
  });
  Object.defineProperty(response, 'url', { value: finalUrl });
  Object.defineProperty(response, 'redirected', { value: finalUrl !== '' });
  if (options.type) Object.defineProperty(response, 'type', { value: options.type });
  return response;
}

let n = 0;
function library(fetch: (url: string) => Response) {
  const db = createDbHandle(`nurture-feed-fetch-${++n}`);
  return {
    db,
    library: createLibrary({
      db,
      now: () => 1,
      fetch: async (url) => fetch(url),
      canFetch: async () => true,
      settings: async () => readSettings(await db()),
      defaultLanguage: 'en',
    }),
  };
}

describe('feed redirects', () => {
  it('refuses a redirect to another origin than the one requested', async () => {
    const fetchFn = async () => answered('https://evil.example/feed');
    await expect(fetchFeed(fetchFn, 'https://blog.example.com/feed', NO_VALIDATORS)).rejects.toThrow(
      /redirects to evil\.example, which you did not add/,
    );
  });

  it('refuses an opaque redirect (what redirect: "manual" would give an extension)', async () => {
    const fetchFn = async () => answered('', { type: 'opaqueredirect', status: 0 });
    await expect(fetchFeed(fetchFn, 'https://blog.example.com/feed', NO_VALIDATORS)).rejects.toThrow(/redirects to another address/);
  });

  it('follows a move on the same site, and an upgrade from http to https', async () => {
    expect(
      (await fetchFeed(async () => answered('https://blog.example.com/feed/'), 'https://blog.example.com/feed', NO_VALIDATORS)).status,
    ).toBe('ok');
    const upgraded = await fetchFeed(async () => answered('https://blog.example.com/feed'), 'http://blog.example.com/feed', NO_VALIDATORS);
    expect(upgraded).toMatchObject({ status: 'ok', url: 'https://blog.example.com/feed' });
  });

  it('tells the same site from another', () => {
    expect(sameSite('https://a.example/x', 'https://a.example/y')).toBe(true);
    expect(sameSite('http://a.example/x', 'https://a.example/x')).toBe(true);
    expect(sameSite('https://a.example/x', 'http://a.example/x')).toBe(false);
    expect(sameSite('https://a.example/x', 'https://b.a.example/x')).toBe(false);
    expect(sameSite('https://a.example/x', 'https://a.example:8443/x')).toBe(false);
    expect(sameSite('http://a.example:8080/x', 'https://a.example/x')).toBe(false);
  });

  it('adds nothing and syncs nothing from a feed that redirects elsewhere', async () => {
    let target = 'https://blog.example.com/feed';
    const { db, library: lib } = library(() => answered(target));
    const added = await lib.addFeed('https://blog.example.com/feed');
    expect(added.error).toBeNull();
    const before = await (await db()).count('content');
    target = 'https://evil.example/feed';
    const [source] = await lib.sources();
    const synced = await lib.syncSource(source!.id);
    expect(synced.error).toMatch(/redirects to evil\.example/);
    expect(await (await db()).count('content')).toBe(before);
    const other = library(() => answered('https://evil.example/feed'));
    expect((await other.library.addFeed('https://blog.example.com/feed')).error).toMatch(/redirects to evil\.example/);
    expect(await other.library.sources()).toEqual([]);
  });
});

describe('http feeds', () => {
  it('the report of an http feed warns that it is not https, on add and on sync', async () => {
    const { library: lib } = library((url) => answered(url));
    const added = await lib.addFeed('http://blog.example.com/feed');
    expect(added).toMatchObject({ error: null, insecure: true });
    const [source] = await lib.sources();
    expect((await lib.syncSource(source!.id)).insecure).toBe(true);
    const secure = library((url) => answered(url));
    expect((await secure.library.addFeed('https://blog.example.com/feed')).insecure).toBe(false);
  });
});
