// @vitest-environment happy-dom
// Clicks in Insights: the tables and CSV files of clicks per item and per week (joined to the
// log's shares and replies of the same period), one item's funnel, the ranking by clicks and by
// clicks per share, the import's report in words, and the import control as a user drives it:
// a dated export is sent at once, an undated one asks for its days, an unknown layout is refused
// in the page before anything is sent.
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankRows } from '../../src/dashboard/charts/ranking-model';
import type { ClickWords } from '../../src/dashboard/insights/clicks-report';
import {
  clickFunnel,
  clickRows,
  clickWeeks,
  contentClicksCsv,
  funnelItem,
  spanOf,
  weeklyClicksCsv,
  withClicks,
} from '../../src/dashboard/insights/clicks-tables';
import { rankingCsv, rankingTable } from '../../src/dashboard/insights/insight-tables';
import { rateRow, type Insights } from '../../src/domain/insights/metrics';
import type { ClickFiguresAnswer, ClickImportReport, OpenedItem } from '../../src/contract/requests/clicks';
import { englishOnlyWords, readableText, words as wordsOf } from './helpers/french';
import { markedWords } from './helpers/chart-words';

const fake = vi.hoisted(() => ({ request: vi.fn(), lang: 'en' }));
vi.mock('webextension-polyfill', async () => {
  const { bilingualI18n } = await import('./helpers/french');
  return {
    default: {
      i18n: bilingualI18n(() => fake.lang),
      runtime: { id: 'nurture-test', onMessage: { addListener: () => {}, removeListener: () => {} } },
    },
  };
});
vi.mock('../../src/contract/client', () => ({ request: fake.request }));

const { importReportLines, periodText } = await import('../../src/dashboard/insights/clicks-report');
const { ClicksImport } = await import('../../src/dashboard/insights/ClicksImport');

afterEach(() => {
  render(null, document.body);
  fake.request.mockReset();
  fake.lang = 'en';
});

const title = (key: string) => `Title ${key}`;
/** Log rows as insights.compute gives them per content item. */
const logRows = [
  { key: 'case', shares: 8, replied: 3 },
  { key: 'paper', shares: 4, replied: 1 },
  { key: 'quiet', shares: 2, replied: 0 },
];
const clicks: [string, number][] = [
  ['paper', 10],
  ['case', 6],
  ['colleagues', 5],
];

describe('clicks per item', () => {
  it('joins the period’s clicks to its shares and replies, most clicks first, items clicked but not shared included', () => {
    const rows = clickRows(logRows, clicks, title);
    expect(rows.map((row) => [row.key, row.shares, row.clicks, row.clicksPerShare, row.replied])).toEqual([
      ['paper', 4, 10, 2.5, 1],
      ['case', 8, 6, 0.75, 3],
      // Everyone's links carry the item's utm_content: clicks without a share of this rep's.
      ['colleagues', 0, 5, null, 0],
      ['quiet', 2, 0, 0, 0],
    ]);
    expect(contentClicksCsv(rows)).toEqual({
      name: 'content-clicks',
      header: ['content', 'shares', 'clicks', 'clicks_per_share', 'replied'],
      rows: [
        ['Title paper', 4, 10, 2.5, 1],
        ['Title case', 8, 6, 0.75, 3],
        ['Title colleagues', 0, 5, null, 0],
        ['Title quiet', 2, 0, 0, 0],
      ],
    });
    // Clicks per share written with two decimals.
    expect(contentClicksCsv(clickRows([{ key: 'a', shares: 3, replied: 0 }], [['a', 1]], title)).rows[0]![3]).toBe(0.33);
    expect(clickRows([], [], title)).toEqual([]);
  });

  it('reads one item as shared → clicked → replied, each bar its own count, the widest 1', () => {
    const [paper] = clickRows(logRows, clicks, title);
    expect(clickFunnel(paper!)).toEqual([
      { step: 'shares', value: 4, width: 0.4 },
      { step: 'clicks', value: 10, width: 1 },
      { step: 'replied', value: 1, width: 0.1 },
    ]);
    expect(clickFunnel({ shares: 0, clicks: 0, replied: 0 }).map((bar) => bar.width)).toEqual([0, 0, 0]);
    const rows = clickRows(logRows, clicks, title);
    expect(funnelItem(rows, null)?.key).toBe('paper');
    expect(funnelItem(rows, 'case')?.key).toBe('case');
    // An item no longer in the table (another period): back to the most clicked.
    expect(funnelItem(rows, 'gone')?.key).toBe('paper');
    expect(funnelItem([], null)).toBeNull();
  });
});

