import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle } from '../../src/background/db';
import type { LogFilter } from '../../src/contract/index';
import { backupText } from '../data/realistic';
import { csvFromRows } from '../unit/helpers/export-csv';
import { sessionPerFile, type Session } from './launch';

let session: Session;
sessionPerFile((started) => (session = started));

describe('the activity log in Chromium', () => {
  it('adds an entry by hand, lists it, and exports the log to a dated CSV file', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#activity'));
    // The form is behind "+ Log an interaction", in a dialog; the kind is chosen, never assumed.
    await page.getByRole('button', { name: 'Log an interaction' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Call' });
    await dialog.getByRole('combobox', { name: 'Who', exact: true }).fill('/in/ada-sample-42');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('=cmd|calc, "quoted"');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => page.getByTestId('log').locator('li').count(), { timeout: 10_000 }).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^nurture-activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data.filter((row) => row.length > 1);
    expect(rows[0]).toEqual([
      'time',
      'kind',
      'status',
      'channel',
      'prospect_name',
      'prospect_profile_url',
      'company',
      'stage_at_the_time',
      'content_title',
      'content_url',
      'page_url',
      'note',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe('call');
    expect(rows[1]![5]).toBe('https://www.linkedin.com/in/ada-sample-42/');
    expect(rows[1]![11]).toBe('\'=cmd|calc, "quoted"');
    await page.close();
  });

  it('Insights says what it will show while the log holds no share (a call alone is no figure to chart)', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#insights'));
    await page.getByTestId('insights-empty').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('insights').getAttribute('data-state')).toBe('empty');
    expect(await page.locator('table.data').count()).toBe(0);
    await page.close();
  });

  it('exports through the streamed port exactly the file the rows writer makes of the same log, filters included', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#data'));
    // More than two of the stream's batches (5,000 rows), with names in several scripts.
    const backup = backupText(300, 400, 11_500, Date.UTC(2026, 10, 22));
    const restored = await page.evaluate(
      async (text) => chrome.runtime.sendMessage({ type: 'backup.import', payload: { text, mode: 'replace' } }),
      backup,
    );
    expect(restored).toMatchObject({ ok: true });
    // The reference: the same backup restored here in Node, its log written by the rows writer
    // and the CSV writer 2,000 rows at a time (not the stream's batches). Both sides run in this
    // machine's time zone, which the CSV's times are written in.
    const db = createDbHandle('nurture-e2e-export-reference');
    await createBackup({ db, now: () => Date.now() }).import(backup, 'replace');
    const chunked = (filter: LogFilter) => csvFromRows(db, filter);
    for (const [route, filter] of [
      ['#activity', {}],
      ['#activity?kind=replied', { kind: 'replied' }],
    ] as const) {
      await page.goto(session.url(`src/dashboard/index.html${route}`));
      // Counts the chunks the page takes from the export cache (the file does not come over the port).
      await page.evaluate(() => {
        const match = Cache.prototype.match;
        const counted = window as unknown as { taken: number };
        counted.taken = 0;
        Cache.prototype.match = function (...args: Parameters<Cache['match']>) {
          counted.taken++;
          return match.apply(this, args);
        };
      });
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).first().click();
      const text = readFileSync((await (await download).path())!, 'utf8');
      expect(await page.evaluate(() => (window as unknown as { taken: number }).taken), route).toBeGreaterThanOrEqual(filter.kind ? 1 : 3);
      // Personal data waits in the cache only while the export runs.
      expect(await page.evaluate(async () => (await (await caches.open('nurture-export')).keys()).length)).toBe(0);
      const expected = await chunked(filter);
      expect(expected.split('\r\n').length).toBeGreaterThan(filter.kind ? 2000 : 11_500);
      expect(text.length, route).toBe(expected.length);
      expect(text === expected, route).toBe(true);
    }
    await page.close();
  }, 120_000);
});
