// Links a prospect trusts (issue 26), through the background: the old default medium
// "social-selling" read as "social"; a team pack's campaign and short link carried by every
// format, kept by backups, and followed by share.prepare, the popup's links and the sent
// confirmation.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup/service';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { readSettings, updateSettings } from '../../src/background/settings';
import { upgradeStored } from '../../src/background/settings/service';
import { readBackup, SETTINGS_KEY } from '../../src/domain/backup/backup-format';
import { parseLibraryText } from '../../src/domain/library/detect';
import { packById } from '../../src/domain/library/pack';
import { ParseError } from '../../src/domain/library/raw-item';
import type { Settings } from '../../src/domain/settings';
import type { Pack, Source } from '../../src/domain/model';
import { background } from './helpers/background';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };
let n = 0;
const freshDb = () => createDbHandle(`nurture-link-settings-${++n}`);

/** The settings record as version 0.1 wrote it (test/fixtures/db/v3.json): the old default medium. */
const OLD_RECORD = {
  repId: 'ana',
  repIdChannels: ['message'],
  campaign: 'q1-cfo',
  utmEnabled: true,
  utmSource: 'linkedin',
  utmMedium: 'social-selling',
  repParam: 'utm_term',
  feedSyncMinutes: 360,
  quietMode: false,
  keepReplyText: true,
  awaitingDays: 5,
  saturationMax: 2,
  saturationDays: 7,
  csvSeparator: ';',
  csvBom: true,
  senderName: '',
  messageTemplates: [{ language: 'en', text: 'Hi {firstName|there}, I thought of you when I read this:' }],
};

describe('the old default medium', () => {
  it('is read as "social", everything else the user set kept', async () => {
    const db = freshDb();
    const conn = await db();
    await conn.put('settings', OLD_RECORD as unknown as Settings, SETTINGS_KEY);
    const settings = await readSettings(conn);
    expect(settings).toMatchObject({
      utmMedium: 'social',
      utmSource: 'linkedin',
      campaign: 'q1-cfo',
      repId: 'ana',
      csvSeparator: ';',
      shortLink: '',
    });
    // The links follow at once.
    const { route } = background({ db, now: () => 1_000 });
    await conn.put('content', item({ id: 'c1', url: 'https://example.com/blog/cfo-case', title: 'CFO case' }));
    const prepared = await route({ type: 'share.prepare', payload: { contentId: 'c1', prospectId: null, channel: 'post' } }, content);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect((prepared.value as { link: string }).link).toBe(
      'https://example.com/blog/cfo-case?utm_source=linkedin&utm_medium=social&utm_campaign=q1-cfo&utm_content=cfo-case',
    );
  });

  it('is saved as "social" by the next update of any setting', async () => {
    const conn = await freshDb()();
    await conn.put('settings', OLD_RECORD as unknown as Settings, SETTINGS_KEY);
    await updateSettings(conn, { quietMode: true });
    expect(await conn.get('settings', SETTINGS_KEY)).toMatchObject({ utmMedium: 'social', quietMode: true, campaign: 'q1-cfo' });
  });

  it('leaves a medium the user chose alone, and a record without one to the default', () => {
    expect(upgradeStored({ utmMedium: 'newsletter' })).toEqual({ utmMedium: 'newsletter' });
    expect(upgradeStored({ campaign: 'x' })).toEqual({ campaign: 'x' });
    const stored = { utmMedium: 'social-selling' };
    expect(upgradeStored(stored)).toEqual({ utmMedium: 'social' });
    expect(stored.utmMedium).toBe('social-selling');
  });

  it('is read as "social" after a restore of an old backup too', async () => {
    const db = freshDb();
    const backup = createBackup({ db, now: () => 1_000 });
    const { text } = await backup.export();
    const old = text.replace('"settings":[\n]', `"settings":[\n${JSON.stringify({ key: SETTINGS_KEY, value: OLD_RECORD })}]`);
    await backup.import(old, 'replace');
    expect(await readSettings(await db())).toMatchObject({ utmMedium: 'social', campaign: 'q1-cfo' });
  });
});

