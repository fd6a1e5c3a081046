import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { createProspects, REPLY_WINDOW_MS } from '../../src/background/prospects';
import { createSharing } from '../../src/background/sharing';

let n = 0;
function setup() {
  const db = createDbHandle(`nurture-prospects-${++n}`);
  let clock = 1000;
  /** Moves the clock on, past the quiet time after a recorded reply for instance. */
  const later = (ms: number) => void (clock += ms);
  return { db, later, prospects: createProspects({ db, now: () => ++clock }), sharing: createSharing({ db, now: () => ++clock }) };
}
const ada = {
  profilePath: '/in/ada-sample-42',
  name: 'Ada Sample',
  headline: 'Head of Operations at Example Industries',
  company: 'Example Industries',
};

describe('prospects', () => {
  it('adds a person once: adding again returns the existing record', async () => {
    const { prospects } = setup();
    const first = await prospects.add(ada);
    expect(first).toMatchObject({ created: true, prospect: { id: '/in/ada-sample-42', stage: 'awareness' } });
    const again = await prospects.add({ ...ada, name: 'Someone else' });
    expect(again).toMatchObject({ created: false, prospect: { name: 'Ada Sample' } });
    expect(await prospects.list({})).toHaveLength(1);
  });

  it('logs stage changes for the funnel, and filters the list', async () => {
    const { prospects } = setup();
    await prospects.add(ada);
    await prospects.add({ ...ada, profilePath: '/in/bruno', name: 'Bruno' });
    await prospects.update('/in/ada-sample-42', { stage: 'evaluation', persona: 'COO', tags: ['q4'] });
    await prospects.update('/in/ada-sample-42', { notes: 'met at the fair' });
    const timeline = await prospects.timeline('/in/ada-sample-42');
    expect(timeline.map((e) => [e.kind, e.stageFrom, e.stageTo])).toEqual([['stage', 'awareness', 'evaluation']]);
    expect((await prospects.list({ stage: 'evaluation' })).map((p) => p.name)).toEqual(['Ada Sample']);
    expect((await prospects.list({ tag: 'Q4' })).map((p) => p.name)).toEqual(['Ada Sample']);
    expect((await prospects.list({ text: 'bru' })).map((p) => p.name)).toEqual(['Bruno']);
  });

  it('records each reply once, only for tracked people', async () => {
    const { prospects, db, later } = setup();
    const page = 'https://www.linkedin.com/messaging/thread/2-ada/';
    expect(await prospects.recordReplies('/in/ada-sample-42', [{ externalId: 'urn:1', text: null }], page)).toEqual({ recorded: 0 });
    await prospects.add(ada);
    // Two messages at once are one answer (it used to record both: issue 13, a page drawing
    // thousands of messages recorded thousands of replies).
    expect(
      await prospects.recordReplies(
        '/in/ada-sample-42',
        [
          { externalId: 'urn:1', text: null },
          { externalId: 'urn:2', text: 'Thanks' },
        ],
        page,
      ),
    ).toEqual({ recorded: 1 });
    // Reload, scroll back, a second tab: the same messages again.
    later(REPLY_WINDOW_MS);
    expect(await prospects.recordReplies('/in/ada-sample-42', [{ externalId: 'urn:1', text: null }], page)).toEqual({ recorded: 0 });
    // A new message, a day later: an answer again.
    expect(
      await prospects.recordReplies(
        '/in/ada-sample-42',
        [
          { externalId: 'urn:1', text: null },
          { externalId: 'urn:2', text: 'Thanks' },
        ],
        page,
      ),
    ).toEqual({ recorded: 1 });
    const replies = (await (await db()).getAll('interactions')).filter((e) => e.kind === 'replied');
    expect(replies.map((e) => [e.externalId, e.note])).toEqual([
      ['linkedin:urn:1', ''],
      ['linkedin:urn:2', 'Thanks'],
    ]);
    expect((await prospects.get('/in/ada-sample-42'))?.lastReplyAt).not.toBeNull();
  });

  it('records at most one reply per prospect per day, plus one per share sent to them since their last reply', async () => {
    const { prospects, sharing, db, later } = setup();
    const page = 'https://www.linkedin.com/messaging/thread/2-ada/';
    await prospects.add(ada);
    const flood = (from: number) => Array.from({ length: 200 }, (_, i) => ({ externalId: `urn:${from + i}`, text: null }));
    const replies = async () => (await (await db()).getAll('interactions')).filter((e) => e.kind === 'replied').length;
    expect(await prospects.recordReplies(ada.profilePath, flood(0), page)).toEqual({ recorded: 1 });
    for (let call = 1; call < 50; call++)
      expect(await prospects.recordReplies(ada.profilePath, flood(call * 200), page)).toEqual({ recorded: 0 });
    expect(await replies()).toBe(1);
    // A draft does not open the door; a share confirmed sent does, once.
    const link = 'https://example.com/a?utm_source=linkedin';
    await sharing.log({ contentId: 'c1', prospectId: ada.profilePath, channel: 'message', pageUrl: page, link, captionIndex: null });
    expect(await prospects.recordReplies(ada.profilePath, flood(20_000), page)).toEqual({ recorded: 0 });
    expect(await sharing.confirmSent(ada.profilePath, [link])).toEqual({ confirmed: 1 });
    expect(await prospects.recordReplies(ada.profilePath, flood(30_000), page)).toEqual({ recorded: 1 });
    expect(await prospects.recordReplies(ada.profilePath, flood(40_000), page)).toEqual({ recorded: 0 });
    // A day after the last reply: one more.
    later(REPLY_WINDOW_MS);
    expect(await prospects.recordReplies(ada.profilePath, flood(50_000), page)).toEqual({ recorded: 1 });
    expect(await prospects.recordReplies(ada.profilePath, flood(60_000), page)).toEqual({ recorded: 0 });
    expect(await replies()).toBe(3);
  });

  it('erases a person and every interaction that names them, and nothing else', async () => {
    const { prospects, sharing, db } = setup();
    await prospects.add(ada);
    await prospects.add({ ...ada, profilePath: '/in/bruno', name: 'Bruno' });
    await prospects.update('/in/ada-sample-42', { stage: 'consideration' });
    await prospects.recordReplies(
      '/in/ada-sample-42',
      [{ externalId: 'urn:9', text: null }],
      'https://www.linkedin.com/messaging/thread/x/',
    );
    for (const prospectId of ['/in/ada-sample-42', '/in/bruno']) {
      await sharing.log({
        contentId: 'c1',
        prospectId,
        channel: 'message',
        pageUrl: 'https://www.linkedin.com/messaging/thread/x/',
        link: 'https://e.com/a',
        captionIndex: null,
      });
    }
    expect(await prospects.erase('/in/ada-sample-42')).toEqual({ deletedInteractions: 3 });
    expect(await prospects.get('/in/ada-sample-42')).toBeNull();
    const left = await (await db()).getAll('interactions');
    expect(left.map((e) => e.prospectId)).toEqual(['/in/bruno']);
  });
});

