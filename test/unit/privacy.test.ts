// Nothing leaves the machine but the feed fetches the user asked for. Two proofs: the whole
// background, driven through its router, hands its fetch only the URLs of feeds the user
// added (and none without their permission); and the source has no other way to the network.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { background as backgroundServices } from './helpers/background';
import type { FetchFn } from '../../src/background/library/feed-fetch';

const FEED = 'https://pipelinenotes.example.com/feed/';
const NOW = Date.UTC(2026, 0, 15);

let n = 0;
function background(allowed: (url: string) => boolean) {
  const db = createDbHandle(`nurture-privacy-${++n}`);
  const fetched: string[] = [];
  const fetch = vi.fn<FetchFn>(async (url) => {
    fetched.push(url);
    return new Response(readFileSync('test/fixtures/feeds/wordpress.rss.xml'), {
      status: 200,
      headers: { 'content-type': 'application/rss+xml' },
    });
  });
  const { route, library } = backgroundServices({ db, now: () => NOW, fetch, canFetch: async (url: string) => allowed(url) });
  const page: Sender = { kind: 'extension-page', tabId: undefined };
  const ask = async (type: string, payload: unknown, from: Sender = page) => {
    const answer = (await route({ type, payload }, from)) as { ok: boolean; value?: unknown; error?: unknown };
    if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer.error)}`);
    return answer.value as Record<string, unknown>;
  };
  return { ask, fetched, library };
}

const content: Sender = { kind: 'linkedin-content', tabId: 3 };

/** A salesperson's session, touching every part of the background that could reach out. */
async function session(ask: ReturnType<typeof background>['ask']) {
  // Files whose items link to, and embed pictures from, many other hosts.
  await ask('library.restoreExamples', {});
  await ask('library.importFile', { fileName: 'substack.rss.xml', text: readFileSync('test/fixtures/feeds/substack.rss.xml', 'utf8') });
  await ask('library.importFile', { fileName: 'library-en.csv', text: readFileSync('test/fixtures/csv/library-en.csv', 'utf8') });
  const feed = await ask('library.addFeed', { url: FEED });
  const sources = (await ask('library.sources', {})) as unknown as { id: string; url: string | null }[];
  for (const source of sources) await ask('library.syncSource', { id: source.id });
  const { hits } = (await ask('library.search', { text: '', limit: 50 })) as { hits: { item: { id: string } }[] };
  await ask('library.facets', {});
  await ask('prospects.add', { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: 'CFO', company: 'Example Industries' });
  for (const hit of hits.slice(0, 5)) {
    const share = (await ask('share.prepare', { contentId: hit.item.id, prospectId: '/in/ada-sample-42' })) as {
      link: string;
      captionIndex: number | null;
    };
    await ask(
      'share.log',
      {
        contentId: hit.item.id,
        prospectId: '/in/ada-sample-42',
        channel: 'message',
        pageUrl: 'https://www.linkedin.com/messaging/thread/2-ada/',
        link: share.link,
        captionIndex: share.captionIndex,
      },
      content,
    );
  }
  await ask('activity.add', { kind: 'call', prospectId: '/in/ada-sample-42', note: 'see https://tracker.example.net/pixel.gif' });
  await ask('insights.compute', {});
  await ask('prospects.today', {});
  const backup = (await ask('backup.export', {})) as { text: string };
  await ask('backup.import', { text: backup.text, mode: 'replace' });
  return { feed, sources };
}

describe('what the background fetches', () => {
  it('only the feed the user added, through a whole session', async () => {
    const { ask, fetched, library } = background(() => true);
    const { feed } = await session(ask);
    expect(feed['error']).toBeNull();
    await library.syncAll();
    expect(fetched.length).toBeGreaterThan(1);
    expect(new Set(fetched)).toEqual(new Set([FEED]));
  });

  it('nothing at all when the user did not allow the feed host', async () => {
    const { ask, fetched, library } = background(() => false);
    const { feed } = await session(ask);
    expect(String(feed['error'])).toMatch(/may not fetch pipelinenotes\.example\.com/);
    await library.syncAll();
    expect(fetched).toEqual([]);
  });

  it('nothing when no feed was added: files, shares, people, backups stay local', async () => {
    const { ask, fetched, library } = background(() => true);
    await ask('library.restoreExamples', {});
    await ask('library.importFile', { fileName: 'jsonfeed.json', text: readFileSync('test/fixtures/feeds/jsonfeed.json', 'utf8') });
    await library.syncAll();
    await ask('backup.export', {});
    expect(fetched).toEqual([]);
  });
});

// ---- the source: one way to the network, and it is the feed fetcher --------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Code lines only: comments may talk about fetching. */
const codeLines = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line, index) => ({ line: line.replace(/(^|[^:'"`])\/\/.*$/, '$1'), number: index + 1 }));

// Every API a script can reach the network with (an <img>/<script> made from a string is
// covered by the lint rule against markup; the manifest's CSP covers remote scripts).
const NETWORK =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection|\bnew\s+Worker\b|\bwindow\.open\s*\(/;

function networkCalls(): string[] {
  return sourceFiles('src').flatMap((file) =>
    codeLines(readFileSync(file, 'utf8'))
      .filter(({ line }) => NETWORK.test(line))
      .map(({ line, number }) => `${file.replaceAll('\\', '/')}:${number}: ${line.trim()}`),
  );
}

describe('ways to the network in src/', () => {
  it('has exactly one: the fetch the background hands to the feed fetcher', () => {
    expect(networkCalls()).toEqual([`src/background/main.ts:${mainFetchLine()}: fetch: (url, init) => fetch(url, init),`]);
    // And that fetch goes only where the feed fetcher sends it: through createBackground into createLibrary's deps.
    const main = readFileSync('src/background/main.ts', 'utf8');
    expect(main).toMatch(/createBackground\(\{[^}]*fetch: \(url, init\) => fetch\(url, init\),/);
    expect(readFileSync('src/background/create-background.ts', 'utf8')).toMatch(/createLibrary\(\{[^}]*fetch: deps\.fetch,/);
    expect(readFileSync('src/background/create-background.ts', 'utf8').match(/\.fetch\b/g)?.length).toBe(1);
    expect(readFileSync('src/background/library/service.ts', 'utf8').match(/deps\.fetch/g)?.length).toBe(2);
    expect(readFileSync('src/background/library/service.ts', 'utf8')).not.toMatch(/deps\.fetch\(/);
  });

  it('would see a new one', () => {
    const text =
      "const x = 1;\n// fetch('https://x') in a comment is fine\nnavigator.sendBeacon('https://t.example/x');\nawait fetch ('https://telemetry.example.com/x');\n";
    expect(
      codeLines(text)
        .filter(({ line }) => NETWORK.test(line))
        .map(({ number }) => number),
    ).toEqual([3, 4]);
  });
});

function mainFetchLine(): number {
  return (
    readFileSync('src/background/main.ts', 'utf8')
      .split('\n')
      .findIndex((line) => line.includes('fetch: (url, init) => fetch(url, init)')) + 1
  );
}
