// What a backup holds, shown before a restore: counts per store, the schema that wrote it, when,
// and the span of its log, read from the text the export writes.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle, DB_VERSION } from '../../src/background/db';
import { createLibrary } from '../../src/background/library';
import { createProspects } from '../../src/background/prospects';
import { readSettings, updateSettings } from '../../src/background/settings';
import { summariseBackup } from '../../src/domain/backup/backup-summary';

const NOW = Date.UTC(2026, 11, 7);

async function exported(): Promise<string> {
  const db = createDbHandle(`nurture-backup-summary-${crypto.randomUUID()}`);
  const now = () => NOW;
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
  await prospects.add({ profilePath: '/in/ada', name: 'Ada Sample', headline: 'Head of Ops', company: 'Example' });
  await prospects.add({ profilePath: '/in/bruno', name: 'Bruno Sample', headline: '', company: '' });
  await prospects.update('/in/ada', { stage: 'evaluation' });
  await prospects.recordReplies('/in/ada', [{ externalId: 'urn:1', text: 'Merci' }], 'https://www.linkedin.com/messaging/thread/x/');
  await updateSettings(await db(), { repId: 'ana' });
  const conn = await db();
  // The file's own counts, so the test does not hang on how many examples the library ships.
  expect(await conn.count('interactions')).toBeGreaterThanOrEqual(2);
  return (await createBackup({ db, now }).export()).text;
}

type Plain = {
  nurture: string;
  schemaVersion: number;
  exportedAt: number;
  stores: Record<'content' | 'sources' | 'prospects' | 'interactions' | 'settings', { at?: number }[]>;
};

const emptyBackup = (schemaVersion = 1) =>
  JSON.stringify({
    nurture: 'backup',
    schemaVersion,
    exportedAt: 5,
    stores: { content: [], sources: [], prospects: [], interactions: [], settings: [] },
  });

describe('backup summary', () => {
  it('counts each store of an export and names its schema and date', async () => {
    const text = await exported();
    const plain = JSON.parse(text) as Plain;
    const result = summariseBackup(text, DB_VERSION);
    expect(result).toEqual({
      ok: true,
      summary: {
        schemaVersion: DB_VERSION,
        exportedAt: NOW,
        counts: {
          content: plain.stores.content.length,
          sources: plain.stores.sources.length,
          prospects: 2,
          interactions: plain.stores.interactions.length,
          settings: 1,
        },
        from: NOW,
        to: NOW,
      },
    });
    expect(plain.stores.content.length).toBeGreaterThan(0);
    expect(plain.stores.interactions.length).toBeGreaterThanOrEqual(2);
  });

  it('spans the earliest to the latest interaction, whatever their order in the file', async () => {
    const plain = JSON.parse(await exported()) as Plain;
    const ats = [Date.UTC(2026, 5, 1), Date.UTC(2025, 0, 15), Date.UTC(2026, 10, 30)];
    plain.stores.interactions = plain.stores.interactions.map((interaction, i) => ({ ...interaction, at: ats[i % ats.length] ?? 0 }));
    const result = summariseBackup(JSON.stringify(plain));
    expect(result.ok && { from: result.summary.from, to: result.summary.to }).toEqual({
      from: Math.min(...ats.slice(0, plain.stores.interactions.length)),
      to: Math.max(...ats.slice(0, plain.stores.interactions.length)),
    });
  });

  it('has no span when the log is empty', () => {
    expect(summariseBackup(emptyBackup())).toEqual({
      ok: true,
      summary: {
        schemaVersion: 1,
        exportedAt: 5,
        counts: { content: 0, sources: 0, prospects: 0, interactions: 0, settings: 0 },
        from: null,
        to: null,
      },
    });
  });

  it('says what is wrong with a file that is not a backup, as readBackup says it', async () => {
    const text = await exported();
    expect(summariseBackup('')).toEqual({ ok: false, reason: 'the file is empty' });
    expect(summariseBackup(text.slice(0, text.length / 2))).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
    expect(summariseBackup(text.replace('"kind":"replied"', '"kind":"hacked"'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/damaged \(stores\.interactions\.\d+\.kind/),
    });
    expect(summariseBackup('{"nurture":"encrypted-backup","version":1}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a Nurture backup/),
    });
  });

  it('names a file from a newer Nurture when told which schema this one reads', () => {
    expect(summariseBackup(emptyBackup(DB_VERSION + 1), DB_VERSION)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/newer Nurture/),
    });
    expect(summariseBackup(emptyBackup(DB_VERSION), DB_VERSION).ok).toBe(true);
  });
});
