import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle, type NurtureDb } from '../../src/background/db';
import { createLibrary } from '../../src/background/library';
import { createProspects } from '../../src/background/prospects';
import { readSettings, updateSettings } from '../../src/background/settings';
import { STORE_NAMES } from '../../src/shared/contract';

let n = 0;
async function filled() {
  const db = createDbHandle(`nurture-backup-${++n}`);
  const now = () => Date.UTC(2026, 10, 22);
  const library = createLibrary({ db, now, fetch: async () => new Response(''), canFetch: async () => true, settings: async () => readSettings(await db()), defaultLanguage: 'en' });
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
    await conn.put('prospects', { id: '/in/bruno', name: 'Bruno', headline: '', company: '', persona: '', stage: 'awareness', tags: [], notes: '', nextFollowUp: null, createdAt: 1, lastContactAt: null, lastReplyAt: null });
    await target.backup.import(text, 'merge');
    expect((await conn.getAllKeys('prospects')).sort()).toEqual(['/in/ada', '/in/bruno']);
    await target.backup.import(text, 'replace');
    expect(await conn.getAllKeys('prospects')).toEqual(['/in/ada']);
  });

  it('refuses a newer schema, a damaged file, or a conflicting merge, and changes nothing', async () => {
    const source = await filled();
    const { text } = await source.backup.export();
    const target = await filled();
    const before = await dump(await target.db());
    await expect(target.backup.import(text.replace(/"schemaVersion":\d+/, '"schemaVersion":99'), 'replace')).rejects.toThrow(/newer Nurture/);
    await expect(target.backup.import(text.slice(0, text.length / 2), 'replace')).rejects.toThrow(/not valid JSON/);
    await expect(target.backup.import(text.replace('"kind":"replied"', '"kind":"hacked"'), 'replace')).rejects.toThrow(/damaged \(stores\.interactions\.\d+\.kind: expected .*found "hacked"/);
    // The same LinkedIn message under another id: the unique index refuses the whole restore.
    const clash = text.replace(/("externalId":"linkedin:urn:1"[^\n]*"id":)\d+/, '$19999');
    expect(clash).not.toBe(text);
    await expect(target.backup.import(clash, 'merge')).rejects.toThrow(/Nothing was restored/);
    expect(await dump(await target.db())).toEqual(before);
  });
});