describe('clicks per week', () => {
  it('has every week of the trend, quiet ones as zeros, this week marked, and the file has them all', () => {
    const weeks = clickWeeks(
      [
        ['2026-11-09', 4],
        ['2026-11-23', 7],
      ],
      { from: '2026-11-02', to: '2026-11-23' },
      '2026-11-23',
    );
    expect(weeks).toEqual([
      { week: '2026-11-02', clicks: 0, current: false },
      { week: '2026-11-09', clicks: 4, current: false },
      { week: '2026-11-16', clicks: 0, current: false },
      { week: '2026-11-23', clicks: 7, current: true },
    ]);
    expect(weeklyClicksCsv(weeks)).toEqual({
      name: 'weekly-clicks',
      header: ['week', 'clicks'],
      rows: [
        ['2026-11-02', 0],
        ['2026-11-09', 4],
        ['2026-11-16', 0],
        ['2026-11-23', 7],
      ],
    });
  });

  it('for all time, spans both the log’s weeks and the imports’ weeks', () => {
    expect(spanOf({ from: '2026-10-05', to: '2026-11-23' }, { from: '2026-09-28', to: '2026-11-09' })).toEqual({
      from: '2026-09-28',
      to: '2026-11-23',
    });
    expect(spanOf({ from: '2026-10-05', to: '2026-11-23' }, { from: '2026-10-05', to: '2026-11-23' })).toEqual({
      from: '2026-10-05',
      to: '2026-11-23',
    });
  });
});

