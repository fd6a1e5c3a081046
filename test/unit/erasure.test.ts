// The right to erasure: after "erase", nothing the extension recorded names the person, by any of
// the ids they had (slug, member id) or by name, in any store, index or the CSV export.
// Rule: free text the user wrote about someone else (another prospect's notes, a manual note
// naming no prospect) is the user's and is kept as written; everything else must be gone.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle, type NurtureDb } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { createProspects } from '../../src/background/prospects';
import type { Interaction } from '../../src/domain/model';
import { urlNamesProfile } from '../../src/domain/people/profile-ids';
import { fold } from '../../src/domain/text/fold';
import { background } from './helpers/background';
import { streamedCsv } from './helpers/export-csv';
import { item } from './helpers/items';
import { fakeArea } from './helpers/session-area';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 7 };

const SLUG = '/in/ada-sample-42';
const MEMBER = 'ACoAAExampleMember123';
const MEMBER_PATH = `/in/${MEMBER}`;
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const BRUNO_THREAD = 'https://www.linkedin.com/messaging/thread/2-bruno/';
/** The user's own words about others: kept, and excepted from the scan. */
const USER_NOTE_ON_BRUNO = 'Introduced to us by Ada Sample at the fair';
const USER_MANUAL_NOTE = 'Call prep: ask Bruno whether Ada Sample still owns the budget';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-erasure-${++n}`);
  let clock = 1_000_000;
  // The popup's first-screen cache (storage.session) too: it holds names.
  const session = fakeArea();
  const { route, connect, library, popupCache } = background({ db, now: () => (clock += 1000), session });
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  return { db, call, connect, library, session, popupCache: popupCache! };
}

/** Every store's records and keys, and every index's keys, as one text. */
async function dump(conn: NurtureDb): Promise<string> {
  const parts: string[] = [];
  for (const name of [...conn.objectStoreNames]) {
    const tx = conn.transaction(name);
    // The insights summary keeps its keyed figures in Maps, which JSON.stringify would write as {}.
    parts.push(
      JSON.stringify({ name, keys: await tx.store.getAllKeys(), values: await tx.store.getAll() }, (_key, value: unknown) =>
        value instanceof Map ? [...value] : value,
      ),
    );
    for (const indexName of [...tx.store.indexNames]) {
      const keys: unknown[] = [];
      for (let cursor = await tx.store.index(indexName).openKeyCursor(); cursor; cursor = await cursor.continue()) keys.push(cursor.key);
      parts.push(JSON.stringify({ name, indexName, keys }));
    }
    await tx.done;
  }
  return parts.join('\n');
}

/** What in `text` names Ada: her slug, member id or name (accents, case and spacing folded). */
function tracesOfAda(text: string): string[] {
  const folded = fold(text);
  return [/ada-sample-42/, /acoaaexamplemember123/, /ada\s+sample/].filter((pattern) => pattern.test(folded)).map(String);
}

/** Fills every store and index with Ada's traces through the real request paths. */
async function fillWithAda() {
  const { db, call, connect, library, session, popupCache } = await setup();
  const conn = await db();
  await library.restoreExamples(); // content and sources
  await call('settings.update', { settings: { repId: 'ana', campaign: 'q4', keepReplyText: true } });
  await conn.put('content', item({ id: 'c1', url: 'https://example.com/blog/onboarding', title: 'Onboarding costs' }));
  const share = (fields: Record<string, unknown>) =>
    call<{ id: number }>(
      'share.log',
      {
        contentId: 'c1',
        prospectId: null,
        channel: 'message',
        pageUrl: THREAD,
        link: 'https://example.com/blog/onboarding?utm_source=linkedin',
        captionIndex: null,
        ...fields,
      },
      content,
    );

  // Before she is tracked: a share to her member id, shares to her name only, a comment on her
  // activity page, a comment on a page that names her member id.
  const byMember = await share({ prospectId: MEMBER_PATH });
  // (Another item's link: confirming the sent share below does not claim them.)
  const nameOnly = [
    await share({ personName: 'Ada Sample', link: 'https://example.com/blog/other' }),
    await share({ personName: 'ADÀ   sample', link: 'https://example.com/blog/other' }),
  ];
  await share({ channel: 'comment', pageUrl: `https://www.linkedin.com${SLUG}/recent-activity/all/` });
  await share({ channel: 'comment', pageUrl: `https://www.linkedin.com${MEMBER_PATH}/overlay/contact-info/` });
  const publicPost = await share({ channel: 'post', pageUrl: 'https://www.linkedin.com/feed/' });

  // Tracked by slug, with her member id: the member-id share becomes hers.
  await call('prospects.add', {
    profilePath: SLUG,
    memberId: MEMBER,
    name: 'Ada Sample',
    headline: 'COO at Example Industries',
    company: 'Example Industries',
    location: 'Lyon',
  });
  expect((await conn.get('interactions', byMember.id))?.prospectId).toBe(SLUG);

  await call('prospects.add', { profilePath: '/in/bruno-b', name: 'Bruno Beispiel', headline: '', company: 'Other Co' });
  await call('prospects.update', { id: '/in/bruno-b', patch: { notes: USER_NOTE_ON_BRUNO } });
  const brunoShare = await share({ prospectId: '/in/bruno-b', pageUrl: BRUNO_THREAD });

  // Her record, stage changes, manual entries of every kind, replies, a sent share.
  await call('prospects.update', {
    id: SLUG,
    patch: { stage: 'consideration', notes: 'Ada prefers mornings', tags: ['ada-list'], persona: 'COO', nextFollowUp: 2_000_000 },
  });
  await call('prospects.update', { id: SLUG, patch: { stage: 'evaluation' } });
  for (const kind of ['note', 'call', 'meeting', 'email'])
    await call('activity.add', { kind, prospectId: SLUG, note: `${kind} with Ada Sample` });
  await call('activity.add', { kind: 'note', prospectId: null, note: USER_MANUAL_NOTE });
  await call(
    'replies.record',
    { prospectId: MEMBER_PATH, pageUrl: THREAD, replies: [{ externalId: 'urn:li:msg:ada-1', text: 'Thanks, Ada here' }] },
    content,
  );
  const sent = await share({ prospectId: SLUG });
  await call('share.confirmSent', { prospectId: SLUG, links: ['https://example.com/blog/onboarding'] }, content);
  await call('activity.setNote', { id: sent.id, note: 'Ada liked it' });
  for (const { id } of nameOnly)
    expect(await conn.get('interactions', id)).toMatchObject({ prospectId: null, personName: expect.stringMatching(/^ad/i) });
  // Left by an earlier version (or a restored backup): an entry still under her member id, and
  // a second record keyed by it.
  await conn.add('interactions', {
    at: 5,
    kind: 'replied',
    prospectId: MEMBER_PATH,
    contentId: null,
    channel: 'message',
    url: THREAD,
    externalId: 'linkedin:old',
    note: 'old reply',
  });
  await conn.put('prospects', { ...(await conn.get('prospects', SLUG))!, id: MEMBER_PATH, name: 'Ada Sample (old)' });
  // The insights summary holds a part per person, keyed by their id.
  await call('insights.compute', { period: 'all' });

  // The popup opened: its lists and recent activity are cached.
  await call('prospects.today', {});
  await call('activity.recent', { limit: 5 });
  await popupCache.settled();

  return { db, conn, call, connect, publicPost, brunoShare, session, popupCache };
}