describe('member ids', () => {
  const urnPath = '/in/ACoAAExampleMember123';
  it('merges a record made from a member id into the slug record, with its history', async () => {
    const { prospects, sharing, db, later } = setup();
    await prospects.add({ profilePath: urnPath, name: 'Ada Sample', headline: '', company: '' });
    await prospects.recordReplies(urnPath, [{ externalId: 'urn:1', text: null }], 'https://www.linkedin.com/messaging/thread/x/');
    const merged = await prospects.add({ ...ada, memberId: 'ACoAAExampleMember123' });
    expect(merged).toMatchObject({
      created: false,
      prospect: { id: '/in/ada-sample-42', memberId: 'ACoAAExampleMember123', company: 'Example Industries' },
    });
    expect((await prospects.list({})).map((p) => p.id)).toEqual(['/in/ada-sample-42']);
    expect((await (await db()).getAll('interactions')).map((e) => e.prospectId)).toEqual(['/in/ada-sample-42']);
    // Pages that still give only the member id reach the same record.
    expect((await prospects.get(urnPath))?.id).toBe('/in/ada-sample-42');
    later(REPLY_WINDOW_MS);
    expect(
      await prospects.recordReplies(
        urnPath,
        [
          { externalId: 'urn:1', text: null },
          { externalId: 'urn:2', text: null },
        ],
        'https://www.linkedin.com/messaging/thread/x/',
      ),
    ).toEqual({ recorded: 1 });
    const { id } = await sharing.log({
      contentId: 'c1',
      prospectId: urnPath,
      channel: 'message',
      pageUrl: 'https://www.linkedin.com/messaging/thread/x/',
      link: 'https://e.com/a',
      captionIndex: null,
    });
    expect((await (await db()).get('interactions', id))?.prospectId).toBe('/in/ada-sample-42');
  });

  it('keeps the member id of a slug record that did not have it', async () => {
    const { prospects } = setup();
    await prospects.add(ada);
    expect((await prospects.add({ ...ada, memberId: 'ACoAAExampleMember123' })).prospect.memberId).toBe('ACoAAExampleMember123');
    expect((await prospects.get(urnPath))?.id).toBe('/in/ada-sample-42');
  });
});