describe('the ranking with clicks', () => {
  it('gives every content row its clicks, and a row of no shares to an item only clicked', () => {
    expect(withClicks(logRows, clicks)).toEqual([
      { key: 'case', shares: 8, replied: 3, clicks: 6 },
      { key: 'paper', shares: 4, replied: 1, clicks: 10 },
      { key: 'quiet', shares: 2, replied: 0, clicks: 0 },
      { key: 'colleagues', shares: 0, replied: 0, clicks: 5 },
    ]);
  });

  it('ranks by clicks (then clicks per share), keeping rows only clicked', () => {
    const ranked = rankRows(withClicks(logRows, clicks), title, { order: 'clicks' });
    expect(ranked.map((row) => row.key)).toEqual(['paper', 'case', 'colleagues', 'quiet']);
    expect(ranked[0]).toMatchObject({ clicks: 10, clicksPerShare: 2.5 });
    expect(ranked[2]).toMatchObject({ clicks: 5, clicksPerShare: null });
    // Equal clicks: the item that got them from fewer shares first.
    const twins = [
      { key: 'wide', shares: 10, replied: 0, clicks: 5 },
      { key: 'narrow', shares: 2, replied: 0, clicks: 5 },
    ];
    expect(rankRows(twins, title, { order: 'clicks' }).map((row) => row.key)).toEqual(['narrow', 'wide']);
    // Other orders leave rows with clicks only out, as before.
    expect(rankRows(withClicks(logRows, clicks), title).map((row) => row.key)).toEqual(['case', 'paper', 'quiet']);
  });

  it('ranks by clicks per share among rows with enough shares, then clicks', () => {
    const rows = withClicks(logRows, clicks);
    expect(rankRows(rows, title, { order: 'clicksPerShare' }).map((row) => row.key)).toEqual(['paper', 'case']);
    expect(rankRows(rows, title, { order: 'clicksPerShare', minShares: 1 }).map((row) => row.key)).toEqual(['paper', 'case', 'quiet']);
    const even = [
      { key: 'few', shares: 4, replied: 0, clicks: 4 },
      { key: 'many', shares: 8, replied: 0, clicks: 8 },
    ];
    expect(rankRows(even, title, { order: 'clicksPerShare' }).map((row) => row.key)).toEqual(['many', 'few']);
  });

  it('rows without clicks stay as they were; the file adds clicks and clicks per share last only with clicks', () => {
    expect(rankRows(logRows, title)[0]).not.toHaveProperty('clicks');
    const plain = rankingCsv('content', rankingTable(logRows, 'content', 'replies', 3, title));
    expect(plain.header).not.toContain('clicks');
    const table = rankingTable(
      withClicks(logRows, [
        ['case', 5],
        ['paper', 1],
      ]),
      'content',
      'replies',
      3,
      title,
    );
    const file = rankingCsv('content', table, true);
    expect(file.header.slice(0, 4)).toEqual(['content', 'shares', 'replied', 'reply_rate_percent']);
    expect(file.header.slice(-3)).toEqual(['interested_rate_percent', 'clicks', 'clicks_per_share']);
    expect(file.rows.map((row) => [row[0], ...row.slice(-2)])).toEqual([
      ['Title case', 5, 0.63],
      ['Title paper', 1, 0.25],
      ['Title quiet', 0, 0],
    ]);
    // The columns before the clicks are the file without them, cell for cell.
    expect(file.rows.map((row) => row.slice(0, -2))).toEqual(plain.rows);
  });
});

const words: ClickWords = { ...markedWords, range: (from, to) => `${from}→${to}` };

const report: ClickImportReport = {
  period: '2026-11-01..2026-11-30',
  from: '2026-11-01',
  to: '2026-11-30',
  vendor: 'ga4',
  importedAt: 0,
  matchedRows: 12,
  otherRows: 1240,
  sharedSlugRows: 0,
  skipped: 0,
  clicks: 96,
  replaced: [],
};

describe('the import’s report', () => {
  it('says the tool, the days, the clicks on Nurture links and the rows from other links', () => {
    expect(importReportLines(report, words)).toEqual([
      'clicksImported(Google Analytics 4|2026-11-01→2026-11-30|clicksOnLinks_other(#96)|chartRows_other(#12))',
      'clicksOtherRows_other(#1240)',
    ]);
  });

  it('says what it replaced and what it left out, and nothing of counts of none', () => {
    const lines = importReportLines(
      { ...report, vendor: 'matomo', otherRows: 0, skipped: 1, sharedSlugRows: 2, replaced: ['2026-11-01..2026-11-15', 'odd'] },
      words,
    );
    expect(lines.slice(1)).toEqual(['clicksReplaced(2026-11-01→2026-11-15, odd)', 'clicksSkipped_one(#1)', 'clicksSharedSlug_other(#2)']);
    expect(lines[0]).toContain('Matomo');
    expect(importReportLines({ ...report, matchedRows: 0, clicks: 0, otherRows: 0 }, words)).toEqual([
      'clicksImported(Google Analytics 4|2026-11-01→2026-11-30|clicksOnLinks_other(#0)|chartRows_other(#0))',
      'clicksNoneMatched()',
    ]);
    expect(periodText('2026-11-01..2026-11-30', words)).toBe('2026-11-01→2026-11-30');
  });
});