describe('erasing a person', () => {
  it('leaves no trace of them in any store or index, by slug, member id or name; only the user’s words about others remain', async () => {
    const { conn, call, connect, publicPost, brunoShare, session, popupCache } = await fillWithAda();
    const before = await dump(conn);
    expect(tracesOfAda(session.text()).length).toBeGreaterThan(0);
    // The fill reached every kind of trace.
    expect(tracesOfAda(before)).toHaveLength(3);
    expect(before).toContain(`"indexName":"by-member","keys":["${MEMBER}","${MEMBER}"]`);
    const summary = JSON.stringify(await conn.getAll('insight-people'));
    expect(summary).toContain(SLUG);
    expect(summary).toContain(MEMBER_PATH);
    expect(tracesOfAda(await streamedCsv(connect))).toHaveLength(3);

    const { deletedInteractions } = await call<{ deletedInteractions: number }>('prospects.erase', { id: SLUG });
    // Member-id share, two name-only shares, two stage changes, four manual entries, the reply,
    // the sent share, the old member-id reply.
    expect(deletedInteractions).toBe(12);

    const after = await dump(conn);
    // The popup's cache: dropped with the write, and asked again without her.
    await popupCache.settled();
    expect(tracesOfAda(session.text())).toEqual([]);
    await popupCache.refreshNow();
    expect(session.items.size).toBeGreaterThan(0);
    expect(tracesOfAda(session.text().replaceAll(USER_MANUAL_NOTE, ''))).toEqual([]);
    expect(after).toContain(USER_NOTE_ON_BRUNO);
    expect(after).toContain(USER_MANUAL_NOTE);
    expect(tracesOfAda(after.replaceAll(USER_NOTE_ON_BRUNO, '').replaceAll(USER_MANUAL_NOTE, ''))).toEqual([]);

    const csv = await streamedCsv(connect);
    expect(csv).toContain('Bruno Beispiel');
    expect(tracesOfAda(csv.replaceAll(USER_MANUAL_NOTE, ''))).toEqual([]);

    // The user's own posts stay (page address dropped when it named her); others' history is intact.
    const left = (await conn.getAll('interactions')) as Interaction[];
    expect(left.filter((entry) => entry.kind === 'posted').map((entry) => entry.url)).toEqual([
      null,
      null,
      'https://www.linkedin.com/feed/',
    ]);
    expect(await conn.get('interactions', publicPost.id)).toMatchObject({ url: 'https://www.linkedin.com/feed/' });
    expect(await conn.get('interactions', brunoShare.id)).toMatchObject({ prospectId: '/in/bruno-b', url: BRUNO_THREAD });
    expect((await conn.getAll('prospects')).map((prospect) => prospect.id)).toEqual(['/in/bruno-b']);
  });

  it('erases the same when asked by the member id path', async () => {
    const { conn, call } = await fillWithAda();
    await call('prospects.erase', { id: MEMBER_PATH });
    const after = await dump(conn);
    expect(tracesOfAda(after.replaceAll(USER_NOTE_ON_BRUNO, '').replaceAll(USER_MANUAL_NOTE, ''))).toEqual([]);
  });
});

