// Replies read from the conversation list, and what a reply's class changes (issue 25): the one
// tracked prospect of a row's name gets one reply per contact, within the bounds of replies read
// in threads; "asked to stop" marks them do-not-contact, out of office moves the follow-up.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { replyRows } from '../../src/content/features/list-replies';
import type { ListRow } from '../../src/content/linkedin/conversation-list';
import type { Interaction, Prospect } from '../../src/domain/model';
import { background } from './helpers/background';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };
const INBOX = 'https://www.linkedin.com/messaging/';
const DAY = 86_400_000;

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-list-replies-${++n}`);
  let clock = Date.UTC(2026, 11, 7, 12);
  const { route } = background({ db, now: () => clock });
  const conn = await db();
  await conn.put('content', item({ id: 'c1', url: 'https://example.com/blog/onboarding', title: 'Onboarding costs' }));
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  const track = async (profilePath: string, name: string, lastContactAt: number | null = clock - 2 * DAY) => {
    await call('prospects.add', { profilePath, name, headline: '', company: '' });
    const record = (await conn.get('prospects', profilePath))!;
    await conn.put('prospects', { ...record, lastContactAt });
  };
  const row = (name: string, snippet: string, at = clock - 60_000, precision: 'minute' | 'day' = 'minute') => ({
    name,
    snippet,
    at,
    precision,
    unread: true,
  });
  const fromList = (...rows: ReturnType<typeof row>[]) => call<{ recorded: number }>('replies.fromList', { pageUrl: INBOX, rows }, content);
  const prospect = async (id: string) => (await conn.get('prospects', id)) as Prospect;
  const replies = async () => ((await conn.getAll('interactions')) as Interaction[]).filter((entry) => entry.kind === 'replied');
  const tick = (ms: number) => (clock += ms);
  return { call, track, row, fromList, prospect, replies, tick, conn, now: () => clock };
}

describe('replies from the conversation list', () => {
  it('records one reply for the one tracked prospect of the name, newer than the last contact, with its class', async () => {
    const { track, row, fromList, replies, prospect } = await setup();
    await track('/in/ada-sample-42', 'Ada Sample');
    expect(await fromList(row('ada sample', 'Thanks, happy to talk next week'))).toEqual({ recorded: 1 });
    expect(await replies()).toEqual([
      expect.objectContaining({ prospectId: '/in/ada-sample-42', via: 'list', replyClass: 'interested', note: '' }),
    ]);
    expect((await prospect('/in/ada-sample-42')).lastReplyAt).not.toBeNull();
    // The same row again, or another row of hers: one reply per contact.
    expect(await fromList(row('Ada Sample', 'Thanks, happy to talk next week'), row('Ada Sample', 'Also: Tuesday?'))).toEqual({
      recorded: 0,
    });
  });

  it('records nothing for a name two prospects bear, an untracked name, or a row older than the last contact', async () => {
    const { track, row, fromList, replies, now } = await setup();
    await track('/in/lucia-1', 'Lucía Ejemplo');
    await track('/in/lucia-2', 'Lucia Ejemplo');
    await track('/in/bruno-exemple', 'Bruno Exemple', now() - 60_000);
    expect(
      await fromList(
        row('Lucia Ejemplo', 'Sounds good'),
        row('Tom Nobody', 'Sounds good'),
        row('Bruno Exemple', 'Sounds good', now() - 120_000),
      ),
    ).toEqual({ recorded: 0 });
    // A row dated only by its day, the day of the contact, may be older than it.
    expect(await fromList(row('Bruno Exemple', 'Sounds good', now() - 3_600_000, 'day'))).toEqual({ recorded: 0 });
    expect(await replies()).toEqual([]);
  });

  it('marks someone who asked to stop do-not-contact: no follow-up, not awaiting, shares refused from the panel only', async () => {
    const { call, track, row, fromList, prospect } = await setup();
    await track('/in/dan-placeholder', 'Dan Placeholder');
    await call('prospects.update', { id: '/in/dan-placeholder', patch: { nextFollowUp: Date.UTC(2026, 11, 9) } });
    expect(await fromList(row('Dan Placeholder', 'Please stop messaging me.'))).toEqual({ recorded: 1 });
    expect(await prospect('/in/dan-placeholder')).toMatchObject({ doNotContact: true, nextFollowUp: null });
    const today = await call<{ due: Prospect[]; awaiting: Prospect[] }>('prospects.today', {});
    expect([...today.due, ...today.awaiting].map((p) => p.id)).not.toContain('/in/dan-placeholder');
    await expect(call('share.prepare', { contentId: 'c1', prospectId: '/in/dan-placeholder', channel: 'message' })).rejects.toThrow(
      /Asked not to be contacted/,
    );
    // LinkedIn's page learns nothing of it (issue 32): its preview is filled from the page's name.
    expect(
      (
        await call<{ text: string }>(
          'share.prepare',
          { contentId: 'c1', prospectId: '/in/dan-placeholder', personName: 'Dan Placeholder', channel: 'message' },
          content,
        )
      ).text,
    ).toContain('https://');
    // The user lifts it.
    await call('prospects.update', { id: '/in/dan-placeholder', patch: { doNotContact: false } });
    expect(
      (await call<{ text: string }>('share.prepare', { contentId: 'c1', prospectId: '/in/dan-placeholder', channel: 'message' })).text,
    ).toContain('https://');
  });

  it("moves an out-of-office person's follow-up after the return date", async () => {
    const { track, row, fromList, prospect } = await setup();
    await track('/in/chloe-modele', 'Chloé Modèle');
    expect(await fromList(row('Chloé Modèle', "Je suis absente jusqu'au 12 janvier, je vous répondrai à mon retour."))).toEqual({
      recorded: 1,
    });
    const next = (await prospect('/in/chloe-modele')).nextFollowUp!;
    expect(new Date(next).getMonth()).toBe(0);
    expect(new Date(next).getDate()).toBe(13);
  });

  it('lets the thread name a reply first seen in the list, without a second reply', async () => {
    const { call, track, row, fromList, replies } = await setup();
    await track('/in/ada-sample-42', 'Ada Sample');
    await fromList(row('Ada Sample', 'Thanks, happy to'));
    expect(
      await call(
        'replies.record',
        {
          prospectId: '/in/ada-sample-42',
          pageUrl: 'https://www.linkedin.com/messaging/thread/2-ada/',
          replies: [{ externalId: 'urn:li:msg:ada-1', text: 'Thanks, happy to talk next week. What does the pilot cost?' }],
        },
        content,
      ),
    ).toEqual({ recorded: 0 });
    expect(await replies()).toEqual([expect.objectContaining({ via: 'thread', externalId: 'linkedin:urn:li:msg:ada-1' })]);
  });

  it('lists new replies until the user looked, and refuses the list from an extension page', async () => {
    const { call, track, row, fromList, tick } = await setup();
    expect((await call<{ replies: unknown[] }>('replies.new', {})).replies).toEqual([]);
    await track('/in/ada-sample-42', 'Ada Sample');
    tick(1000);
    await fromList(row('Ada Sample', 'Not now, maybe in Q3'));
    expect(
      (await call<{ replies: { name: string; replyClass: string; conversationUrl: string | null }[] }>('replies.new', {})).replies,
    ).toEqual([expect.objectContaining({ name: 'Ada Sample', replyClass: 'later', conversationUrl: null })]);
    tick(1000);
    await call('replies.seen', {});
    expect((await call<{ replies: unknown[] }>('replies.new', {})).replies).toEqual([]);
    await expect(call('replies.fromList', { pageUrl: INBOX, rows: [] })).rejects.toThrow(/unauthorised/);
  });
});

describe('replyRows', () => {
  const base: ListRow = {
    name: 'Ada Sample',
    oneToOne: true,
    snippet: 'Sure',
    from: 'theirs',
    time: { at: 1, precision: 'minute' },
    unread: true,
    active: false,
  };
  it('keeps one-to-one rows whose newest message is theirs, dated, not the open thread', () => {
    expect(
      replyRows([
        base,
        { ...base, from: 'own' },
        { ...base, oneToOne: false },
        { ...base, time: null },
        { ...base, active: true },
        { ...base, snippet: '' },
      ]),
    ).toEqual([base]);
  });
});
