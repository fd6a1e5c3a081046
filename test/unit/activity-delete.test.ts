// Deleting one entry of the log (issue 13): the user removes a forged reply or a mistaken share,
// and the prospect's last reply and last contact follow the log that remains.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { REPLY_WINDOW_MS } from '../../src/background/prospects';
import type { Sender } from '../../src/background/router';
import type { Interaction, Prospect } from '../../src/domain/model';
import { background } from './helpers/background';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const ADA = '/in/ada-sample-42';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-activity-delete-${++n}`);
  let clock = 1_000_000_000;
  const { route } = background({ db, now: () => (clock += 10) });
  await (await db()).put('content', item({ id: 'c1', url: 'https://example.com/blog/cfo-case', title: 'CFO case' }));
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  await call('prospects.add', { profilePath: ADA, name: 'Ada Sample', headline: '', company: 'Example' });
  const sentShare = async () => {
    const { link } = await call<{ link: string }>('share.prepare', { contentId: 'c1', prospectId: ADA }, content);
    const { id } = await call<{ id: number }>(
      'share.log',
      { contentId: 'c1', prospectId: ADA, channel: 'message', pageUrl: THREAD, link, captionIndex: null },
      content,
    );
    expect(await call('share.confirmSent', { prospectId: ADA, links: [link] }, content)).toEqual({ confirmed: 1 });
    return id;
  };
  const reply = async (externalId: string) => {
    expect(await call('replies.record', { prospectId: ADA, pageUrl: THREAD, replies: [{ externalId, text: '' }] }, content)).toEqual({
      recorded: 1,
    });
    return (await (await db()).getAll('interactions')).find((entry) => entry.externalId === `linkedin:${externalId}`)!;
  };
  const ada = () => call<Prospect>('prospects.get', { id: ADA });
  const log = async () => (await (await db()).getAll('interactions')) as Interaction[];
  return { route, call, sentShare, reply, ada, log, later: (ms: number) => void (clock += ms) };
}

describe('activity.delete', () => {
  it('deletes one reply, and the last reply is the one before it, then none', async () => {
    const { call, reply, ada, log, later } = await setup();
    const first = await reply('urn:1');
    later(REPLY_WINDOW_MS);
    const second = await reply('urn:2');
    expect((await ada()).lastReplyAt).toBe(second.at);
    const answer = await call<{ deleted: true; prospect: Prospect }>('activity.delete', { id: second.id });
    expect(answer).toMatchObject({ deleted: true, prospect: { id: ADA, lastReplyAt: first.at } });
    expect((await ada()).lastReplyAt).toBe(first.at);
    expect((await log()).map((entry) => entry.id)).toEqual([first.id]);
    await call('activity.delete', { id: first.id });
    expect((await ada()).lastReplyAt).toBeNull();
    expect(await log()).toEqual([]);
  });

  it('deletes a sent share, and the last contact is the previous sent share; a note changes neither', async () => {
    const { call, sentShare, ada, log } = await setup();
    const older = await sentShare();
    const newer = await sentShare();
    const at = async (id: number) => (await log()).find((entry) => entry.id === id)!.at;
    const olderAt = await at(older);
    expect((await ada()).lastContactAt).toBe(await at(newer));
    const { id: note } = await call<{ id: number }>('activity.add', { kind: 'note', prospectId: ADA, note: 'liked it' });
    await call('activity.delete', { id: newer });
    expect((await ada()).lastContactAt).toBe(olderAt);
    const before = await ada();
    await call('activity.delete', { id: note });
    expect(await ada()).toEqual(before);
    await call('activity.delete', { id: older });
    expect((await ada()).lastContactAt).toBeNull();
  });

  it('makes Ada awaiting a reply again once the forged reply is gone', async () => {
    const { call, sentShare, reply, ada } = await setup();
    await sentShare();
    const forged = await reply('urn:forged');
    expect((await ada()).lastReplyAt).toBe(forged.at);
    await call('activity.delete', { id: forged.id! });
    const after = await ada();
    expect(after.lastReplyAt).toBeNull();
    expect(after.lastContactAt).not.toBeNull();
  });

  it('is refused to the content script, and answers that a missing entry no longer exists', async () => {
    const { route, reply, log } = await setup();
    const entry = await reply('urn:1');
    const refused = await route({ type: 'activity.delete', payload: { id: entry.id } }, content);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect(await log()).toHaveLength(1);
    const missing = await route({ type: 'activity.delete', payload: { id: 999_999 } }, page);
    expect(missing.ok).toBe(false);
    expect((await route({ type: 'activity.delete', payload: { id: 0 } }, page)).ok).toBe(false);
    expect(await log()).toHaveLength(1);
  });
});