const JSON_PACK = JSON.stringify({
  nurture: 'library',
  version: 1,
  pack: {
    id: 'northwind-cfo',
    name: 'Northwind CFO pack',
    campaign: 'northwind-q3',
    shortLink: 'https://go.northwind.example/{content}?r={rep}',
  },
  items: [{ url: 'https://northwind.example.com/guides/procurement-business-case', title: 'Procurement-ready business case' }],
});
const RSS_PACK = `<?xml version="1.0"?>
<rss version="2.0" xmlns:nw="https://nurture-selling.app/ns/pack/1"><channel><title>Northwind</title>
  <nw:pack id="northwind-cfo" campaign="northwind-q3" short-link="https://go.northwind.example/{content}?r={rep}">Northwind CFO pack</nw:pack>
  <item><title>Procurement-ready business case</title><link>https://northwind.example.com/guides/procurement-business-case</link></item>
</channel></rss>`;
const ATOM_PACK = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:n="https://nurture-selling.app/ns/pack/1"><title>Northwind</title>
  <n:pack id="northwind-cfo" campaign="northwind-q3" short-link="https://go.northwind.example/{content}?r={rep}">Northwind CFO pack</n:pack>
  <entry><title>Procurement-ready business case</title><link href="https://northwind.example.com/guides/procurement-business-case"/></entry>
