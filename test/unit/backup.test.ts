import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle, type NurtureDb } from '../../src/background/db';
import { createLibrary } from '../../src/background/library';
import { createProspects } from '../../src/background/prospects';
import { readSettings, updateSettings } from '../../src/background/settings';
import { STORE_NAMES, type RequestType } from '../../src/contract/index';
import { DERIVED_STORES, DEVICE_STORES } from '../../src/contract/stores';
import { createActivity } from '../../src/background/activity';
import { SETTINGS_KEY, type Backup, type RestoreReport } from '../../src/domain/backup/backup-format';
import type { Sender } from '../../src/background/router';
import { background } from './helpers/background';

let n = 0;
async function filled() {
  const db = createDbHandle(`nurture-backup-${++n}`);
  const now = () => Date.UTC(2026, 10, 22);
  const library = createLibrary({
    db,
    now,
    fetch: async () => new Response(''),
    canFetch: async () => true,
    settings: async () => readSettings(await db()),
    defaultLanguage: 'en',
  });
  await library.restoreExamples();
  const prospects = createProspects({ db, now });
  await prospects.add({ profilePath: '/in/ada', name: 'Ada "Q" Sample', headline: 'Head of Ops', company: 'Example' });
  await prospects.update('/in/ada', { stage: 'evaluation', tags: ['q4'] });
  await prospects.recordReplies('/in/ada', [{ externalId: 'urn:1', text: 'Merci ! <b>' }], 'https://www.linkedin.com/messaging/thread/x/');
  await updateSettings(await db(), { repId: 'ana', csvSeparator: ';' });
  return { db, backup: createBackup({ db, now }) };
}

async function dump(conn: NurtureDb) {
  const out: Record<string, unknown> = {};
  for (const name of STORE_NAMES) out[name] = { keys: await conn.getAllKeys(name), values: await conn.getAll(name) };
  return out;
}

const empty = () => {
  const db = createDbHandle(`nurture-backup-${++n}`);
  return { db, backup: createBackup({ db, now: () => 0 }) };
};

