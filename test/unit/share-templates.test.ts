// share.prepare fills the templates where the records are: the background, for the person the
// share goes to (a tracked prospect, a name-only conversation, nobody for a public post), and
// refuses a text that needs a variable nobody knows rather than insert it raw. Asked from
// LinkedIn's page (whose preview the page can read), it fills from what the page shows only.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import type { ShareText } from '../../src/contract/index';
import { composeShare, type Sharing } from '../../src/background/sharing';
import { sharingHandlers } from '../../src/background/sharing/requests';
import { restoredSettings } from '../../src/domain/backup/backup-format';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { background } from './helpers/background';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };
const ADA = '/in/ada-sample-42';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-share-templates-${++n}`);
  const { route } = background({ db, now: () => 1_000_000 });
  const conn = await db();
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  await conn.put(
    'content',
    item({
      id: 'hi',
      url: 'https://example.com/a',
      title: 'A',
      captions: [{ language: 'en', text: 'For {firstName} at {company|your team}, from {senderFirstName|me}.' }],
    }),
  );
  await conn.put(
    'content',
    item({ id: 'co', url: 'https://example.com/b', title: 'B', captions: [{ language: 'en', text: 'How {company} could use this.' }] }),
  );
  await conn.put(
    'content',
    item({
      id: 'fr',
      url: 'https://example.com/c',
      title: 'C',
      language: 'fr',
      captions: [{ language: 'fr', text: 'Pour {company|votre équipe}.' }],
    }),
  );
  // Two variants: the one that fills is proposed for a person without a company.
  await conn.put(
    'content',
    item({
      id: 'two',
      url: 'https://example.com/d',
      title: 'D',
      captions: [
        { language: 'en', text: 'At {company}?' },
        { language: 'en', text: 'Worth a look.' },
      ],
    }),
  );
  await call('prospects.add', { profilePath: ADA, name: 'Ada Sample, PhD', headline: '', company: 'Example Industries' });
  await call('prospects.add', { profilePath: '/in/lucia', name: 'Lucía Ejemplo', headline: '', company: '' });
  // From an extension page (the side panel), where the tracked records may fill the text.
  const prepare = (payload: Record<string, unknown>, sender: Sender = page) =>
    call<ShareText>('share.prepare', { channel: 'message', prospectId: null, ...payload }, sender);
  return { call, prepare };
}

describe('share.prepare fills the templates', () => {
  it("for a tracked prospect: their first name and company, the user's name, in the frame and the caption", async () => {
    const { call, prepare } = await setup();
    await call('settings.update', { settings: { senderName: 'Ana Martin' } });
    const share = await prepare({ contentId: 'hi', prospectId: ADA });
    expect(share.missing).toEqual([]);
    expect(share.caption).toBe('For Ada at Example Industries, from Ana.');
    expect(share.text).toBe(`Hi Ada, I thought of you when I read this:\n\nFor Ada at Example Industries, from Ana.\n${share.link}`);
    // The composer already holds the user's words: no second greeting.
    expect((await prepare({ contentId: 'hi', prospectId: ADA, frame: false })).text).toBe(
      `For Ada at Example Industries, from Ana.\n${share.link}`,
    );
  });

  it('for a conversation that shows only a name: the one tracked prospect of that name, else the name itself', async () => {
    const { prepare } = await setup();
    expect((await prepare({ contentId: 'hi', personName: 'lucia ejemplo' })).caption).toBe('For Lucía at your team, from me.');
    expect((await prepare({ contentId: 'hi', personName: 'Jean-Pierre de La Fontaine' })).caption).toBe(
      'For Jean-Pierre at your team, from me.',
    );
    // A profile not tracked: the name its conversation shows.
    expect((await prepare({ contentId: 'hi', prospectId: '/in/someone-else', personName: 'Ines Modele' })).caption).toBe(
      'For Ines at your team, from me.',
    );
  });

  it('refuses a text whose variable is unknown and has no fallback, and says which', async () => {
    const { prepare } = await setup();
    const refused = await prepare({ contentId: 'co', prospectId: '/in/lucia' });
    expect(refused).toMatchObject({ text: '', caption: '', missing: ['company'] });
    expect((await prepare({ contentId: 'hi' })).missing).toEqual(['firstName']);
    // Where another variant fills, it is proposed instead.
    const other = await prepare({ contentId: 'two', prospectId: '/in/lucia' });
    expect(other).toMatchObject({ missing: [], caption: 'Worth a look.', captionIndex: 1 });
    expect((await prepare({ contentId: 'two', prospectId: ADA })).caption).toBe('At Example Industries?');
  });

  it('names nobody in a public post or comment, and frames nothing there', async () => {
    const { prepare } = await setup();
    const post = await prepare({ contentId: 'hi', prospectId: ADA, channel: 'post' });
    expect(post.missing).toEqual(['firstName']);
    const comment = await prepare({ contentId: 'fr', prospectId: ADA, channel: 'comment' });
    expect(comment.text).toBe(`Pour votre équipe.\n${comment.link}`);
  });

  it("frames a message in the caption's language with the user's template, or none when it is empty", async () => {
    const { call, prepare } = await setup();
    const fr = await prepare({ contentId: 'fr', prospectId: ADA });
    expect(fr.text).toBe(`Bonjour Ada, j’ai pensé à vous en lisant ceci :\n\nPour Example Industries.\n${fr.link}`);
    expect((await prepare({ contentId: 'fr', personName: 'Cher' })).text.startsWith('Bonjour Cher, ')).toBe(true);
    await call('settings.update', {
      settings: {
        messageTemplates: [
          { language: 'fr', text: '' },
          { language: 'en', text: 'Dear {firstName},' },
        ],
      },
    });
    expect((await prepare({ contentId: 'fr', prospectId: ADA })).text).toBe(`Pour Example Industries.\n${fr.link}`);
    // The frame's own variables are checked too.
    expect((await prepare({ contentId: 'two', prospectId: '/in/lucia', personName: undefined })).text.startsWith('Dear Lucía,')).toBe(true);
    expect((await prepare({ contentId: 'two' })).missing).toEqual(['firstName']);
  });

  it('keeps settings templates bounded', async () => {
    const { call } = await setup();
    await expect(call('settings.update', { settings: { messageTemplates: [{ language: 'en', text: 'x'.repeat(501) }] } })).rejects.toThrow(
      /malformed/,
    );
    await expect(call('settings.update', { settings: { messageTemplates: [{ language: 'english', text: 'x' }] } })).rejects.toThrow(
      /malformed/,
    );
    await expect(call('settings.update', { settings: { senderName: 'x'.repeat(121) } })).rejects.toThrow(/malformed/);
  });
});

describe("share.prepare from LinkedIn's page", () => {
  it('fills from the name the page shows, never from the record the profile names', async () => {
    const { prepare } = await setup();
    // Ada is tracked with a company: the page must not be able to tell it from the preview.
    expect(await prepare({ contentId: 'co', prospectId: ADA }, content)).toMatchObject({ text: '', missing: ['company'] });
    expect((await prepare({ contentId: 'hi', prospectId: ADA, personName: 'Ada Sample' }, content)).caption).toBe(
      'For Ada at your team, from me.',
    );
    const tracked = await prepare({ contentId: 'two', prospectId: ADA, personName: 'Ada Sample' }, content);
    const stranger = await prepare({ contentId: 'two', prospectId: '/in/nobody-tracked', personName: 'Ada Sample' }, content);
    expect(tracked).toEqual(stranger);
  });

  it("hands the service the page's name and no profile, whatever the payload says", async () => {
    const prepare = vi.fn(async (): Promise<ShareText> => ({
      caption: '',
      link: 'https://e.com/a',
      text: '',
      captionIndex: null,
      missing: [],
    }));
    const handlers = sharingHandlers({ sharing: { prepare } as unknown as Sharing });
    const payload = { contentId: 'c1', prospectId: ADA, personName: 'Ada Sample', channel: 'message', frame: false } as const;
    await handlers['share.prepare'](payload, content);
    expect(prepare).toHaveBeenLastCalledWith('c1', 'message', { prospectId: null, personName: 'Ada Sample', fromPage: true }, false, {});
    await handlers['share.prepare']({ ...payload, personName: undefined }, content);
    expect(prepare).toHaveBeenLastCalledWith('c1', 'message', { prospectId: null, personName: undefined, fromPage: true }, false, {});
    // The caption the user chose in the picker is the library's, not the person's: it goes through.
    await handlers['share.prepare']({ ...payload, captionIndex: 2 }, content);
    expect(prepare).toHaveBeenLastCalledWith('c1', 'message', { prospectId: null, personName: 'Ada Sample', fromPage: true }, false, {
      captionIndex: 2,
    });
    // An extension page (the side panel) may have the record fill the text.
    await handlers['share.prepare'](payload, page);
    expect(prepare).toHaveBeenLastCalledWith('c1', 'message', { prospectId: ADA, personName: 'Ada Sample' }, false, {});
  });

  it('fills a name as the page shows it, never from the tracked prospect bearing it', async () => {
    const { prepare } = await setup();
    // From an extension page the one prospect of that name fills it ("Lucía"); from the page, its own words.
    expect((await prepare({ contentId: 'hi', personName: 'lucia ejemplo' })).caption).toBe('For Lucía at your team, from me.');
    expect((await prepare({ contentId: 'hi', personName: 'lucia ejemplo' }, content)).caption).toBe('For lucia at your team, from me.');
    // Ada's record has a company; the page's preview does not know it.
    expect(await prepare({ contentId: 'co', prospectId: null, personName: 'Ada Sample, PhD' }, content)).toMatchObject({
      text: '',
      missing: ['company'],
    });
  });
});

describe('composeShare', () => {
  it('without captions, a message is the frame and the link', () => {
    const share = composeShare({
      item: item({ title: 'x' }),
      recent: [],
      settings: { senderName: '', messageTemplates: [{ language: 'en', text: 'Hi {firstName|there},' }] },
      channel: 'message',
      person: { name: 'Ada Sample', company: '' },
      frame: true,
      link: 'https://e.com/x',
    });
    expect(share).toEqual({ caption: '', link: 'https://e.com/x', captionIndex: null, text: 'Hi Ada,\n\nhttps://e.com/x', missing: [] });
  });
});

describe('a restore', () => {
  it('takes a valid name and templates, and keeps the current ones for invalid values, naming them', () => {
    const taken = restoredSettings(DEFAULT_SETTINGS, {
      senderName: 'Ana Martin',
      messageTemplates: [{ language: 'de', text: 'Hallo {firstName|},' }],
    });
    expect(taken.settings).toMatchObject({ senderName: 'Ana Martin', messageTemplates: [{ language: 'de', text: 'Hallo {firstName|},' }] });
    const kept = restoredSettings(DEFAULT_SETTINGS, { senderName: 42, messageTemplates: [{ language: 'en', text: 'x'.repeat(501) }] });
    expect(kept.settings.messageTemplates).toEqual(DEFAULT_SETTINGS.messageTemplates);
    expect(kept.kept).toEqual(['senderName', 'messageTemplates']);
  });
});
