import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';

let session: Session;
sessionPerFile((started) => (session = started));

describe('the activity log in Chromium', () => {
  it('adds an entry by hand, lists it, and exports the log to a dated CSV file', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#activity'));
    await page.getByRole('combobox', { name: 'Prospect: name, company or profile URL', exact: true }).fill('/in/ada-sample-42');
    await page.locator('.add-entry input[placeholder="Note"]').fill('=cmd|calc, "quoted"');
    await page.locator('.add-entry').getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByTestId('log').locator('li').count(), { timeout: 10_000 }).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^nurture-activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data.filter((row) => row.length > 1);
    expect(rows[0]).toEqual(['time', 'kind', 'status', 'channel', 'prospect_name', 'prospect_profile_url', 'company', 'stage_at_the_time', 'content_title', 'content_url', 'page_url', 'note']);
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
});
