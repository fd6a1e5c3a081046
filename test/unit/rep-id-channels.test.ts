// The rep id (settings repId, carried in repParam) goes only into links for the channels the user
// chose: by default private messages. Public posts and comments are fetched by link-preview
// crawlers and read by anyone; a link copied from the popup may be pasted anywhere ('other').
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { DEFAULT_SETTINGS, type LinkChannel } from '../../src/contract/index';
import { background } from './helpers/background';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };

let n = 0;
async function setup(settings: Record<string, unknown> = {}) {
  const db = createDbHandle(`nurture-rep-id-${++n}`);
  const { route } = background({ db, now: () => 1_000_000 });
  const conn = await db();
  await conn.put('content', item({ id: 'c1', url: 'https://example.com/blog/cfo-case', title: 'CFO case' }));
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  await call('settings.update', { settings: { repId: 'ana-lyon', ...settings } });
  /** The rep param's value in the link prepared for `channel` (undefined: not said), or null. */
  const repIn = async (channel?: LinkChannel, sender: Sender = content) =>
    new URL(
      (await call<{ link: string }>('share.prepare', { contentId: 'c1', prospectId: null, ...(channel ? { channel } : {}) }, sender)).link,
    ).searchParams.get('utm_term');
  const searchLink = async () => new URL((await call<{ hits: { link: string }[] }>('library.search', { text: 'cfo' })).hits[0]!.link);
  return { db, call, repIn, searchLink };
}

describe('the rep id, per channel', () => {
  it('by default goes into message links only', async () => {
    expect(DEFAULT_SETTINGS.repIdChannels).toEqual(['message']);
    const { repIn, searchLink } = await setup();
    expect(await repIn('message')).toBe('ana-lyon');
    expect(await repIn('post')).toBeNull();
    expect(await repIn('comment')).toBeNull();
    expect(await repIn('other', page)).toBeNull();
    // A caller that does not say where the link goes gets none.
    expect(await repIn(undefined, page)).toBeNull();
    // The popup's "Copy link" (library.search) is a link pasted anywhere.
    const link = await searchLink();
    expect(link.searchParams.get('utm_content')).toBe('cfo-case');
    expect(link.searchParams.has('utm_term')).toBe(false);
  });

  it('goes exactly where the user chose', async () => {
    const { repIn, searchLink, call } = await setup({ repIdChannels: ['comment', 'other'] });
    expect(await repIn('message')).toBeNull();
    expect(await repIn('post')).toBeNull();
    expect(await repIn('comment')).toBe('ana-lyon');
    expect(await repIn('other', page)).toBe('ana-lyon');
    expect((await searchLink()).searchParams.get('utm_term')).toBe('ana-lyon');
    await call('settings.update', { settings: { repIdChannels: [] } });
    expect(await repIn('message')).toBeNull();
  });

  it('refuses channels it does not know, and a stored value that is not a list chooses none', async () => {
    const { call, db, repIn } = await setup();
    await expect(call('settings.update', { settings: { repIdChannels: ['everywhere'] } })).rejects.toThrow(/malformed/);
    await expect(call('share.prepare', { contentId: 'c1', prospectId: null, channel: 'billboard' }, content)).rejects.toThrow(/malformed/);
    // A hand-edited backup may put anything in the settings record.
    const conn = await db();
    await conn.put('settings', { ...(await conn.get('settings', 'user'))!, repIdChannels: 'message' as unknown as LinkChannel[] }, 'user');
    expect(await repIn('message')).toBeNull();
  });
});
