// Each request's declared `writes` (what the background announces after it) matches what its
// handler really changes: every store is read before and after one call on a seeded database.
// The derived stores (the insights summary) follow the data after any write and are no
// request's to declare: test/unit/insights-summary.test.ts checks them. This device's stores
// (the first run's choices, the team identity, the replies seen, the policy) are declared.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle, type NurtureDb } from '../../src/background/db';
import { wroteNothing, type Sender } from '../../src/background/router';
import { REQUESTS, DATA_STORES, type RequestType } from '../../src/contract/index';
import { DEVICE_STORES, IMPORTED_STORES } from '../../src/contract/stores';

const STORE_NAMES = [...DATA_STORES, ...IMPORTED_STORES, ...DEVICE_STORES] as const;
type StoreName = (typeof STORE_NAMES)[number];
import { valid } from '../data/valid-payloads';
import { background } from './helpers/background';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };

/** Payloads that do something on the seeded database where the router test's payload would not. */
const acting: Partial<Record<RequestType, unknown>> = {
  'share.confirmSent': { prospectId: '/in/ada-sample-42', links: ['https://example.com/a?utm_source=linkedin'] },
  'activity.linkPerson': { id: 1, prospectId: '/in/ada-sample-42' },
  'activity.setNote': { id: 1, note: 'Follow up in May' },
  'activity.delete': { id: 1 },
  'library.importFile': {
    fileName: 'feed.xml',
    text: '<rss version="2.0"><channel><title>T</title><item><title>New</title><link>https://example.com/new</link></item></channel></rss>',
  },
  'library.removeSource': { id: 'starter' },
  'prospects.add': { profilePath: '/in/new-person-7', name: 'New Person', headline: 'CFO', company: 'Example' },
  'prospects.erase': { id: '/in/ada' },
};

async function snapshot(db: NurtureDb): Promise<Record<StoreName, string>> {
  const entries = await Promise.all(STORE_NAMES.map(async (name) => [name, JSON.stringify(await db.getAll(name))] as const));
  return Object.fromEntries(entries) as Record<StoreName, string>;
}

let n = 0;
async function seeded() {
  const db = createDbHandle(`nurture-writes-${++n}`);
  let clock = 1_000_000;
  const bg = background({ db, now: () => (clock += 1000) });
  const ask = (type: RequestType, payload: unknown, sender: Sender = page) => bg.route({ type, payload }, sender);
  await bg.library.restoreExamples();
  const conn = await db();
  const item = (await conn.getAll('content'))[0]!;
  await conn.put('content', { ...item, id: 'abc', url: 'https://example.com/abc' });
  await conn.put('sources', {
    id: 'feed:abc',
    kind: 'rss',
    label: 'Feed',
    url: 'https://example.com/feed.xml',
    etag: null,
    lastModified: null,
    addedAt: 1,
    lastSync: null,
  });
  for (const id of ['/in/ada-sample-42', '/in/ada']) {
    expect((await ask('prospects.add', { profilePath: id, name: 'Ada Sample', headline: 'Ops', company: 'Example' })).ok).toBe(true);
  }
  const shared = await ask(
    'share.log',
    {
      contentId: 'abc',
      prospectId: null,
      personName: 'Grace Name',
      channel: 'message',
      pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/',
      link: 'https://example.com/a?utm_source=linkedin',
      captionIndex: null,
    },
    content,
  );
  expect(shared).toMatchObject({ ok: true, value: { id: 1 } });
  await conn.put('interactions', {
    id: 4,
    at: 5,
    kind: 'note',
    prospectId: '/in/ada',
    contentId: null,
    channel: 'other',
    url: null,
    externalId: null,
    note: 'x',
  });
  bg.announced.length = 0;
  return { conn, ask, announced: bg.announced };
}

describe('what each request declares it writes', () => {
  for (const type of Object.keys(REQUESTS) as RequestType[]) {
    const spec = REQUESTS[type];
    it(`${type} changes only ${spec.writes.length ? spec.writes.join(', ') : 'nothing'}, and announces it`, async () => {
      const { conn, ask, announced } = await seeded();
      const sender = spec.senders.includes('extension-page' as never) ? page : content;
      const before = await snapshot(conn);
      const answer = await ask(type, acting[type] ?? valid[type], sender);
      const after = await snapshot(conn);
      const changed = STORE_NAMES.filter((name) => before[name] !== after[name]);
      expect(spec.writes).toEqual(expect.arrayContaining(changed));
      const unchanged = answer.ok && wroteNothing(spec, answer.value);
      if (unchanged) expect(changed).toEqual([]);
      if (answer.ok && spec.writes.length > 0 && !unchanged)
        expect(announced).toEqual([{ type: 'stores.changed', stores: [...spec.writes] }]);
      else expect(announced).toEqual([]);
    });
  }

  it('announces nothing when a thread is reported again with every reply already recorded', async () => {
    const { conn, ask, announced } = await seeded();
    const payload = acting['replies.record'] ?? valid['replies.record'];
    const first = await ask('replies.record', payload, content);
    expect(first).toMatchObject({ ok: true, value: { recorded: 1 } });
    expect(announced).toHaveLength(1);
    const before = await snapshot(conn);
    const again = await ask('replies.record', payload, content);
    expect(again).toMatchObject({ ok: true, value: { recorded: 0 } });
    expect(await snapshot(conn)).toEqual(before);
    expect(announced).toHaveLength(1);
  });

  it('declares no store a seeded call never changes', async () => {
    const seen = new Map<RequestType, Set<StoreName>>();
    for (const type of Object.keys(REQUESTS) as RequestType[]) {
      const { conn, ask } = await seeded();
      const spec = REQUESTS[type];
      const before = await snapshot(conn);
      await ask(type, acting[type] ?? valid[type], spec.senders.includes('extension-page' as never) ? page : content);
      const after = await snapshot(conn);
      seen.set(type, new Set(STORE_NAMES.filter((name) => before[name] !== after[name])));
    }
    const unused = (Object.keys(REQUESTS) as RequestType[]).flatMap((type) =>
      REQUESTS[type].writes.filter((store) => !seen.get(type)!.has(store)).map((store) => `${type}: ${store}`),
    );
    expect(unused).toEqual(UNEXERCISED);
  });
});

/**
 * Declared writes these payloads do not reach, each on another path of its handler: a feed
 * fetched (the tests' network fails), examples already there, a sent share linked or removed,
 * a member-id record merged into its slug, a restore of another database, a list row's name
 * that two seeded prospects bear.
 */
const UNEXERCISED: string[] = [
  'library.addFeed: content',
  'library.addFeed: sources',
  'library.syncSource: content',
  'library.restoreExamples: content',
  'activity.linkPerson: prospects',
  'activity.delete: prospects',
  'backup.import: content',
  'backup.import: sources',
  'backup.import: prospects',
  'backup.import: interactions',
  'backup.import: settings',
  'prospects.add: interactions',
  // The erased person's shares carried no click token (test/unit/clicks.test.ts erases one whose link was opened).
  'prospects.erase: clicks',
  // The seeded prospects share one name ("Ada Sample"): a list row naming it credits nobody
  // (test/unit/list-replies.test.ts records for a unique name).
  'replies.fromList: prospects',
  'replies.fromList: interactions',
  // No import of that period is stored (test/unit/clicks.test.ts deletes one).
  'clicks.delete: clicks',
];
