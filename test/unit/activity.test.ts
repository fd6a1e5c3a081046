import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createActivity, EXPORT_COLUMNS } from '../../src/background/activity';
import { createDbHandle } from '../../src/background/db';
import { createProspects } from '../../src/background/prospects';
import { updateSettings } from '../../src/background/settings';
import type { LogCursor, LogFilter } from '../../src/contract/index';
import { csvFromRows } from './helpers/export-csv';
import { item } from './helpers/items';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-activity-${++n}`);
  let clock = Date.UTC(2026, 10, 1);
  const tick = () => (clock += 3_600_000);
  const prospects = createProspects({ db, now: tick });
  const activity = createActivity({ db, now: tick });
  const conn = await db();
  await conn.put('content', item({ id: 'c1', title: 'CFO case, "short"', url: 'https://example.com/cfo' }));
  await prospects.add({ profilePath: '/in/ada', name: '=Ada', headline: '', company: 'Example, Inc.' });
  await activity.add({ kind: 'call', prospectId: '/in/ada', note: 'first call' });
  await prospects.update('/in/ada', { stage: 'evaluation' });
  await conn.add('interactions', {
    at: tick(),
    kind: 'shared',
    status: 'sent',
    prospectId: '/in/ada',
    contentId: 'c1',
    channel: 'message',
    url: 'https://www.linkedin.com/messaging/thread/1/',
    externalId: null,
    note: '',
  });
  // Two entries at the same instant: paging must neither skip nor repeat them.
  const same = tick();
  await activity.add({ kind: 'note', prospectId: null, note: 'tie A', at: same });
  await activity.add({ kind: 'note', prospectId: null, note: '@tie B\nline 2', at: same });
  return { db, activity, prospects };
}

async function all(activity: ReturnType<typeof createActivity>, filter: LogFilter, limit: number) {
  const notes: string[] = [];
  let before: LogCursor = null;
  do {
    const page = await activity.page(filter, before, limit);
    notes.push(...page.entries.map((e) => `${e.interaction.kind}:${e.interaction.note}:${e.stage ?? ''}`));
    before = page.next;
  } while (before);
  return notes;
}

describe('activity log', () => {
  it('pages newest first with a cursor, whatever the page size, ties included', async () => {
    const { activity } = await setup();
    const expected = ['note:@tie B\nline 2:', 'note:tie A:', 'shared::evaluation', 'stage::evaluation', 'call:first call:awareness'];
    for (const limit of [1, 2, 3, 50]) expect(await all(activity, {}, limit)).toEqual(expected);
  });

  it('filters by kind, prospect and stage at the time', async () => {
    const { activity } = await setup();
    expect(await all(activity, { kind: 'note' }, 10)).toEqual(['note:@tie B\nline 2:', 'note:tie A:']);
    expect(await all(activity, { prospectId: '/in/ada', stage: 'awareness' }, 10)).toEqual(['call:first call:awareness']);
  });

  it('adds notes to entries and entries by hand', async () => {
    const { activity } = await setup();
    const [first] = (await activity.page({ kind: 'shared' }, null, 1)).entries;
    await activity.setNote(first!.interaction.id!, 'she liked it');
    expect((await activity.page({ kind: 'shared' }, null, 1)).entries[0]!.interaction.note).toBe('she liked it');
  });

  it('exports chunks that make one RFC 4180 file, neutralised against formulas', async () => {
    const { db } = await setup();
    const text = await csvFromRows(db, {}, { limit: 2 });
    expect(text.startsWith('\uFEFFtime,kind,')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data.filter((row) => row.length > 1);
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(6);
    const shared = rows.find((row) => row[1] === 'shared')!;
    expect(shared.slice(1)).toEqual([
      'shared',
      'sent',
      'message',
      "'=Ada",
      'https://www.linkedin.com/in/ada/',
      'Example, Inc.',
      'evaluation',
      'CFO case, "short"',
      'https://example.com/cfo',
      'https://www.linkedin.com/messaging/thread/1/',
      '',
    ]);
    expect(shared[0]).toMatch(/^2026-11-01T\d\d:00:00[+-]\d\d:\d\d$/);
    expect(rows.find((row) => row[11]?.includes('tie B'))![11]).toBe("'@tie B\nline 2");

    // One export named across its chunks reads its lookups once, and writes the same file.
    expect(await csvFromRows(db, {}, { limit: 2, exportId: 'export-1' })).toBe(text);

    await updateSettings(await db(), { csvSeparator: ';', csvBom: false });
    const european = await csvFromRows(db, {}, { limit: 1 });
    expect(european.startsWith('time;kind;status')).toBe(true);
  });

  it('names each entry’s library item in every chunk of one export, and none for an item since deleted', async () => {
    const { activity, db } = await setup();
    const conn = await db();
    const shared = (contentId: string, at: number) =>
      conn.add('interactions', {
        at,
        kind: 'shared',
        status: 'sent',
        prospectId: '/in/ada',
        contentId,
        channel: 'message',
        url: null,
        externalId: null,
        note: '',
      });
    const later = Date.UTC(2026, 11, 1);
    await shared('c1', later);
    await shared('gone', later + 1);
    await shared('c1', later + 2);
    const titles: string[] = [];
    let after: LogCursor = null;
    do {
      const chunk = await activity.exportRows({ kind: 'shared' }, after, 1, 'export-2');
      titles.push(...chunk.rows.map(({ item }) => `${item?.title ?? ''}|${item?.url ?? ''}`));
      after = chunk.next;
    } while (after);
    expect(titles).toEqual([
      'CFO case, "short"|https://example.com/cfo',
      'CFO case, "short"|https://example.com/cfo',
      '|',
      'CFO case, "short"|https://example.com/cfo',
    ]);
  });
});