describe('today lists', () => {
  it('lists follow-ups due (oldest first) and people awaiting a reply (longest first)', async () => {
    const db = createDbHandle(`nurture-today-${++n}`);
    const now = new Date(2026, 10, 22, 10).getTime();
    const day = 86_400_000;
    const prospects = createProspects({ db, now: () => now });
    const add = async (id: string, fields: Record<string, unknown>) => {
      await prospects.add({ ...ada, profilePath: id, name: id });
      await (await db()).put('prospects', { ...(await prospects.get(id))!, ...fields });
    };
    await add('/in/due-today', { nextFollowUp: now + 3_600_000 });
    await add('/in/due-late', { nextFollowUp: now - 3 * day });
    await add('/in/due-tomorrow', { nextFollowUp: now + 2 * day });
    await add('/in/lost', { nextFollowUp: now - day, stage: 'lost', lastContactAt: now - 30 * day });
    await add('/in/waiting-long', { lastContactAt: now - 20 * day });
    await add('/in/waiting', { lastContactAt: now - 6 * day, lastReplyAt: now - 9 * day });
    await add('/in/answered', { lastContactAt: now - 6 * day, lastReplyAt: now - 5 * day });
    await add('/in/too-recent', { lastContactAt: now - 2 * day });
    await add('/in/never-contacted', {});
    const { due, awaiting } = await prospects.today();
    expect(due.map((p) => p.id)).toEqual(['/in/due-late', '/in/due-today']);
    expect(awaiting.map((p) => p.id)).toEqual(['/in/waiting-long', '/in/waiting']);
  });

  it('reads no more than the popup shows, the longest-waiting first, skipping those who answered', async () => {
    const db = createDbHandle(`nurture-today-${++n}`);
    const now = new Date(2026, 10, 22, 10).getTime();
    const day = 86_400_000;
    const prospects = createProspects({ db, now: () => now });
    const conn = await db();
    for (let i = 0; i < 40; i++) {
      await prospects.add({ ...ada, profilePath: `/in/p-${i}`, name: `P ${i}` });
      const answered = i < 10;
      await conn.put('prospects', {
        ...(await prospects.get(`/in/p-${i}`))!,
        lastContactAt: now - (50 - i) * day,
        lastReplyAt: answered ? now : null,
        nextFollowUp: now - (40 - i) * day,
      });
    }
    const { due, awaiting } = await prospects.today();
    expect(due.map((p) => p.id)).toEqual(['/in/p-0', '/in/p-1', '/in/p-2', '/in/p-3', '/in/p-4']);
    expect(awaiting.map((p) => p.id)).toEqual(['/in/p-10', '/in/p-11', '/in/p-12', '/in/p-13', '/in/p-14']);
    // The badge counts every follow-up due, not only those the popup lists.
    expect(await prospects.dueCount()).toBe(40);
  });
});
