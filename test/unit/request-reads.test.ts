// Each read request's declared `reads` (what makes a screen ask again, and the popup drop its
// cached copy): the screens' table is its entry's, every request a screen reads through
// useRequest has one, and a seeded call's answer stays the same when a store it does not
// declare changes (each change checked to show in some request that does read it).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { updateSettings } from '../../src/background/settings';
import { REQUESTS, type PayloadIn, type RequestType } from '../../src/contract/index';
import type { StoreName } from '../../src/contract/stores';
import { READS, type ReadRequest } from '../../src/ui/use-request';
import { background } from './helpers/background';
import { item } from './helpers/items';

// use-request.ts talks to the browser through the client: none here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };
const NOW = Date.UTC(2026, 10, 25, 12);
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const LINK = 'https://example.com/abc?utm_source=linkedin';

const read = Object.keys(READS) as ReadRequest[];

/** What each read request is asked, as the screens ask it, on the seeded database. */
const PAYLOADS: { [K in ReadRequest]: PayloadIn<K> } = {
  'app.ping': {},
  'settings.get': {},
  'policy.status': {},
  'db.stats': {},
  'page.health': { tabId: 3 },
  'library.search': { text: '', limit: 8 },
  'library.facets': {},
  'library.get': { id: 'abc' },
  'library.sources': {},
  'share.context': { prospectId: '/in/ada' },
  'activity.recent': { limit: 5 },
  'activity.page': { filter: {}, before: null, limit: 50 },
  'insights.compute': { period: 'all' },
  'clicks.figures': { period: 'all' },
  'clicks.ofProspect': { prospectId: '/in/ada' },
  'prospects.get': { id: '/in/ada' },
  'prospects.list': {},
  'prospects.timeline': { id: '/in/ada' },
  'prospects.today': {},
  'replies.new': {},
  'onboarding.status': {},
};

let n = 0;
async function seeded() {
  const db = createDbHandle(`nurture-reads-${++n}`);
  const bg = background({ db, now: () => NOW });
  const ask = async (type: RequestType, payload: unknown, sender: Sender = page) => {
    const answer = await bg.route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.message}`);
    return answer.value;
  };
  await bg.library.restoreExamples();
  const conn = await db();
  await conn.put(
    'content',
    item({ id: 'abc', url: 'https://example.com/abc', title: 'The ABC case', topics: ['costs'], personas: ['CFO'], addedAt: NOW - 1000 }),
  );
  await ask('prospects.add', { profilePath: '/in/ada', name: 'Ada Sample', headline: 'Ops', company: 'Example' });
  await ask('prospects.update', { id: '/in/ada', patch: { stage: 'evaluation', persona: 'CFO', nextFollowUp: NOW - 86_400_000 } });
  await ask(
    'share.log',
    { contentId: 'abc', prospectId: '/in/ada', channel: 'message', pageUrl: THREAD, link: LINK, captionIndex: null },
    content,
  );
  await ask('share.confirmSent', { prospectId: '/in/ada', links: [LINK] }, content);
  await ask(
    'replies.record',
    { prospectId: '/in/ada', pageUrl: THREAD, replies: [{ externalId: 'urn:li:msg:1', text: 'Thanks, interesting' }] },
    content,
  );
  await ask('clicks.import', { text: '# Start date: 20261101\n# End date: 20261130\nSession manual ad content,Sessions\nabc,7\n' });
  // The search index is built in the background after the first search (the freshest items are
  // served, uncounted, until then): built first, so its arrival is not taken for a change.
  await expect
    .poll(async () => ((await ask('library.search', PAYLOADS['library.search'])) as { total: number | null }).total)
    .not.toBeNull();
  return { conn, ask };
}

type Seeded = Awaited<ReturnType<typeof seeded>>;

/** One change to each store a request may read, made straight in the database (not announced). */
const CHANGES = {
  content: async ({ conn }: Seeded) => {
    for (const record of await conn.getAll('content')) await conn.put('content', { ...record, title: `${record.title} (2nd edition)` });
  },
  sources: async ({ conn }: Seeded) => {
    await conn.put('sources', {
      id: 'feed:new',
      kind: 'rss',
      label: 'Another feed',
      url: 'https://example.com/feed.xml',
      etag: null,
      lastModified: null,
      addedAt: NOW,
      lastSync: null,
    });
  },
  prospects: async ({ conn }: Seeded) => {
    for (const record of await conn.getAll('prospects'))
      await conn.put('prospects', { ...record, name: `${record.name} Jr`, company: 'Other Co' });
  },
  interactions: async ({ conn }: Seeded) => {
    await conn.add('interactions', {
      at: NOW - 60_000,
      kind: 'call',
      prospectId: '/in/ada',
      contentId: null,
      channel: 'other',
      url: null,
      externalId: null,
      note: 'A call',
    });
  },
  settings: async ({ conn }: Seeded) => {
    await updateSettings(conn, {
      utmSource: 'newsletter',
      campaign: 'q9',
      awaitingDays: 1,
      saturationMax: 5,
      saturationDays: 30,
      quietMode: true,
      csvSeparator: ';',
    });
  },
  clicks: async ({ ask }: Seeded) => {
    await ask('clicks.import', { text: '# Start date: 20261001\n# End date: 20261031\nSession manual ad content,Sessions\nabc,40\n' });
  },
} satisfies Partial<Record<StoreName, (seeded: Seeded) => Promise<void>>>;
const CHANGED = Object.keys(CHANGES) as (keyof typeof CHANGES)[];

const reads = (type: ReadRequest): readonly StoreName[] => REQUESTS[type].reads;

describe('what each read request declares it reads', () => {
  it('is, for every request the screens read, exactly its entry’s, and none of them writes', () => {
    for (const type of read) {
      expect([...READS[type]], type).toEqual([...REQUESTS[type].reads]);
      expect(REQUESTS[type].writes, type).toEqual([]);
      expect(REQUESTS[type].senders, type).toContain('extension-page');
    }
    // Writes and actions read nothing: their answer is what the call did, never kept.
    const writers = (Object.keys(REQUESTS) as RequestType[]).filter(
      (type) => REQUESTS[type].writes.length > 0 && REQUESTS[type].reads.length > 0,
    );
    expect(writers).toEqual([]);
  });

  it('covers every request a screen reads through useRequest', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const used = new Set(
      files('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/useRequest\(\s*'([a-zA-Z.]+)'/g)].map((match) => match[1]!)),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const type of used) expect(read, type).toContain(type);
  });

  for (const type of read) {
    const others = CHANGED.filter((store) => !reads(type).includes(store));
    it(`${type}: answers the same after a change to ${others.join(', ') || 'nothing'}`, async () => {
      const seeds = await seeded();
      const before = await seeds.ask(type, PAYLOADS[type]);
      for (const store of others) {
        await CHANGES[store](seeds);
        expect(await seeds.ask(type, PAYLOADS[type]), `after a change to ${store}`).toEqual(before);
      }
    });
  }

  for (const store of CHANGED) {
    it(`a change to ${store} shows in a request that reads it (the check above can fail)`, async () => {
      const seeds = await seeded();
      const readers = read.filter((type) => reads(type).includes(store));
      const before = await Promise.all(readers.map((type) => seeds.ask(type, PAYLOADS[type])));
      await CHANGES[store](seeds);
      const after = await Promise.all(readers.map((type) => seeds.ask(type, PAYLOADS[type])));
      expect(readers.filter((_, i) => JSON.stringify(after[i]) !== JSON.stringify(before[i]))).not.toEqual([]);
    });
  }
});
