// Analytics exports (issue 28): each vendor's layout read from fixtures written after its
// documentation (docs/analytics-imports.md), the period, the unknown-layout error, and the join
// to Nurture's items by utm_content. No timing here: bench/analytics.bench.ts has the figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinClicks, utmContentIndex } from '../../src/domain/analytics/join';
import { readAnalyticsExport, readCount } from '../../src/domain/analytics/read';
import { contentSlug } from '../../src/domain/library/urls';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/analytics/${name}`, import.meta.url));
const text = (name: string) => fixture(name).toString('utf8');

const OURS = { id: 'item-five', url: 'https://example.com/blog/five-questions-cfos-ask' };
const OTHER_ITEM = { id: 'item-case', url: 'https://example.com/customers/case-study-northwind.html' };

describe('reading analytics exports', () => {
  it('reads a GA4 report: preamble, period, the data table rather than the time series, totals left out', () => {
    const read = readAnalyticsExport(text('ga4-traffic-acquisition.csv'));
    expect(read.vendor).toBe('ga4');
    expect(read.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(read.rows.map((row) => row.content)).toEqual([
      '(not set)',
      'spring-sale-banner',
      'five-questions-cfos-ask',
      '=HYPERLINK("https://attacker.example","x")',
      '__proto__',
    ]);
    expect(read.rows[0]).toEqual({ content: '(not set)', sessions: 12480, engaged: 8901, views: 31077 });
    expect(read.rows[2]).toEqual({ content: 'five-questions-cfos-ask', sessions: 7, engaged: 5, views: 12 });
    expect(read.skipped).toBe(0);
  });

  it('reads a GA4 exploration ("Manual ad content", Grand total row first)', () => {
    const read = readAnalyticsExport(text('ga4-exploration.csv'));
    expect(read.vendor).toBe('ga4');
    expect(read.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(read.rows).toEqual([
      { content: 'case-study-northwind', sessions: 41, engaged: 30, views: 77 },
      { content: 'webinar-replay', sessions: 1990, engaged: 1403, views: 5043 },
    ]);
  });

  it('reads Matomo CSV (machine column names) and TSV (UTF-16LE with a BOM, from bytes)', () => {
    const csv = readAnalyticsExport(text('matomo-campaign-content.csv'));
    expect(csv.vendor).toBe('matomo');
    expect(csv.period).toBeNull();
    expect(csv.rows).toEqual([
      { content: 'five-questions-cfos-ask', sessions: 7 },
      { content: 'spring-sale-banner', sessions: 1204 },
    ]);
    const bytes = new Uint8Array(fixture('matomo-campaign-content.tsv'));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const tsv = readAnalyticsExport(bytes);
    expect(tsv.vendor).toBe('matomo');
    expect(tsv.rows).toEqual([
      { content: 'five-questions-cfos-ask', sessions: 7 },
      { content: 'spring-sale-banner', sessions: 1204 },
      { content: 'étude-de-cas', sessions: 3 },
    ]);
    // The same text without its BOM still reads: the zero high bytes say UTF-16LE.
    expect(readAnalyticsExport(bytes.subarray(2)).rows).toEqual(tsv.rows);
  });

  it('reads Plausible: the dashboard export (visitors stand in for visits) and the imported_ layout (visits, dates)', () => {
    const dashboard = readAnalyticsExport(text('plausible-utm_contents.csv'));
    expect(dashboard.vendor).toBe('plausible');
    expect(dashboard.period).toBeNull();
    expect(dashboard.rows).toEqual([
      { content: 'five-questions-cfos-ask', sessions: 7 },
      { content: 'spring-sale-banner', sessions: 1204 },
    ]);
    const imported = readAnalyticsExport(text('plausible-imported_utm_contents.csv'));
    expect(imported.vendor).toBe('plausible');
    expect(imported.period).toEqual({ from: '2026-11-02', to: '2026-11-17' });
    expect(imported.rows.map((row) => row.sessions)).toEqual([4, 3, 530]);
  });

  it("reads HubSpot's UTM content table", () => {
    const read = readAnalyticsExport(text('hubspot-utm-content.csv'));
    expect(read.vendor).toBe('hubspot');
    expect(read.period).toBeNull();
    expect(read.rows).toEqual([
      { content: 'five-questions-cfos-ask', sessions: 7 },
      { content: 'spring-sale-banner', sessions: 1204 },
    ]);
  });

  it('names the columns each layout expects when the file is none of them', () => {
    const attempt = () => readAnalyticsExport('Campaign,Clicks\nspring,12\n');
    expect(attempt).toThrow(
      "expected a column 'session manual ad content' with 'sessions' (Google Analytics 4), 'utm content' with 'sessions' (HubSpot), " +
        "'label' with 'nb_visits' (Matomo), 'name' with 'visits' (Plausible); its first table has 'Campaign', 'Clicks'.",
    );
    expect(() => readAnalyticsExport('')).toThrow(/expected a column 'session manual ad content'/);
    expect(() => readAnalyticsExport('# Start date: 20261101\n# End date: 20261130\n')).toThrow(/\(Matomo\)/);
  });

  it('skips rows whose counts are not counts, and says how many', () => {
    const read = readAnalyticsExport('Session manual ad content,Sessions\nok,3\nformula,=1+1\nrate,12.5\nempty,\n');
    expect(read.rows).toEqual([
      { content: 'ok', sessions: 3 },
      { content: 'empty', sessions: 0 },
    ]);
    expect(read.skipped).toBe(2);
  });

  it('reads counts with the thousands separators vendors and spreadsheets write', () => {
    expect(readCount('1,234')).toBe(1234);
    expect(readCount('1.234.567')).toBe(1234567);
    expect(readCount('12\u202f480')).toBe(12480);
    expect(readCount("1'204")).toBe(1204);
    expect(readCount(' 7 ')).toBe(7);
    expect(readCount('12.5')).toBeNull();
    expect(readCount('1,23')).toBeNull();
    expect(readCount('1,234.567')).toBeNull();
    expect(readCount('-3')).toBeNull();
    expect(readCount('9'.repeat(10_000))).toBeNull();
  });
});

describe('joining an export to Nurture items', () => {
  it('credits 7 sessions to the item whose slug is the utm_content, and counts the others', () => {
    const read = readAnalyticsExport(text('ga4-traffic-acquisition.csv'));
    const join = joinClicks(read.rows, [OURS, OTHER_ITEM]);
    expect(join.clicks).toEqual(new Map([['item-five', 7]]));
    expect(join.matchedRows).toBe(1);
    // (not set), spring-sale-banner, the formula, __proto__: none is ours.
    expect(join.otherRows).toBe(4);
    expect(join.sharedSlugRows).toBe(0);
  });

  it('matches whatever case the vendor wrote, and sums rows of the same item', () => {
    const join = joinClicks(
      [
        { content: 'Five-Questions-CFOs-Ask', sessions: 2 },
        { content: 'five-questions-cfos-ask', sessions: 5 },
        { content: 'CASE-STUDY-NORTHWIND', sessions: 4 },
      ],
      [OURS, OTHER_ITEM],
    );
    expect(join.clicks).toEqual(
      new Map([
        ['item-five', 7],
        ['item-case', 4],
      ]),
    );
    expect(join.otherRows).toBe(0);
  });

  it('uses the item id where the address gives no slug, and credits no one for a slug two items share', () => {
    const noSlug = { id: 'k3x9z0a1b2c3d4', url: 'https://example.com/' };
    const twinA = { id: 'a', url: 'https://a.example/blog/index.html' };
    const twinB = { id: 'b', url: 'https://b.example/news/index' };
    expect(contentSlug(noSlug.url, noSlug.id)).toBe(noSlug.id);
    expect(utmContentIndex([twinA, twinB]).get('index')).toEqual(['a', 'b']);
    const join = joinClicks(
      [
        { content: 'k3x9z0a1b2c3d4', sessions: 3 },
        { content: 'index', sessions: 9 },
      ],
      [noSlug, twinA, twinB],
    );
    expect(join.clicks).toEqual(new Map([['k3x9z0a1b2c3d4', 3]]));
    expect(join.sharedSlugRows).toBe(1);
  });

  it('treats prototype names and formulas as plain values, never as keys of an object', () => {
    const join = joinClicks(
      [
        { content: '__proto__', sessions: 1 },
        { content: 'constructor', sessions: 1 },
        { content: 'toString', sessions: 1 },
      ],
      [OURS],
    );
    expect(join.clicks.size).toBe(0);
    expect(join.otherRows).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads and joins a 100,000-row export (correctness; the time is in bench/analytics.bench.ts)', () => {
    const lines = ['# Start date: 20261101', '# End date: 20261130', 'Session manual ad content,Sessions,Engaged sessions,Views'];
    for (let i = 0; i < 100_000; i++) lines.push(`campaign-${i},"1,${String(i % 1000).padStart(3, '0')}",1,2`);
    lines.push('five-questions-cfos-ask,7,5,12');
    const read = readAnalyticsExport(lines.join('\n'));
    expect(read.rows).toHaveLength(100_001);
    expect(read.rows[999]).toEqual({ content: 'campaign-999', sessions: 1999, engaged: 1, views: 2 });
    const join = joinClicks(read.rows, [OURS, OTHER_ITEM]);
    expect(join.clicks.get('item-five')).toBe(7);
    expect(join.otherRows).toBe(100_000);
  });
});

// As test/unit/linear-parsing.test.ts does: no stopwatch, the runner's timeout fails a quadratic
// pass. Each shape is a few megabytes that a pass rescanning lines or quotes would not finish.
describe('hostile exports take linear time', () => {
  const MB = 1024 * 1024;
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

  it('is handled or refused with the layout message, whatever the shape', () => {
    const header = 'Session manual ad content,Sessions\n';
    const shapes: [string, string][] = [
      ['an unclosed quote', `${header}"${fill('a,b\n', 4 * MB)}`],
      ['a comment line per row', fill('#\n', 4 * MB)],
      ['blank lines between one-row tables', fill(`${header}x,1\n\n`, 4 * MB)],
      ['a huge content cell', `${header}${fill('x', 8 * MB)},1\n`],
      ['a huge count cell', `${header}x,${fill('1', 8 * MB)}\n`],
      ['a huge date line', `# Start date: ${fill(' ', 8 * MB)}20261101\n${header}x,1\n`],
    ];
    for (const [name, input] of shapes) {
      let outcome: string;
      try {
        outcome = `read ${readAnalyticsExport(input).rows.length}`;
      } catch (error) {
        outcome = (error as Error).message;
      }
      expect(outcome, name).toMatch(/^read \d+$|expected a column/);
    }
  });
});
