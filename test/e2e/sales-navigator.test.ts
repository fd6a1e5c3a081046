// Sales Navigator in Chromium, on the fixtures built from what public code measured (see
// test/fixtures/linkedin/README.md): track a lead, share into an InMail and into an inbox
// message (plain textareas), a reply recorded once, and the channels in the exported log.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';
import { OurUi } from './our-ui';
import { trackFromPanel } from './side-panel';
import { timelineKinds } from './timeline';

let session: Session;
sessionPerFile((started) => (session = started));

const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAAB1cDeFgHiJkLmNoPqRsTuVwXyZ012345,NAME_SEARCH,a1B2';
const INBOX = 'https://www.linkedin.com/sales/inbox/2-Zm9vYmFy';
const STARTER = 'https://example.com/nurture-starter/';

const timeline = () => timelineKinds(session, '/in/noor-placeholder');

describe('Sales Navigator in Chromium', () => {
  it('tracks a lead with the name, headline and company of their page, under their /in/ identity', async () => {
    const page = await session.context.newPage();
    await page.goto(LEAD);
    await trackFromPanel(session, page, 'Noor Placeholder');
    await page.close();

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url(`src/dashboard/index.html#prospect=${encodeURIComponent('/in/noor-placeholder')}`));
    await dashboard.getByTestId('prospect-page').waitFor({ timeout: 10_000 });
    const text = (await dashboard.getByTestId('prospect-page').textContent()) ?? '';
    expect(text).toContain('Noor Placeholder');
    expect(text).toContain('VP Procurement at Exemplar Logistics');
    expect(text).toContain('Exemplar Logistics');
    await dashboard.close();
  });

  it('shares into the InMail popup: caption and tagged link typed into its textarea', async () => {
    const page = await session.context.newPage();
    await page.goto(LEAD);
    await (await OurUi.of(page)).pickFirst('#message-overlay', 'shortlist', 'Ten questions');
    const field = page.locator('#message-overlay textarea');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain(STARTER);
    expect(await field.inputValue()).toContain('Noor');
    await page.close();
  });

  it('shares into an inbox message, and records the lead’s reply exactly once, also after reloads', async () => {
    const page = await session.context.newPage();
    await page.goto(INBOX);
    await expect.poll(timeline, { timeout: 10_000 }).toContain('replied');
    await (await OurUi.of(page)).pickFirst('.thread-container', 'shortlist', 'Ten questions');
    const field = page.locator('.thread-container textarea');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain(STARTER);
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await (await OurUi.of(page)).find({ role: 'button', name: 'Share content', within: '.thread-container' });
      await page.waitForTimeout(600);
    }
    expect((await timeline()).filter((kind) => kind === 'replied')).toHaveLength(1);
    await page.close();
  });

  it('logs the InMail share as channel inmail and the inbox share as message, in the CSV', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#activity'));
    await expect.poll(() => page.getByTestId('log').locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const text = readFileSync((await (await download).path())!, 'utf8');
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data.filter((row) => row.length > 1);
    const shares = rows.filter((row) => row[1] === 'shared').map((row) => [row[3], row[4], row[5]]);
    expect(shares.sort()).toEqual([
      ['inmail', 'Noor Placeholder', 'https://www.linkedin.com/in/noor-placeholder/'],
      ['message', 'Noor Placeholder', 'https://www.linkedin.com/in/noor-placeholder/'],
    ]);
    await page.close();
  });
});
