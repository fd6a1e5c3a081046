// Clicks imported from web analytics (issue 28): what an import keeps, which imports it replaces,
// the figures of a period, per-person tokens (off by default) and their erasure with the person.
// Through the real background on fake-indexeddb, as the dashboard asks it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import {
  clickFigures,
  isClickToken,
  newClickToken,
  replacedBy,
  tokenInLink,
  withoutTokens,
  type ClickImport,
} from '../../src/domain/analytics/clicks';
import { readAnalyticsExport } from '../../src/domain/analytics/read';
import type { RequestType } from '../../src/contract/index';
import { localTime } from '../../src/domain/time/local-date';
import { contentSlug } from '../../src/domain/library/urls';
import { background } from './helpers/background';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };

const record = (from: string, to: string, counts: ClickImport['counts']): ClickImport => ({
  period: `${from}..${to}`,
  from,
  to,
  vendor: 'ga4',
  importedAt: 1,
  matchedRows: counts.length,
  otherRows: 0,
  sharedSlugRows: 0,
  skipped: 0,
  counts,
});

describe('the figures of a period', () => {
  const weekOne = record('2026-11-02', '2026-11-08', [{ contentId: 'a', clicks: 3 }]);
  const month = record('2026-11-01', '2026-11-30', [
    { contentId: 'a', clicks: 10 },
    { contentId: 'b', clicks: 4 },
  ]);
  const dated = record('2026-10-01', '2026-10-31', [
    { contentId: 'a', clicks: 2, day: '2026-10-05' },
    { contentId: 'a', clicks: 5, day: '2026-10-28' },
  ]);

  it('counts a one-week export in its week, a month without dates in the period only, dated rows by their day', () => {
    const all = clickFigures([weekOne, month, dated], null);
    expect(Object.fromEntries(all.byContent)).toEqual({ a: 20, b: 4 });
    expect(Object.fromEntries(all.byWeek)).toEqual({ '2026-11-02': 3, '2026-10-05': 2, '2026-10-26': 5 });
    expect(all.notByWeek).toBe(14);
    expect(all.counted).toBe(3);
  });

  it('counts an undated export when at least half its days are in the range, dated rows when their day is', () => {
    // 2026-10-19 .. 2026-11-08: 8 of November's 30 days, the first week of November, and the dated row of 28 October.
    const range = { from: '2026-10-19', to: '2026-11-08' };
    const figures = clickFigures([weekOne, month, dated], range);
    expect(Object.fromEntries(figures.byContent)).toEqual({ a: 3 + 5 });
    expect(figures.leftOut).toBe(1);
    expect(figures.counted).toBe(2);
    const wider = clickFigures([month], { from: '2026-11-02', to: '2026-11-29' });
    expect(Object.fromEntries(wider.byContent)).toEqual({ a: 10, b: 4 });
  });

  it('replaces the imports whose days overlap the new one, and only those', () => {
    expect(replacedBy([weekOne, month, dated], '2026-11-08', '2026-11-14')).toEqual([weekOne.period, month.period]);
    expect(replacedBy([weekOne, dated], '2026-11-09', '2026-11-15')).toEqual([]);
  });
});

describe('per-share tokens', () => {
  it('are random, recognisable and found in a tagged link or a short link', () => {
    let seed = 0;
    const token = newClickToken((length) => Uint8Array.from({ length }, () => (seed += 7)));
    expect(isClickToken(token)).toBe(true);
    expect(isClickToken('five-questions')).toBe(false);
    expect(tokenInLink(`https://example.com/a?utm_source=linkedin&utm_content=${token}`)).toBe(token);
    expect(tokenInLink(`https://go.example.com/${token}?c=spring`)).toBe(token);
    expect(tokenInLink('https://example.com/a?utm_content=five-questions')).toBeNull();
    expect(tokenInLink('not a link')).toBeNull();
  });

  it('are taken out of stored counts, their clicks staying with the item and day', () => {
    const stored = record('2026-11-02', '2026-11-08', [
      { contentId: 'a', clicks: 3 },
      { contentId: 'a', clicks: 2, token: 'ntaaaaaaaaaa' },
      { contentId: 'a', clicks: 1, token: 'ntbbbbbbbbbb' },
    ]);
    expect(withoutTokens(stored, new Set(['ntzzzzzzzzzz']))).toBeNull();
    expect(withoutTokens(stored, new Set(['ntaaaaaaaaaa']))?.counts).toEqual([
      { contentId: 'a', clicks: 5 },
      { contentId: 'a', clicks: 1, token: 'ntbbbbbbbbbb' },
    ]);
  });

  it('reads a row date where the export has one', () => {
    const read = readAnalyticsExport('date,utm_content,visitors,visits\n2026-11-03,five,2,3\n2026-11-04,five,1,1\n');
    expect(read.rows).toEqual([
      { content: 'five', sessions: 3, day: '2026-11-03' },
      { content: 'five', sessions: 1, day: '2026-11-04' },
    ]);
  });
});

