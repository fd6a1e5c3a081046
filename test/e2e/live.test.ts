// Every open screen shows the truth: what one screen (or LinkedIn) writes shows in the others
// without a reload, Back finds the list as it now is, and settings apply to open LinkedIn tabs.
import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const rows = (page: import('playwright-core').Page) => page.getByTestId('prospects').locator('tbody tr').allTextContents();

describe('live screens in Chromium', () => {
  it('shows a prospect added in the dashboard after Back, with the filter the list had, and in another open dashboard', async () => {
    const other = await session.context.newPage();
    await other.goto(session.url('src/dashboard/index.html#prospects'));
    await other.getByText('No prospect yet').waitFor({ timeout: 10_000 });

    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#prospects'));
    await page.getByText('No prospect yet').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Add prospect' }).click();
    await page.locator('input[name="profile-url"]').fill('https://www.linkedin.com/in/grace-example/');
    await page.locator('input[name="prospect-name"]').fill('Grace Example');
    await page.locator('.add-prospect').getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('prospect-page').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).hash).toBe(`#prospect=${encodeURIComponent('/in/grace-example')}`);

    await page.goBack();
    await expect.poll(() => rows(page), { timeout: 10_000 }).toEqual([expect.stringContaining('Grace Example')]);
    expect(await page.getByText('No prospect yet').count()).toBe(0);
    // The other dashboard was told by the background: no reload, no click.
    await expect.poll(() => rows(other), { timeout: 10_000 }).toEqual([expect.stringContaining('Grace Example')]);

    // A filtered list is in the address; Back from a prospect's page finds it filtered.
    await page.getByLabel('Search by name or company…').fill('grace');
    await expect.poll(() => new URL(page.url()).hash).toBe('#prospects?q=grace');
    await page.getByRole('link', { name: 'Grace Example' }).click();
    await page.getByTestId('prospect-page').waitFor();
    await page.goBack();
    await expect.poll(() => page.getByLabel('Search by name or company…').inputValue()).toBe('grace');
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Grace Example')]);

    // A bookmarked filter opens as filtered.
    await page.goto(session.url('src/dashboard/index.html#prospects?q=nobody-here'));
    await page.reload();
    await expect.poll(() => page.getByLabel('Search by name or company…').inputValue()).toBe('nobody-here');
    await page.getByText('No prospect yet').waitFor({ timeout: 10_000 });
    await page.close();
    await other.close();
  });

  it('shows a share made on LinkedIn in an already open dashboard and popup, without reload', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#activity'));
    await dashboard.getByText('Nothing shared yet.').waitFor({ timeout: 10_000 });
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await popup.getByTestId('connection').waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(() => popup.locator('.activity').textContent(), { timeout: 10_000 }).toContain('Nothing shared yet.');

    const linkedIn = await session.context.newPage();
    await linkedIn.goto(THREAD);
    await (await OurUi.of(linkedIn)).pickFirst('form.msg-form', 'shortlist', 'Ten questions');

    await expect
      .poll(() => dashboard.getByTestId('log').locator('li').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ten questions to ask before you build a shortlist')]);
    await expect
      .poll(() => popup.getByTestId('activity').locator('li').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Shared “Ten questions to ask before you build a shortlist” with /);
    await linkedIn.close();
    await popup.close();
    await dashboard.close();
  });

  it('takes our buttons off an open LinkedIn tab when quiet mode is switched on, and puts them back', async () => {
    const linkedIn = await session.context.newPage();
    await linkedIn.goto(THREAD);
    const ui = await OurUi.of(linkedIn);
    const buttons = () => ui.count({ role: 'button', name: SHARE });
    await expect.poll(buttons, { timeout: 10_000 }).toBeGreaterThan(0);
    const shown = await buttons();

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#settings'));
    const save = async () => {
      await dashboard.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => dashboard.getByTestId('save-status').textContent()).toBe('Saved');
    };
    await dashboard.locator('input[name="quietMode"]').check();
    await save();
    await expect.poll(buttons, { timeout: 10_000 }).toBe(0);

    await dashboard.locator('input[name="quietMode"]').uncheck();
    await save();
    await expect.poll(buttons, { timeout: 10_000 }).toBe(shown);
    await dashboard.close();
    await linkedIn.close();
  });
});
