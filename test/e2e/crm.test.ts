// The CRM export in the built extension: a prospect added and a call logged in the dashboard,
// then "Export for CRM" (Salesforce) in Activity and (HubSpot) in Prospects downloads two dated
// files each, read back with papaparse: the required columns, the match key, the hostile note.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';

let session: Session;
sessionPerFile((started) => (session = started));

async function exportFor(page: Page, crm: string): Promise<Record<string, Record<string, string>[]>> {
  const downloads: Download[] = [];
  page.on('download', (download) => void downloads.push(download));
  await page.getByRole('combobox', { name: 'CRM', exact: true }).selectOption({ label: crm });
  await page.getByRole('button', { name: 'Export for CRM' }).click();
  await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(2);
  const files: Record<string, Record<string, string>[]> = {};
  for (const download of downloads) {
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ',',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    files[download.suggestedFilename().replace(/-\d{4}-\d{2}-\d{2}\.csv$/, '')] = parsed.data;
  }
  return files;
}

describe('the CRM export in Chromium', () => {
  it('downloads the leads and tasks for Salesforce from Activity, and contacts and notes for HubSpot from Prospects', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#prospects'));
    await page.getByRole('button', { name: 'Add prospect' }).click();
    const addProspect = page.getByRole('dialog', { name: 'Add prospect' });
    await addProspect.getByRole('textbox', { name: 'LinkedIn profile address' }).fill('https://www.linkedin.com/in/ada-sample-42/');
    await addProspect.getByRole('textbox', { name: 'Name' }).fill('Ada Sample');
    await addProspect.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL(/#prospect=/, { timeout: 10_000 });

    await page.goto(session.url('src/dashboard/index.html#activity'));
    await page.getByRole('button', { name: 'Log an interaction' }).click();
    const logInteraction = page.getByRole('dialog', { name: 'Log an interaction' });
    await logInteraction.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Call' });
    await logInteraction.getByRole('combobox', { name: 'Who', exact: true }).fill('/in/ada-sample-42');
    await logInteraction.getByRole('textbox', { name: 'Note' }).fill('=cmd|calc, "quoted"');
    await logInteraction.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByTestId('log').locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    const salesforce = await exportFor(page, 'Salesforce');
    expect(Object.keys(salesforce).sort()).toEqual(['nurture-salesforce-leads', 'nurture-salesforce-tasks']);
    expect(salesforce['nurture-salesforce-leads']).toEqual([
      {
        'First Name': 'Ada',
        'Last Name': 'Sample',
        Company: '[not provided]',
        Title: '',
        'LinkedIn Profile URL': 'https://www.linkedin.com/in/ada-sample-42/',
        Description: '',
      },
    ]);
    const tasks = salesforce['nurture-salesforce-tasks']!;
    expect(tasks.length).toBeGreaterThan(0);
    const call = tasks.find((task) => task['Subject'] === 'Call')!;
    // The note's formula starts a line of the description: a spreadsheet splitting at line breaks
    // would run it, so the writer puts its apostrophe there (src/domain/csv/write.ts).
    expect(call).toMatchObject({
      WhoId: '',
      'LinkedIn Profile URL': 'https://www.linkedin.com/in/ada-sample-42/',
      Status: 'Completed',
      Description: 'Call\n\'=cmd|calc, "quoted"',
    });
    await expect.poll(() => page.getByText('1 person exported for Salesforce').count()).toBe(1);

    await page.goto(session.url('src/dashboard/index.html#prospects'));
    await page.getByTestId('prospects').waitFor({ timeout: 10_000 });
    const hubspot = await exportFor(page, 'HubSpot');
    expect(hubspot['nurture-hubspot-contacts']).toEqual([
      {
        'First Name': 'Ada',
        'Last Name': 'Sample',
        'Company Name': '',
        'Job Title': '',
        'LinkedIn Profile URL': 'https://www.linkedin.com/in/ada-sample-42/',
        'Lifecycle Stage': 'lead',
      },
    ]);
    expect(hubspot['nurture-hubspot-notes']!.map((note) => note['Note body'])).toContain('Call\n\'=cmd|calc, "quoted"');
    await page.close();
  });
});
