// Issue 13, "the page writes the user's log": a LinkedIn page can draw any conversation, and the
// content script that reads it is within the page's reach. Here the content script is taken to be
// wholly the page's: it sends, through the router, whatever a page could make it send. What gets
// recorded must stay within the bound SECURITY.md states.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { REPLY_WINDOW_MS } from '../../src/background/prospects';
import { DRAFT_CONFIRM_MS } from '../../src/background/sharing';
import type { Sender } from '../../src/background/router';
import type { Interaction } from '../../src/domain/model';
import { background } from './helpers/background';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const hostile: Sender = { kind: 'linkedin-content', tabId: 9 };
const THREAD = 'https://www.linkedin.com/messaging/thread/2-jane/';
const JANE = '/in/jane-doe';
const PUBLIC_URL = 'https://example.com/blog/cfo-case';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-page-bounds-${++n}`);
  let clock = 1_000_000_000;
  const { route } = background({ db, now: () => (clock += 10) });
  const conn = await db();
  await conn.put('content', item({ id: 'c1', url: PUBLIC_URL, title: 'CFO case' }));
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  await call('prospects.add', { profilePath: JANE, name: 'Jane Doe', headline: '', company: 'Example' });
  const log = async () => (await (await db()).getAll('interactions')) as Interaction[];
  const replies = async () => (await log()).filter((entry) => entry.kind === 'replied');
  /** One batch of 200 fake messages "from" Jane, as many batches as asked. */
  const flood = async (batches: number, tag: string) => {
    let recorded = 0;
    for (let batch = 0; batch < batches; batch++) {
      const answer = await call<{ recorded: number }>(
        'replies.record',
        {
          prospectId: JANE,
          pageUrl: THREAD,
          replies: Array.from({ length: 200 }, (_, i) => ({ externalId: `urn:li:msg_message:${tag}-${batch}-${i}`, text: 'fake' })),
        },
        hostile,
      );
      recorded += answer.recorded;
    }
    return recorded;
  };
  return { db, call, log, replies, flood, later: (ms: number) => void (clock += ms) };
}

describe('what a page-controlled content script can make the background record', () => {
  it('records one reply out of 10,000 fake messages, and Jane stays awaiting after a real share', async () => {
    const { call, replies, flood } = await setup();
    expect(await flood(50, 'a')).toBe(1);
    expect(await replies()).toHaveLength(1);
    // The same 10,000 again, with other ids, by name instead of profile: nothing more.
    const byName = await call<{ recorded: number }>(
      'replies.record',
      {
        prospectId: null,
        personName: 'Jane Doe',
        pageUrl: THREAD,
        replies: Array.from({ length: 200 }, (_, i) => ({ externalId: `n-${i}`, text: '' })),
      },
      hostile,
    );
    expect(byName.recorded).toBe(0);
    expect(await replies()).toHaveLength(1);
  });

  it('lets each share the user really sent be answered once, and no more', async () => {
    const { call, replies, flood, later } = await setup();
    // The user shares with the picker (a trusted click logs the draft)...
    const { link } = await call<{ link: string }>('share.prepare', { contentId: 'c1', prospectId: JANE }, hostile);
    await call('share.log', { contentId: 'c1', prospectId: JANE, channel: 'message', pageUrl: THREAD, link, captionIndex: null }, hostile);
    // ...the page draws our message with the article's public address: not our tagged link.
    expect(
      await call('share.confirmSent', { prospectId: JANE, links: [PUBLIC_URL, `${PUBLIC_URL}?utm_source=linkedin`] }, hostile),
    ).toEqual({ confirmed: 0 });
    // With the exact tagged link (which the page can read in the composer), the draft is sent, once.
    expect(await call('share.confirmSent', { prospectId: JANE, links: [link] }, hostile)).toEqual({ confirmed: 1 });
    expect(await call('share.confirmSent', { prospectId: JANE, links: [link, `${link}#again`] }, hostile)).toEqual({ confirmed: 0 });
    expect(await flood(50, 'b')).toBe(1);
    expect(await flood(50, 'c')).toBe(0);
    later(REPLY_WINDOW_MS);
    expect(await flood(50, 'd')).toBe(1);
    expect(await replies()).toHaveLength(2);
  });

  it('confirms only recent drafts, one per link shown, never a draft of another person', async () => {
    const { call, log, later } = await setup();
    await call('prospects.add', { profilePath: '/in/bruno', name: 'Bruno', headline: '', company: '' });
    const { link } = await call<{ link: string }>('share.prepare', { contentId: 'c1', prospectId: JANE }, hostile);
    const share = (prospectId: string) =>
      call<{ id: number }>(
        'share.log',
        { contentId: 'c1', prospectId, channel: 'message', pageUrl: THREAD, link, captionIndex: null },
        hostile,
      );
    const old = await share(JANE);
    later(DRAFT_CONFIRM_MS + 1);
    const first = await share(JANE);
    const second = await share(JANE);
    const bruno = await share('/in/bruno');
    // 100 copies of the link: one draft, the newest of Jane's.
    expect(await call('share.confirmSent', { prospectId: JANE, links: Array.from({ length: 100 }, () => link) }, hostile)).toEqual({
      confirmed: 1,
    });
    const status = async (id: number) => (await log()).find((entry) => entry.id === id)?.status;
    expect([await status(old.id), await status(first.id), await status(second.id), await status(bruno.id)]).toEqual([
      'draft',
      'draft',
      'sent',
      'draft',
    ]);
    expect(await call('share.confirmSent', { prospectId: JANE, links: [link] }, hostile)).toEqual({ confirmed: 1 });
    expect(await call('share.confirmSent', { prospectId: JANE, links: [link] }, hostile)).toEqual({ confirmed: 0 });
    expect(await status(old.id)).toBe('draft');
  });

  it("refuses a sent-confirmation that names no person, and confirms nobody's draft with it (issue 24)", async () => {
    const { call, log } = await setup();
    const { link } = await call<{ link: string }>('share.prepare', { contentId: 'c1', prospectId: JANE }, hostile);
    const named = await call<{ id: number }>(
      'share.log',
      { contentId: 'c1', prospectId: null, personName: 'Jane Doe', channel: 'message', pageUrl: THREAD, link, captionIndex: null },
      hostile,
    );
    const { id } = await call<{ id: number }>(
      'share.log',
      { contentId: 'c1', prospectId: JANE, channel: 'message', pageUrl: THREAD, link, captionIndex: null },
      hostile,
    );
    await expect(call('share.confirmSent', { prospectId: null, links: [link] }, hostile)).rejects.toThrow(
      /^share\.confirmSent: malformed .*a profile or a name/,
    );
    await expect(call('share.confirmSent', { prospectId: null, personName: undefined, links: [link] }, hostile)).rejects.toThrow(
      /^share\.confirmSent: malformed .*a profile or a name/,
    );
    // A blank name is no name.
    await expect(call('share.confirmSent', { prospectId: null, personName: ' \t', links: [link] }, hostile)).rejects.toThrow(
      /^share\.confirmSent: malformed /,
    );
    const status = async (entry: number) => (await log()).find((interaction) => interaction.id === entry)?.status;
    expect([await status(id), await status(named.id)]).toEqual(['draft', 'draft']);
    // Named, by profile or by name, it confirms as before.
    expect(await call('share.confirmSent', { prospectId: JANE, links: [link] }, hostile)).toEqual({ confirmed: 1 });
    expect(await status(id)).toBe('sent');
  });
});