describe('the import control', () => {
  const input = () => document.querySelector<HTMLInputElement>('[data-testid="clicks-import"]')!;
  const status = () => document.querySelector('[data-testid="clicks-import-status"]')!.textContent;
  const alert = () => document.querySelector('[role="alert"]')?.textContent ?? null;
  const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

  async function choose(name: string, text: string) {
    const file = new File([text], name, { type: 'text/csv' });
    await act(async () => {
      Object.defineProperty(input(), 'files', { value: [file], configurable: true });
      input().dispatchEvent(new Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 5; i++) await settle();
  }

  async function typeDay(index: number, text: string) {
    const field = document.querySelectorAll<HTMLInputElement>('[data-testid="clicks-days"] .date-input input[type="text"]')[index]!;
    await act(async () => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  async function submitDays() {
    await act(async () => {
      document
        .querySelector<HTMLFormElement>('[data-testid="clicks-days"]')!
        .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    for (let i = 0; i < 5; i++) await settle();
  }

  it('has a visible label, and sends a dated export at once, then says what it counted', async () => {
    fake.request.mockResolvedValue({ ...report, replaced: ['2026-11-01..2026-11-15'] });
    await act(async () => render(h(ClicksImport, { imports: [] }), document.body));
    expect(input().closest('label')!.textContent).toContain('Import clicks (web analytics export)');
    expect(input().accept).toBe('.csv,.tsv,.txt');
    const text = readFileSync('test/fixtures/analytics/ga4-traffic-acquisition.csv', 'utf8');
    await choose('ga4.csv', text);
    expect(fake.request).toHaveBeenCalledTimes(1);
    expect(fake.request).toHaveBeenCalledWith('clicks.import', { text: text.replace(/^\uFEFF/, '') });
    expect(status()).toContain('Google Analytics 4');
    expect(status()).toContain('96 clicks on Nurture links (12 rows).');
    expect(status()).toContain('1,240 rows not from Nurture links.');
    expect(status()).toContain('Replaced the import of');
    expect(alert()).toBeNull();
  });

  it('asks an undated export for its days, refuses them in the wrong order, then sends them', async () => {
    fake.request.mockResolvedValue({ ...report, vendor: 'plausible', otherRows: 0 });
    await act(async () => render(h(ClicksImport, { imports: [] }), document.body));
    await choose('utm_contents.csv', readFileSync('test/fixtures/analytics/plausible-utm_contents.csv', 'utf8'));
    expect(fake.request).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="clicks-days"]')!.textContent).toContain('utm_contents.csv');
    await submitDays();
    expect(alert()).toBe('Give the first and the last day of the export.');
    await typeDay(0, '11/30/2026');
    await typeDay(1, '11/01/2026');
    await submitDays();
    expect(alert()).toBe('The first day comes after the last day.');
    expect(fake.request).not.toHaveBeenCalled();
    await typeDay(0, '11/01/2026');
    await typeDay(1, '11/30/2026');
    await submitDays();
    expect(fake.request).toHaveBeenCalledWith('clicks.import', expect.objectContaining({ from: '2026-11-01', to: '2026-11-30' }));
    expect(status()).toContain('Plausible');
    expect(document.querySelector('[data-testid="clicks-days"]')).toBeNull();
  });

  it('refuses a file of no known layout in the page, naming the columns expected', async () => {
    await act(async () => render(h(ClicksImport, { imports: [] }), document.body));
    await choose('notes.csv', 'name,phone\nAda Sample,123\n');
    expect(fake.request).not.toHaveBeenCalled();
    expect(alert()).toContain('expected a column');
    expect(status()).toBe('');
  });

  it('lists the imports kept, each with a named Delete button', async () => {
    await act(async () => render(h(ClicksImport, { imports: [report] }), document.body));
    const line = document.querySelector('[data-testid="clicks-imports"] li')!;
    expect(line.getAttribute('data-period')).toBe('2026-11-01..2026-11-30');
    expect(line.textContent).toContain('Google Analytics 4');
    expect(line.textContent).toContain('96 clicks');
    expect(line.querySelector('button')!.getAttribute('aria-label')).toMatch(/^Delete the import of /);
  });
});

describe('on screen', () => {
  const figures: ClickFiguresAnswer = {
    period: '4w',
    from: '2026-11-02',
    to: '2026-11-23',
    byContent: clicks,
    titles: [['colleagues', 'Webinar: forecasts']],
    byWeek: [['2026-11-09', 4]],
    notByWeek: 3,
    counted: 1,
    leftOut: 1,
    imports: [report],
  };
  const insights: Insights = {
    weeks: [],
    byContent: logRows.map((row) => rateRow(row.key, row.shares, row.replied, [0, 0, 0, 0, 0, 0, row.replied])),
    byPersona: [rateRow('CFO', 5, 2, [1, 0, 0, 0, 0, 0, 1])],
    byStage: [],
    medianHoursToReply: null,
    funnel: [],
    topContent: [],
  };
  const titles = new Map([
    ['case', 'Case study: the Lyon plant'],
    ['paper', 'White paper: pricing'],
    ['quiet', 'Guide: forecasts'],
    ['colleagues', 'Webinar: forecasts'],
  ]);
  const opened: OpenedItem[] = [
    { contentId: 'case', title: 'Case study: the Lyon plant', sharedAt: new Date(2026, 10, 3, 12).getTime(), clicks: 2 },
  ];

  async function showAll() {
    fake.request.mockImplementation(async (type: string) => (type === 'clicks.ofProspect' ? { opened } : null));
    const { RankingPanel } = await import('../../src/dashboard/insights/RankingPanel');
    const { ClicksPanel } = await import('../../src/dashboard/insights/ClicksPanel');
    const { ClicksWeeksPanel } = await import('../../src/dashboard/insights/ClicksWeeksPanel');
    const { ProspectOpened } = await import('../../src/dashboard/ProspectOpened');
    await act(async () =>
      render(
        h(
          'div',
          null,
          h(RankingPanel, { insights, titles, clicks }),
          h(ClicksPanel, { figures: { state: 'ready', value: figures }, byContent: insights.byContent, titles }),
          h(ClicksWeeksPanel, { figures, range: { from: '2026-11-02', to: '2026-11-23' }, thisWeek: '2026-11-23' }),
          h(ProspectOpened, { id: 'ada-sample' }),
        ),
        document.body,
      ),
    );
    for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  }
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);
  const click = (selector: string) => act(() => void document.querySelector<HTMLElement>(selector)!.click());

  it('the clicks table, the funnel of the item chosen, the weeks and their notes, what a person opened', async () => {
    await showAll();
    expect(texts('[data-testid="clicks-table"] tbody tr').length).toBe(4);
    expect([...document.querySelectorAll('[data-testid="clicks-table"] tbody tr')].map((row) => row.getAttribute('data-key'))).toEqual([
      'paper',
      'case',
      'colleagues',
      'quiet',
    ]);
    expect(texts('[data-testid="clicks-table"] td.clicks')).toEqual(['10', '6', '5', '0']);
    expect(texts('[data-testid="clicks-table"] td.clicks-per-share')).toEqual(['2.5', '0.8', '—', '0']);
    expect(texts('[data-testid="clicks-table"] thead th')).toEqual(['Content', 'Shares', 'Clicks', 'Clicks per share', 'Answered']);
    const funnel = () => document.querySelector('[data-testid="click-funnel"]')!;
    expect(funnel().getAttribute('data-key')).toBe('paper');
    expect(funnel().querySelector('[role="img"]')!.getAttribute('aria-label')).toContain(
      'White paper: pricing — Shares: 4, Clicks: 10, Answered: 1',
    );
    await act(() => {
      const select = funnel().querySelector('select')!;
      select.value = 'case';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(funnel().getAttribute('data-key')).toBe('case');
    expect(texts('[data-testid="click-funnel"] .rank-figures')).toEqual(['8', '6', '3']);
    expect(texts('[data-testid="clicks-weeks"] td.clicks')).toEqual(['0', '4', '0', '0']);
    expect(document.querySelector('[data-testid="clicks-not-by-week"]')!.textContent).toMatch(
      /^3 clicks come from an export covering several weeks/,
    );
    expect(document.querySelector('[data-testid="clicks-left-out"]')!.textContent).toMatch(/^1 import falls mostly outside the period/);
    expect(document.querySelector('[data-testid="prospect-opened"]')!.textContent).toContain(
      'Case study: the Lyon plant: 2 visits (shared Nov 3, 2026)',
    );
    expect(fake.request).toHaveBeenCalledWith('clicks.ofProspect', { prospectId: 'ada-sample' });
  });

  it('the ranking offers the click orders for content only, with two more columns', async () => {
    await showAll();
    const orders = () => [...document.querySelectorAll<HTMLInputElement>('[data-testid="rank-order"] input')].map((radio) => radio.value);
    expect(orders()).toEqual(['replies', 'interested', 'rate', 'clicks', 'clicksPerShare']);
    expect(texts('[data-testid="ranking-table"] thead th').slice(-2)).toEqual(['Clicks', 'Clicks per share']);
    await click('[data-testid="rank-order"] input[value="clicks"]');
    expect([...document.querySelectorAll('[data-testid="ranking-chart"] li[data-key]')].map((row) => row.getAttribute('data-key'))).toEqual(
      ['paper', 'case', 'colleagues', 'quiet'],
    );
    expect(document.querySelector('[data-testid="ranking-chart"] .rank-figures')!.textContent).toBe('10 · 4 · 2.5');
    expect(document.querySelector('[data-testid="ranking-chart"] [role="img"]')!.getAttribute('aria-label')).toContain(
      'First: White paper: pricing — clicks 10, shares 4, clicks per share 2.5.',
    );
    // Personas have no clicks: no click order, no click column; back on content, the order chosen returns.
    await click('[data-testid="rank-dimension"] input[value="persona"]');
    expect(orders()).toEqual(['replies', 'interested', 'rate']);
    expect(texts('[data-testid="ranking-table"] thead th')).not.toContain('Clicks');
    await click('[data-testid="rank-dimension"] input[value="content"]');
    expect(document.querySelector<HTMLInputElement>('[data-testid="rank-order"] input[value="clicks"]')!.checked).toBe(true);
  });

  it('nothing of a person who opened nothing', async () => {
    const { ProspectOpened } = await import('../../src/dashboard/ProspectOpened');
    fake.request.mockResolvedValue({ opened: [] });
    await act(async () => render(h(ProspectOpened, { id: 'grace-name' }), document.body));
    for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(fake.request).toHaveBeenCalled();
    expect(document.body.innerHTML).toBe('');
  });

  it('reads French, numbers and dates included', async () => {
    fake.lang = 'fr';
    // t() keeps each plain message once read: fresh modules, so none of the English above stays.
    vi.resetModules();
    const english = englishOnlyWords();
    await showAll();
    await click('[data-testid="rank-order"] input[value="clicksPerShare"]');
    const { ClicksImport } = await import('../../src/dashboard/insights/ClicksImport');
    const list = document.createElement('div');
    document.body.append(list);
    await act(async () => render(h(ClicksImport, { imports: [report] }), list));
    expect(document.querySelector('[data-testid="prospect-opened"]')!.textContent).toContain('2 visites (partagé le 3 nov. 2026)');
    expect(texts('[data-testid="clicks-table"] td.clicks-per-share')[0]).toBe('2,5');
    // The imports' titles are data, not the interface: only the interface may bring English.
    const text = readableText(document.body).replace(
      /Case study: the Lyon plant|White paper: pricing|Guide: forecasts|Webinar: forecasts/g,
      ' ',
    );
    expect([...new Set(wordsOf(text).filter((word) => english.has(word)))]).toEqual([]);
    render(null, list);
  });
});
