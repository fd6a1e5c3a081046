import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createActivity } from '../../src/background/activity';
import { createDbHandle } from '../../src/background/db';
import { updateSettings } from '../../src/background/settings';
import { createSharing, pickCaption } from '../../src/background/sharing';
import { item } from './helpers/items';

const captions = [
  { language: 'en', text: 'A' },
  { language: 'fr', text: 'B (fr)' },
  { language: 'en', text: 'C' },
  { language: 'en', text: 'D' },
];

describe('pickCaption', () => {
  it('proposes a caption in the item language that was not used recently', () => {
    expect(pickCaption(captions, 'en', [])).toBe(0);
    expect(pickCaption(captions, 'en', [0])).toBe(2);
    expect(pickCaption(captions, 'en', [2, 0])).toBe(3);
    // All used: the one used longest ago.
    expect(pickCaption(captions, 'en', [3, 2, 0])).toBe(0);
    expect(pickCaption(captions, 'en', [0, 3, 2])).toBe(2);
  });
  it('falls back to any language, and to none', () => {
    expect(pickCaption(captions, 'de', [0])).toBe(1);
    expect(pickCaption([], 'en', [])).toBeNull();
  });
});

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-sharing-${++n}`);
  let clock = 1_000;
  const sharing = createSharing({ db, now: () => ++clock });
  const activity = createActivity({ db, now: () => ++clock });
  const conn = await db();
  await conn.put(
    'content',
    item({ id: 'c1', url: 'https://example.com/blog/cfo-case', title: 'CFO case', captions: captions.slice(0, 3) }),
  );
  await updateSettings(conn, { repId: 'ana' });
  return { db, sharing, activity };
}

const page = 'https://www.linkedin.com/messaging/thread/2-ada/';

describe('sharing', () => {
  it('prepares caption and tagged link, and rotates captions over shares', async () => {
    const { sharing } = await setup();
    const first = await sharing.prepare('c1', 'message');
    expect(first.caption).toBe('A');
    // A message opens with the user's frame (the default English one, nobody's name known).
    expect(first.text).toBe(`Hi there, I thought of you when I read this:\n\nA\n${first.link}`);
    expect((await sharing.prepare('c1', 'post')).text).toBe(`A\n${(await sharing.prepare('c1', 'post')).link}`);
    expect(new URL(first.link).searchParams.get('utm_term')).toBe('ana');
    await sharing.log({
      contentId: 'c1',
      prospectId: '/in/ada',
      channel: 'message',
      pageUrl: page,
      link: first.link,
      captionIndex: first.captionIndex,
    });
    expect((await sharing.prepare('c1')).caption).toBe('C');
  });

  it('logs a message share as a draft, and confirms it when the link shows in the thread', async () => {
    const { sharing, db } = await setup();
    const { link, captionIndex } = await sharing.prepare('c1');
    const { id } = await sharing.log({ contentId: 'c1', prospectId: '/in/ada', channel: 'message', pageUrl: page, link, captionIndex });
    expect(await (await db()).get('interactions', id)).toMatchObject({
      kind: 'shared',
      status: 'draft',
      prospectId: '/in/ada',
      audience: 'person',
      channel: 'message',
    });
    expect((await sharing.context('/in/ada')).sentContentIds).toEqual([]);

    // Another conversation's messages do not confirm it.
    expect(await sharing.confirmSent('/in/bruno', [link])).toEqual({ confirmed: 0 });
    // The article's public address (which any page can write in a fake "own" message) is not
    // the tagged link: it confirms nothing. (It used to: that was issue 13's forged "sent".)
    expect(
      await sharing.confirmSent('/in/ada', [
        'https://example.com/blog/cfo-case#x',
        'https://example.com/blog/cfo-case?utm_source=linkedin',
      ]),
    ).toEqual({ confirmed: 0 });
    // LinkedIn shows the tagged link with its parameters in another order or with a fragment: the same link.
    const url = new URL(link);
    const reordered = `${url.origin}${url.pathname}?${[...url.searchParams]
      .reverse()
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&')}#x`;
    expect(await sharing.confirmSent('/in/ada', [reordered])).toEqual({ confirmed: 1 });
    expect((await (await db()).get('interactions', id))?.status).toBe('sent');
    expect(await sharing.confirmSent('/in/ada', [link])).toEqual({ confirmed: 0 });
    expect((await sharing.context('/in/ada')).sentContentIds).toEqual(['c1']);
  });

  it('confirms no draft for a conversation that names no one (issue 24)', async () => {
    const { sharing, db } = await setup();
    const { link, captionIndex } = await sharing.prepare('c1');
    const { id } = await sharing.log({ contentId: 'c1', prospectId: '/in/ada', channel: 'message', pageUrl: page, link, captionIndex });
    const unnamed = await sharing.log({ contentId: 'c1', prospectId: null, channel: 'message', pageUrl: page, link, captionIndex });
    expect(await sharing.confirmSent(null, [link])).toEqual({ confirmed: 0 });
    expect((await (await db()).get('interactions', id))?.status).toBe('draft');
    expect((await (await db()).get('interactions', unnamed.id))?.status).toBe('draft');
  });

  it('logs posts and comments as posted to the network, never as drafts', async () => {
    const { sharing, db } = await setup();
    const { id } = await sharing.log({
      contentId: 'c1',
      prospectId: '/in/ada',
      channel: 'post',
      pageUrl: 'https://www.linkedin.com/feed/',
      link: 'https://example.com/blog/cfo-case',
      captionIndex: 0,
    });
    const entry = await (await db()).get('interactions', id);
    expect(entry).toMatchObject({ kind: 'posted', channel: 'post', audience: 'network', prospectId: null });
    expect(entry?.status).toBeUndefined();
  });

  it('lists recent activity newest first with titles', async () => {
    const { sharing, activity } = await setup();
    for (const channel of ['message', 'post'] as const) {
      await sharing.log({
        contentId: 'c1',
        prospectId: '/in/ada',
        channel,
        pageUrl: page,
        link: 'https://example.com/blog/cfo-case',
        captionIndex: null,
      });
    }
    const { entries } = await activity.recent(10);
    expect(entries.map((e) => [e.interaction.kind, e.contentTitle])).toEqual([
      ['posted', 'CFO case'],
      ['shared', 'CFO case'],
    ]);
  });
});