</feed>`;
const JSON_FEED_PACK = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Northwind',
  _nurture: {
    pack: {
      id: 'northwind-cfo',
      name: 'Northwind CFO pack',
      campaign: 'northwind-q3',
      shortLink: 'https://go.northwind.example/{content}?r={rep}',
    },
  },
  items: [{ id: '1', url: 'https://northwind.example.com/guides/procurement-business-case', title: 'Procurement-ready business case' }],
});
const CSV_PACK = `url;title;pack;pack id;pack campaign;pack short link
https://northwind.example.com/guides/procurement-business-case;Procurement-ready business case;Northwind CFO pack;northwind-cfo;northwind-q3;https://go.northwind.example/{content}?r={rep}
`;
const CSV_PACK_FR = `url;titre;nom du pack;identifiant du pack;campagne du pack;lien court du pack
https://northwind.example.com/guides/procurement-business-case;Procurement-ready business case;Northwind CFO pack;northwind-cfo;northwind-q3;https://go.northwind.example/{content}?r={rep}
`;

describe("a pack's campaign and short link", () => {
  it('are read the same from every format', () => {
    for (const [name, text] of Object.entries({ JSON_PACK, RSS_PACK, ATOM_PACK, JSON_FEED_PACK, CSV_PACK, CSV_PACK_FR })) {
      const { pack } = parseLibraryText(text);
      expect(pack, name).toMatchObject({
        id: 'northwind-cfo',
        campaign: 'northwind-q3',
        shortLink: 'https://go.northwind.example/{content}?r={rep}',
      });
    }
    // A pack that says neither has neither.
    expect(parseLibraryText(JSON_PACK.replace(/"campaign":"[^"]*","shortLink":"[^"]*"/, '"version":"1"')).pack).toEqual({
      id: 'northwind-cfo',
      name: 'Northwind CFO pack',
      version: '1',
      expiresAt: null,
      personas: [],
      stages: [],
    });
  });

  it('refuse the whole file when a link could not carry them', () => {
    const refusals: [string, RegExp][] = [
      [RSS_PACK.replace('campaign="northwind-q3"', 'campaign="north wind"'), /the pack campaign "north wind" is not one word/],
      [
        RSS_PACK.replace('https://go.northwind.example/{content}?r={rep}', 'http://go.northwind.example/{content}'),
        /the pack short link "http:\/\/go\.northwind\.example\/\{content\}" is not an https:\/\/ address: nothing was imported/,
      ],
      [RSS_PACK.replace('{content}?r={rep}', 'fixed'), /names neither \{content\} nor \{id\}/],
      [CSV_PACK.replace('{content}?r={rep}', '{slug}'), /\{slug\}, which is not a variable/],
      [JSON_PACK.replace('https://go.northwind.example/{content}', 'https://{content}.northwind.example/'), /write its host out/],
    ];
    for (const [text, reason] of refusals) {
      let error: unknown;
      try {
        parseLibraryText(text);
      } catch (caught) {
        error = caught;
      }
      expect(error, String(reason)).toBeInstanceOf(ParseError);
      expect((error as Error).message).toMatch(reason);
    }
    // Our JSON checks its schema first: the campaign's shape, and an https address.
    expect(() => parseLibraryText(JSON_PACK.replace('northwind-q3', 'q3 north'))).toThrow(/pack\.campaign/);
    expect(() => parseLibraryText(JSON_PACK.replace('https://go.northwind.example/{content}', 'ftp://x/{content}'))).toThrow(
      /pack\.shortLink/,
    );
  });

  it('are the last imported source carrying the pack', () => {
    const source = (id: string, at: number, pack?: Partial<Pack>): Source => ({
      id,
      kind: 'json',
      label: id,
      url: null,
      etag: null,
      lastModified: null,
      addedAt: at,
      lastSync: null,
      ...(pack ? { pack: { id: 'p', name: 'P', version: '', expiresAt: null, personas: [], stages: [], ...pack } } : {}),
    });
    const sources = [source('a', 2, { campaign: 'new' }), source('b', 1, { campaign: 'old' }), source('c', 3)];
    expect(packById(sources, 'p')?.campaign).toBe('new');
    expect(packById(sources, 'q')).toBeUndefined();
    expect(packById(sources, undefined)).toBeUndefined();
  });

  it("make the links of the pack's items, in the composer, the popup and the sent confirmation; kept by a backup", async () => {
    const db = freshDb();
    let clock = 1_000_000;
    const { route, library } = background({ db, now: () => ++clock });
    const call = async <T>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
      const answer = await route({ type, payload }, sender);
      if (!answer.ok) throw new Error(`${type}: ${answer.error.message}`);
      return answer.value as T;
    };
    await call('settings.update', { settings: { repId: 'ana', campaign: 'q4-cfo', shortLink: 'https://go.example.com/{content}' } });
    expect((await library.importFile('northwind.json', JSON_PACK)).added).toBe(1);
    await library.importFile('own.csv', 'url,title\nhttps://example.com/blog/cfo-case,CFO case\n');
    const hits = (await call<{ hits: { item: { id: string; title: string }; link: string }[] }>('library.search', { text: '' })).hits;
    const northwind = hits.find((hit) => hit.item.title.startsWith('Procurement'))!;
    const own = hits.find((hit) => hit.item.title === 'CFO case')!;
    // The popup's links ("other": no rep id by default): the pack's shortener, else the user's.
    expect(northwind.link).toBe('https://go.northwind.example/procurement-business-case');
    expect(own.link).toBe('https://go.example.com/cfo-case');

    const prepared = await call<{ link: string; text: string }>(
      'share.prepare',
      { contentId: northwind.item.id, prospectId: null, personName: 'Ada Sample', channel: 'message' },
      content,
    );
    expect(prepared.link).toBe('https://go.northwind.example/procurement-business-case?r=ana');
    expect(prepared.text.endsWith(`\n${prepared.link}`)).toBe(true);

    // Without the shorteners, the pack's campaign tags its item's link, the settings' the others.
    await call('settings.update', { settings: { shortLink: '' } });
    expect(
      (await call<{ link: string }>('share.prepare', { contentId: own.item.id, prospectId: null, channel: 'post' }, content)).link,
    ).toBe('https://example.com/blog/cfo-case?utm_source=linkedin&utm_medium=social&utm_campaign=q4-cfo&utm_content=cfo-case');

    // Logged as a draft with the short link; the link shown in the thread confirms it.
    const thread = 'https://www.linkedin.com/messaging/thread/2-ada/';
    const ada = '/in/ada-sample-42';
    await call(
      'share.log',
      { contentId: northwind.item.id, prospectId: ada, channel: 'message', pageUrl: thread, link: prepared.link, captionIndex: null },
      content,
    );
    const shown = ['https://go.northwind.example/procurement-business-case?r=ana'];
    const confirmed = await call<{ confirmed: number }>('share.confirmSent', { prospectId: ada, links: shown }, content);
    expect(confirmed.confirmed).toBe(1);

    const { text } = await createBackup({ db, now: () => clock }).export();
    const read = readBackup(text, 99);
    if (!read.ok) throw new Error(read.reason);
    expect(read.backup.stores.sources.map((record) => record['pack']).filter(Boolean)).toEqual([
      expect.objectContaining({ campaign: 'northwind-q3', shortLink: 'https://go.northwind.example/{content}?r={rep}' }),
    ]);
    const forged = text.replace('"shortLink":"https://go.northwind.example/{content}?r={rep}"', '"shortLink":"https://{content}.evil/"');
    expect(readBackup(forged, 99)).toMatchObject({ ok: false });
  });
});
