// The Insights view in the built extension over a log spanning 12 weeks (test/data/insights-log.ts,
// restored from a backup): each chart's labels and values, read from the DOM, are those of the
// table beside it (the trend's weeks with its quiet weeks and this week marked, the ranking's
// rows for content, persona and stage, the funnel's reached counts and the passage rates written
// between its bars); the period choice changes chart and table alike and stays in the address;
// a fresh profile shows the empty state; axe finds nothing serious in light or dark.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekStart } from '../../src/domain/time/local-date';
import { addDays } from '../../src/domain/insights/periods';
import { STAGES } from '../../src/domain/model';
import { insightsBackup, QUIET_WEEKS_AGO } from '../data/insights-log';
import { describeViolations, seriousViolations } from './axe';
import { launch, type Session } from './launch';

const INSIGHTS = 'src/dashboard/index.html#insights';

/** Waits until the view shows the figures of `period` (the choice itself changes at once). */
async function shown(page: Page, period: string, state = 'charts') {
  await page.locator(`[data-testid="insights"][data-period="${period}"][data-state="${state}"]`).waitFor({ timeout: 20_000 });
}

/** The trend chart's weeks as drawn: [week, shares, replies, rate, current]. */
const chartWeeks = (page: Page) =>
  page
    .getByTestId('trend-chart')
    .locator('g.week-text[data-week]')
    .evaluateAll((groups) =>
      groups.map((g) => [
        g.getAttribute('data-week'),
        g.querySelector('text.value.shares')?.textContent,
        g.querySelector('text.value.replies')?.textContent,
        g.querySelector('.rate-label')?.textContent,
        g.classList.contains('current'),
      ]),
    );
/** The trend table's rows: [week, shares, replies, rate, current]. */
const tableWeeks = (page: Page) =>
  page
    .getByTestId('trend-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-week'),
        row.querySelector('.shares')?.textContent,
        row.querySelector('.replies')?.textContent,
        row.querySelector('.rate')?.textContent,
        row.classList.contains('current'),
      ]),
    );

/** The ranking as drawn and as tabled: [key, label, "replies · shares · rate"]. */
const chartRanks = (page: Page) =>
  page
    .getByTestId('ranking-chart')
    .locator('li[data-key]')
    .evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-key'),
        li.querySelector('.rank-label')?.textContent,
        li.querySelector('.rank-figures')?.textContent,
      ]),
    );
const tableRanks = (page: Page) =>
  page
    .getByTestId('ranking-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-key'),
        row.querySelector('th')?.textContent,
        `${row.querySelector('.replied')?.textContent} · ${row.querySelector('.shares')?.textContent} · ${row.querySelector('.rate')?.textContent}`,
      ]),
    );

describe('Insights on a fresh profile', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says what it will show and how to get there, instead of empty tables', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url(INSIGHTS));
    await page.getByTestId('insights-empty').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.getByTestId('insights-empty').textContent())
      .toContain('share an item of your library with a tracked prospect');
    expect(await page.locator('[data-testid="insights"] table, [data-testid="trend-chart"], [data-testid="funnel-chart"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open the library' }).getAttribute('href')).toBe('#library');
    // Nothing drawn: the benchmark's first-chart mark waits for a real chart.
    expect(await page.evaluate(() => performance.getEntriesByName('nurture:first-chart').length)).toBe(0);
    await page.close();
  });
});

