// Issue 26: which caption goes in. A French rep sharing an English article gets the French
// caption when the item has one; the picker's ‹ › choose another, and that one goes in.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { composeShare, createSharing, pickCaption } from '../../src/background/sharing';
import { item } from './helpers/items';

const captions = [
  { language: 'en', text: 'English one' },
  { language: 'fr', text: 'Français un' },
  { language: 'en', text: 'English two' },
  { language: 'fr', text: 'Français deux, {company}' },
];

describe("pickCaption with the rep's language first", () => {
  it('takes the first language the item has captions in, then the least recently used among them', () => {
    expect(pickCaption(captions, ['fr', 'en'], [])).toBe(1);
    expect(pickCaption(captions, ['fr', 'en'], [1])).toBe(3);
    expect(pickCaption(captions, ['de', 'en'], [0])).toBe(2);
    // No caption in any of them: any caption.
    expect(pickCaption(captions, ['de', 'es'], [0, 1, 2])).toBe(3);
    // One language, as the side panel's callers said it before.
    expect(pickCaption(captions, 'en', [])).toBe(0);
  });
});

describe('composeShare: the caption chosen', () => {
  const settings = { senderName: '', messageTemplates: [] };
  const base = { recent: [], settings, channel: 'post' as const, person: null, frame: false, link: 'https://e.com/x' };
  const english = item({ title: 'An English article', language: 'en', captions });

  it("proposes one in the rep's language before the item's own", () => {
    expect(composeShare({ ...base, item: english, languages: ['fr'] })).toMatchObject({ captionIndex: 1, caption: 'Français un' });
    expect(composeShare({ ...base, item: english })).toMatchObject({ captionIndex: 0, caption: 'English one' });
    expect(composeShare({ ...base, item: english, languages: ['de'] })).toMatchObject({ captionIndex: 0 });
  });

  it('takes the caption the user chose, refusing it like any other when a variable is unknown', () => {
    expect(composeShare({ ...base, item: english, languages: ['fr'], captionIndex: 2 })).toMatchObject({
      captionIndex: 2,
      caption: 'English two',
    });
    // Proposed automatically, a caption missing a variable is passed over; chosen, it is said.
    expect(composeShare({ ...base, item: english, captionIndex: 3 })).toMatchObject({ captionIndex: 3, text: '', missing: ['company'] });
    // An index the item does not have (it was edited meanwhile): the usual proposal.
    expect(composeShare({ ...base, item: english, languages: ['fr'], captionIndex: 9 })).toMatchObject({ captionIndex: 1 });
  });
});

let n = 0;
describe('sharing.prepare', () => {
  async function setup(language?: string) {
    const db = createDbHandle(`nurture-captions-${++n}`);
    const sharing = createSharing({ db, now: () => 1_000, language });
    await (await db()).put('content', item({ id: 'c1', title: 'An English article', language: 'en', captions }));
    return sharing;
  }

  it("proposes a caption in the interface's language, or the one asked, else the item's", async () => {
    expect((await (await setup('fr')).prepare('c1', 'post')).caption).toBe('Français un');
    expect((await (await setup('fr')).prepare('c1', 'post', { prospectId: null }, true, { language: 'en' })).caption).toBe('English one');
    expect((await (await setup('de')).prepare('c1', 'post')).caption).toBe('English one');
    expect((await (await setup()).prepare('c1', 'post')).caption).toBe('English one');
  });

  it('puts in the caption chosen, and frames a message in its language', async () => {
    const sharing = await setup('fr');
    const chosen = await sharing.prepare('c1', 'message', { prospectId: null, personName: 'Ada Sample', fromPage: true }, true, {
      captionIndex: 2,
    });
    expect(chosen).toMatchObject({ captionIndex: 2, caption: 'English two' });
    expect(chosen.text).toMatch(/^Hi Ada, .*\n+English two\n+https:\/\/example\.com\//);
  });
});