describe('one id per person', () => {
  it('moves entries logged under a member id to the slug when the person is tracked with both', async () => {
    const db = createDbHandle(`nurture-erasure-${++n}`);
    let clock = 1000;
    const prospects = createProspects({ db, now: () => ++clock });
    const conn = await db();
    const id = await conn.add('interactions', {
      at: 1,
      kind: 'shared',
      prospectId: MEMBER_PATH,
      contentId: 'c1',
      channel: 'message',
      url: THREAD,
      externalId: null,
      note: '',
      status: 'sent',
    });
    // Tracked by slug first, the member id learned later.
    await prospects.add({ profilePath: SLUG, name: 'Ada Sample', headline: '', company: '' });
    expect((await conn.get('interactions', id))?.prospectId).toBe(MEMBER_PATH);
    await prospects.add({ profilePath: SLUG, name: 'Ada Sample', headline: '', company: '', memberId: MEMBER });
    expect((await conn.get('interactions', id))?.prospectId).toBe(SLUG);
    expect((await prospects.timeline(SLUG)).map((entry) => entry.id)).toEqual([id]);
  });
});

describe('urlNamesProfile', () => {
  it('finds a profile path or member id anywhere in a URL, and nothing else', () => {
    const ids = [SLUG, MEMBER_PATH];
    expect(urlNamesProfile('https://www.linkedin.com/in/ada-sample-42/recent-activity/all/', ids)).toBe(true);
    expect(urlNamesProfile('https://www.linkedin.com/in/Ada-Sample-42', ids)).toBe(true);
    expect(urlNamesProfile(`https://www.linkedin.com/in/${MEMBER}/overlay/`, ids)).toBe(true);
    expect(urlNamesProfile(`https://www.linkedin.com/feed/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${MEMBER}`, ids)).toBe(true);
    expect(
      urlNamesProfile(`https://www.linkedin.com/redir?url=${encodeURIComponent('https://www.linkedin.com/in/ada-sample-42/')}`, ids),
    ).toBe(true);
    expect(urlNamesProfile('https://www.linkedin.com/in/ada-sample-420/', ids)).toBe(false);
    expect(urlNamesProfile('https://www.linkedin.com/in/acoaaexamplemember123/', [MEMBER_PATH])).toBe(false);
    expect(urlNamesProfile('https://www.linkedin.com/messaging/thread/2-ada/', ids)).toBe(false);
    expect(urlNamesProfile('https://www.linkedin.com/in/%E0%A4%A/', ids)).toBe(false);
  });
});