describe('Insights over a 12-week log', () => {
  let session: Session;
  let page: Page;
  const now = Date.now();
  const thisWeek = weekStart(now);

  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(session.url('src/dashboard/index.html#data'));
    const answer = await page.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'backup.import', payload: { text, mode: 'replace' } }),
      insightsBackup(now),
    );
    expect(answer).toMatchObject({ ok: true });
    await page.goto(session.url(INSIGHTS));
    await shown(page, '12w');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws every week of the last 12 as the table lists it: quiet weeks as zeros, this week marked', async () => {
    const chart = await chartWeeks(page);
    expect(chart).toEqual(await tableWeeks(page));
    expect(chart.map((week) => week[0])).toEqual(Array.from({ length: 12 }, (_, i) => addDays(thisWeek, -7 * (11 - i))));
    for (const ago of QUIET_WEEKS_AGO)
      expect(chart.find((week) => week[0] === addDays(thisWeek, -7 * ago))!.slice(1, 4)).toEqual(['0', '0', '—']);
    expect(chart.filter((week) => week[4]).map((week) => week[0])).toEqual([thisWeek]);
    // Axis labels and the legend in words; the accessible name states the totals the figures show.
    expect(await page.getByTestId('trend-chart').locator('.week-label').count()).toBe(12);
    expect(await page.getByTestId('trend-chart').locator('.chart-legend').textContent()).toContain('This week (so far)');
    const shares = chart.reduce((sum, week) => sum + Number(week[1]), 0);
    expect(await page.getByTestId('key-figures').locator('[data-figure="shares"]').textContent()).toBe(String(shares));
    const name = await page.getByTestId('trend-chart').locator('svg').getAttribute('aria-label');
    expect(name).toContain(`last 12 weeks. Shares: ${shares};`);
    expect(await page.getByTestId('median-reply').textContent()).toMatch(/^\d+(\.\d)? h$/);
  });

  it('ranks content, personas and stages as the table lists them; stages in the order of the journey', async () => {
    const content = await chartRanks(page);
    expect(content.length).toBeGreaterThan(3);
    expect(content).toEqual((await tableRanks(page)).slice(0, 10));
    // Three items have 3 replies; the business case got them from 5 shares, the best rate of the three.
    expect(content[0]![1]).toBe('CFO business case: closing the books in three days');
    const ranking = page.getByTestId('ranking-panel');
    await ranking.getByTestId('rank-dimension').getByRole('radio', { name: 'Persona' }).check();
    await expect
      .poll(() => chartRanks(page).then((rows) => rows.map((row) => row[0]).sort()))
      .toEqual(['CFO', 'CIO', 'COO', 'Head of Sales']);
    expect(await chartRanks(page)).toEqual(await tableRanks(page));
    await ranking.getByTestId('rank-dimension').getByRole('radio', { name: 'Stage' }).check();
    await expect.poll(() => chartRanks(page).then((rows) => rows[0]?.[0])).toBe('awareness');
    const stages = await chartRanks(page);
    expect(stages).toEqual(await tableRanks(page));
    expect(stages.map((row) => row[1])).toEqual(['Awareness', 'Consideration', 'Evaluation', 'Purchase', 'Customer', 'Advocate', 'Lost']);
    // By rate: only the rows with at least 3 shares, still in the journey's order.
    await ranking
      .getByTestId('rank-order')
      .getByRole('radio', { name: /Best reply rate \(at least 3 shares\)/ })
      .check();
    await expect
      .poll(() => chartRanks(page).then((rows) => rows.map((row) => row[0])))
      .toEqual(['awareness', 'consideration', 'evaluation', 'purchase']);
    expect(await chartRanks(page)).toEqual(await tableRanks(page));
    await ranking.getByTestId('rank-dimension').getByRole('radio', { name: 'Content' }).check();
    await expect.poll(async () => (await chartRanks(page)).every((row) => Number(row[2]!.split(' · ')[1]) >= 3)).toBe(true);
    expect(await chartRanks(page)).toEqual((await tableRanks(page)).slice(0, 10));
  });

  it('draws the funnel as its table: reached per stage, the passage rates between the bars, median days', async () => {
    const drawn = await page
      .getByTestId('funnel-chart')
      .locator('g.stage[data-stage]')
      .evaluateAll((groups) =>
        groups.map((g) => [
          g.getAttribute('data-stage'),
          g.querySelector('.stage-label')?.textContent,
          g.querySelector('.value.reached')?.textContent,
          g.querySelector('text.passage')?.textContent ?? null,
          g.querySelector('.value.days')?.textContent,
        ]),
      );
    const table = await page
      .getByTestId('funnel-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-stage'),
          row.querySelector('th')?.textContent,
          row.querySelector('.reached')?.textContent,
          row.querySelector('.passage')?.textContent,
          row.querySelector('.days')?.textContent,
        ]),
      );
    expect(drawn.map((row) => row[0])).toEqual([...STAGES]);
    expect(table.map((row) => row[0])).toEqual([...STAGES]);
    for (const [i, row] of drawn.entries()) {
      const [stage, label, reached, passage, days] = row;
      expect([stage, label, reached, days]).toEqual([table[i]![0], table[i]![1], table[i]![2], table[i]![4]]);
      // Written between this bar and the next: "↓ 83%", the table's passage to the next stage.
      if (i + 1 < drawn.length) expect(passage).toMatch(new RegExp(`^↓ ${table[i]![3]!}( — where they get stuck)?$`));
      else expect(passage).toBeNull();
    }
    expect(table.map((row) => row[2])).toEqual(['12', '10', '6', '3', '2', '1']);
    expect(table.map((row) => row[3])).toEqual(['83%', '60%', '50%', '67%', '50%', '—']);
    // Where they get stuck is named, in words: the lowest passage (Evaluation → Purchase, the earliest of the 50 %).
    expect(await page.getByTestId('funnel-chart').locator('g.stage.stuck').getAttribute('data-stage')).toBe('evaluation');
    expect(await page.getByTestId('funnel-chart').locator('svg').getAttribute('aria-label')).toContain(
      'Most get stuck between Evaluation and Purchase: 50% go on.',
    );
  });

  it('exports the funnel table to CSV as it shows it', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('funnel-panel').getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^nurture-funnel-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<string[]>(readFileSync((await file.path())!, 'utf8').slice(1), { newline: '\r\n' }).data.filter(
      (row) => row.length > 1,
    );
    expect(rows).toEqual([
      ['stage', 'reached', 'conversion_to_next_percent', 'median_days_in_stage'],
      ...[
        ['awareness', '12', '83.3'],
        ['consideration', '10', '60'],
        ['evaluation', '6', '50'],
        ['purchase', '3', '66.7'],
        ['customer', '2', '50'],
        ['advocate', '1', ''],
      ].map((row, i) => [...row, rows[i + 1]![3]!]),
    ]);
  });

  it('applies the period to every chart and table alike, and keeps it in the address', async () => {
    const twelve = await tableWeeks(page);
    await page.getByTestId('insight-period').getByRole('radio', { name: '4 weeks' }).check();
    await shown(page, '4w');
    expect(page.url()).toMatch(/#insights\?period=4w$/);
    const four = await chartWeeks(page);
    expect(four).toEqual(await tableWeeks(page));
    expect(four).toEqual(twelve.slice(-4));
    expect(await chartRanks(page)).toEqual((await tableRanks(page)).slice(0, 10));
    // The funnel of 4 weeks: the prospects added in them (4 of the 12).
    expect(await page.getByTestId('funnel-table').locator('tbody tr[data-stage="awareness"] .reached').textContent()).toBe('4');
    expect(await page.getByTestId('funnel-chart').locator('g.stage[data-stage="awareness"] .value.reached').textContent()).toBe('4');
    const fourShares = four.reduce((sum, week) => sum + Number(week[1]), 0);
    expect(await page.getByTestId('key-figures').locator('[data-figure="shares"]').textContent()).toBe(String(fourShares));

    await page.getByTestId('insight-period').getByRole('radio', { name: 'All time' }).check();
    await shown(page, 'all');
    expect(page.url()).toMatch(/#insights\?period=all$/);
    const all = await chartWeeks(page);
    expect(all).toEqual(await tableWeeks(page));
    expect(all).toEqual(twelve); // the log starts 11 weeks ago: all of it is these 12 weeks
    expect(await page.getByTestId('funnel-chart').locator('g.stage[data-stage="awareness"] .value.reached').textContent()).toBe('12');

    // The address is the choice: opened again, the view shows that period.
    await page.goto(session.url(`${INSIGHTS}?period=4w`));
    await shown(page, '4w');
    expect(await page.getByTestId('insight-period').getByRole('radio', { name: '4 weeks' }).isChecked()).toBe(true);
    expect(await chartWeeks(page)).toEqual(four);
    await page.goto(session.url(INSIGHTS));
    await shown(page, '12w');
  });

  it('has no serious accessibility violation, in light and in dark, and the charts follow the theme', async () => {
    const colours = () =>
      page.evaluate(() => [
        getComputedStyle(document.documentElement).backgroundColor,
        getComputedStyle(document.querySelector('.chart-svg text.week-label')!).fill,
        getComputedStyle(document.querySelector('.chart-svg .bar.shares')!).fill,
      ]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(200);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(`insights (${scheme})`, violations)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(dark[0]).not.toBe(light[0]);
    expect(dark[1]).not.toBe(light[1]);
    expect(dark[2]).not.toBe(light[2]);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