let n = 0;
async function setUp() {
  const db = createDbHandle(`nurture-clicks-${++n}`);
  let clock = localTime('2026-11-20', 12)!;
  const bg = background({ db, now: () => (clock += 1000) });
  await bg.library.restoreExamples();
  const conn = await db();
  const [item, other] = await conn.getAll('content');
  const ask = async <K extends RequestType>(type: K, payload: unknown, sender: Sender = page) => {
    const answer = await bg.route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.message}`);
    return answer.value as never;
  };
  const fail = async (type: RequestType, payload: unknown) => {
    const answer = await bg.route({ type, payload }, page);
    expect(answer.ok).toBe(false);
    return answer.ok ? '' : answer.error.message;
  };
  return { conn, ask, fail, item: item!, other: other!, slug: (which: { id: string; url: string }) => contentSlug(which.url, which.id) };
}

const ga4 = (from: string, to: string, rows: [string, number][]) =>
  `# ----------------------------------------\n# Traffic acquisition\n# Start date: ${from}\n# End date: ${to}\n# ----------------------------------------\nSession manual ad content,Sessions,Engaged sessions\n${rows.map(([value, sessions]) => `${value},${sessions},1`).join('\n')}\n`;

describe('importing an export', () => {
  it('joins it to the items, counts the rows not ours, and a period imported again replaces the first', async () => {
    const { ask, item, other, slug } = await setUp();
    const report = await ask('clicks.import', {
      text: ga4('20261101', '20261130', [
        [slug(item), 7],
        ['spring-sale', 40],
        [slug(other), 2],
        ['(not set)', 900],
      ]),
    });
    expect(report).toMatchObject({
      vendor: 'ga4',
      from: '2026-11-01',
      to: '2026-11-30',
      matchedRows: 2,
      otherRows: 2,
      clicks: 9,
      replaced: [],
    });
    const again = await ask('clicks.import', { text: ga4('20261101', '20261130', [[slug(item), 8]]) });
    expect(again).toMatchObject({ clicks: 8, replaced: [] });
    const figures: { byContent: [string, number][]; imports: unknown[]; titles: [string, string][] } = await ask('clicks.figures', {
      period: 'all',
    });
    expect(figures.byContent).toEqual([[item.id, 8]]);
    expect(figures.titles).toEqual([[item.id, item.title]]);
    expect(figures.imports).toHaveLength(1);
  });

  it('replaces an overlapping import, says so, and deletes one on request', async () => {
    const { ask, item, slug } = await setUp();
    await ask('clicks.import', { text: ga4('20261102', '20261108', [[slug(item), 3]]) });
    const month = await ask('clicks.import', { text: ga4('20261101', '20261130', [[slug(item), 12]]) });
    expect(month).toMatchObject({ replaced: ['2026-11-02..2026-11-08'] });
    expect(await ask('clicks.delete', { period: '2026-11-01..2026-11-30' })).toEqual({ deleted: true });
    expect(await ask('clicks.delete', { period: '2026-11-01..2026-11-30' })).toEqual({ deleted: false });
    expect(await ask('clicks.figures', { period: 'all' })).toMatchObject({ byContent: [], imports: [] });
  });

  it('asks for the days an export does not state, and refuses a file that is no export, storing nothing', async () => {
    const { ask, fail, conn, item, slug } = await setUp();
    const plausible = `name,visitors,visits\n${slug(item)},4,5\n`;
    expect(await fail('clicks.import', { text: plausible })).toMatch(/which days it covers/);
    expect(await fail('clicks.import', { text: 'a,b\n1,2\n' })).toMatch(/expected a column/);
    expect(await conn.count('clicks')).toBe(0);
    expect(await ask('clicks.import', { text: plausible, from: '2026-11-16', to: '2026-11-22' })).toMatchObject({
      vendor: 'plausible',
      clicks: 5,
    });
    // The period selected holds that week: its clicks are the week's.
    expect(await ask('clicks.figures', { period: '4w' })).toMatchObject({
      byContent: [[item.id, 5]],
      byWeek: [['2026-11-16', 5]],
      notByWeek: 0,
    });
  });

  it('keeps the imports when a backup replaces the database', async () => {
    const { ask, item, slug } = await setUp();
    const { text } = await ask('backup.export', {});
    await ask('clicks.import', { text: ga4('20261101', '20261130', [[slug(item), 7]]) });
    await ask('backup.import', { text, mode: 'replace' });
    expect(await ask('clicks.figures', { period: 'all' })).toMatchObject({ byContent: [[item.id, 7]] });
  });
});

describe('per-person clicks', () => {
  const ada = { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: 'CFO', company: 'Example' };

  async function shareTo(ask: Awaited<ReturnType<typeof setUp>>['ask'], contentId: string) {
    const prepared: { link: string } = await ask('share.prepare', { contentId, prospectId: ada.profilePath, channel: 'message' });
    await ask(
      'share.log',
      {
        contentId,
        prospectId: ada.profilePath,
        channel: 'message',
        pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/',
        link: prepared.link,
        captionIndex: null,
      },
      content,
    );
    return prepared.link;
  }

  it('are off by default: the link carries the item, and nothing is tied to the person', async () => {
    const { ask, item, slug } = await setUp();
    await ask('prospects.add', ada);
    const link = await shareTo(ask, item.id);
    expect(new URL(link).searchParams.get('utm_content')).toBe(slug(item));
    await ask('clicks.import', { text: ga4('20261101', '20261130', [[slug(item), 7]]) });
    expect(await ask('clicks.ofProspect', { prospectId: ada.profilePath })).toEqual({ opened: [] });
  });

  it('tie a visit to the share when on, count it for the item, and go with the person', async () => {
    const { ask, conn, item, slug } = await setUp();
    await ask('prospects.add', ada);
    await ask('settings.update', { settings: { clickTokens: true } });
    const link = await shareTo(ask, item.id);
    const token = new URL(link).searchParams.get('utm_content')!;
    expect(isClickToken(token)).toBe(true);
    // A post names nobody: its link keeps the item's slug.
    const post: { link: string } = await ask('share.prepare', { contentId: item.id, prospectId: null, channel: 'post' });
    expect(new URL(post.link).searchParams.get('utm_content')).toBe(slug(item));

    await ask('clicks.import', {
      text: ga4('20261101', '20261130', [
        [token, 2],
        [slug(item), 5],
      ]),
    });
    expect(await ask('clicks.figures', { period: 'all' })).toMatchObject({ byContent: [[item.id, 7]] });
    const { opened }: { opened: { contentId: string; clicks: number; title: string | null }[] } = await ask('clicks.ofProspect', {
      prospectId: ada.profilePath,
    });
    expect(opened).toEqual([expect.objectContaining({ contentId: item.id, clicks: 2, title: item.title })]);

    await ask('prospects.erase', { id: ada.profilePath });
    const [stored] = await conn.getAll('clicks');
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.counts).toEqual([{ contentId: item.id, clicks: 7 }]);
    expect(await ask('clicks.figures', { period: 'all' })).toMatchObject({ byContent: [[item.id, 7]] });
  });

  it('are never turned on by a restored backup', async () => {
    const { ask } = await setUp();
    await ask('settings.update', { settings: { clickTokens: true } });
    const { text } = await ask('backup.export', {});
    await ask('settings.update', { settings: { clickTokens: false } });
    await ask('backup.import', { text, mode: 'merge' });
    expect(await ask('settings.get', {})).toMatchObject({ clickTokens: false });
  });
});