describe('backup', () => {
  it('restores every store exactly', async () => {
    const source = await filled();
    const { text } = await source.backup.export();
    const target = empty();
    await target.backup.import(text, 'replace');
    expect(await dump(await target.db())).toEqual(await dump(await source.db()));
  });

  it('merges into existing data, or replaces it', async () => {
    const source = await filled();
    const { text } = await source.backup.export();
    const target = empty();
    const conn = await target.db();
    await conn.put('prospects', {
      id: '/in/bruno',
      name: 'Bruno',
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
    await target.backup.import(text, 'merge');
    expect((await conn.getAllKeys('prospects')).sort()).toEqual(['/in/ada', '/in/bruno']);
    await target.backup.import(text, 'replace');
    expect(await conn.getAllKeys('prospects')).toEqual(['/in/ada']);
  });

  it('clears the insights summary when it replaces the data, its state with it: rebuilt from the restored log', async () => {
    const source = await filled();
    const { text } = await source.backup.export();
    await createActivity({ db: source.db, now: () => Date.UTC(2026, 10, 22) }).insights('all');
    const conn = await source.db();
    for (const name of DERIVED_STORES) expect(await conn.count(name), name).toBeGreaterThan(0);
    await source.backup.import(text, 'replace');
    for (const name of DERIVED_STORES) expect(await conn.count(name), name).toBe(0);
  });

  it('refuses a newer schema, a damaged file, or a conflicting merge, and changes nothing', async () => {
    const source = await filled();
    const { text } = await source.backup.export();
    const target = await filled();
    const before = await dump(await target.db());
    await expect(target.backup.import(text.replace(/"schemaVersion":\d+/, '"schemaVersion":99'), 'replace')).rejects.toThrow(
      /newer Nurture/,
    );
    await expect(target.backup.import(text.slice(0, text.length / 2), 'replace')).rejects.toThrow(/not valid JSON/);
    await expect(target.backup.import(text.replace('"kind":"replied"', '"kind":"hacked"'), 'replace')).rejects.toThrow(
      /damaged \(stores\.interactions\.\d+\.kind: expected .*found "hacked"/,
    );
    // The same LinkedIn message under another id: the unique index refuses the whole restore.
    const clash = text.replace(/("externalId":"linkedin:urn:1"[^\n]*"id":)\d+/, '$19999');
    expect(clash).not.toBe(text);
    await expect(target.backup.import(clash, 'merge')).rejects.toThrow(/Nothing was restored/);
    expect(await dump(await target.db())).toEqual(before);
  });
});

describe("this device's records (DEVICE_STORES)", () => {
  const page: Sender = { kind: 'extension-page', tabId: undefined };
  const POLICY = { utm: { campaign: 'q1-team' }, lockedSettings: ['quietMode'] };

  /** A background whose device has every record of its own: choices, team identity, replies seen, a policy. */
  async function device() {
    const db = createDbHandle(`nurture-backup-${++n}`);
    let clock = Date.UTC(2026, 10, 22);
    const bg = background({ db, now: () => (clock += 1000), managed: { get: async () => structuredClone(POLICY) } });
    const ask = async (type: RequestType, payload: unknown): Promise<unknown> => {
      const answer = await bg.route({ type, payload }, page);
      if (!answer.ok) throw new Error(`${type}: ${answer.error.message}`);
      return answer.value;
    };
    await bg.applyPolicy();
    await ask('settings.update', { settings: { repId: 'ana' } });
    await ask('onboarding.choose', { examplesKept: true });
    await ask('team.exportStats', { weeks: 4 });
    await ask('replies.seen', {});
    return { conn: await db(), ask };
  }

  const deviceRecords = async (conn: NurtureDb) =>
    Object.fromEntries(
      await Promise.all(
        DEVICE_STORES.map(async (name) => [name, { keys: await conn.getAllKeys(name), values: await conn.getAll(name) }] as const),
      ),
    );

  it('each sits in its own store: the settings store holds the settings record alone', async () => {
    const { conn } = await device();
    expect(await conn.getAllKeys('settings')).toEqual([SETTINGS_KEY]);
    for (const name of DEVICE_STORES) expect(await conn.count(name), name).toBe(1);
  });

  it('are not in a backup, and a restore keeps them, merged or replacing', async () => {
    const source = await device();
    const { text } = (await source.ask('backup.export', {})) as { text: string };
    expect((JSON.parse(text) as Backup).stores.settings.map(({ key }) => key)).toEqual([SETTINGS_KEY]);

    const target = await device();
    // Another device's own: made at other times, with another install id.
    const before = await deviceRecords(target.conn);
    expect(before).not.toEqual(await deviceRecords(source.conn));
    for (const mode of ['merge', 'replace'] as const) {
      await target.ask('backup.import', { text, mode });
      expect(await deviceRecords(target.conn), mode).toEqual(before);
      expect(await target.conn.getAllKeys('settings'), mode).toEqual([SETTINGS_KEY]);
    }
  });

  it('an older backup holding them beside the settings (before schema 5) restores its settings and drops them', async () => {
    const { conn, ask } = await device();
    const before = await deviceRecords(conn);
    const old = {
      nurture: 'backup',
      schemaVersion: 4,
      exportedAt: 1,
      stores: {
        content: [],
        sources: [],
        prospects: [],
        interactions: [],
        settings: [
          { key: SETTINGS_KEY, value: { repId: 'restored-rep' } },
          { key: 'onboarding', value: { examplesKept: false, dismissed: true } },
          { key: 'team-stats', value: { installId: '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f', exports: 9 } },
          { key: 'replies-seen', value: { at: 5 } },
          { key: 'managed-policy', value: { managed: false } },
        ],
      },
    };
    for (const mode of ['merge', 'replace'] as const) {
      const report = (await ask('backup.import', { text: JSON.stringify(old), mode })) as RestoreReport;
      expect(report.restored.settings, mode).toBe(1);
      expect(await conn.getAllKeys('settings'), mode).toEqual([SETTINGS_KEY]);
      expect(await conn.get('settings', SETTINGS_KEY), mode).toMatchObject({ repId: 'restored-rep' });
      expect(await deviceRecords(conn), mode).toEqual(before);
    }
  });
});
