import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';

let session: Session;
sessionPerFile((started) => (session = started));

describe('the content library in Chromium', () => {
  it('starts with the example library, searchable from the popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    // A fresh worker answers the opening list from IndexedDB before its index is built.
    await expect.poll(() => popup.getByTestId('result-count').textContent(), { timeout: 15_000 }).toMatch(/^8 (of 12|most recent)$/);
    // Typed without accents, found with them: "Webinaire : réussir la négociation…".
    await popup.getByRole('searchbox').fill('negociation');
    await expect
      .poll(() => popup.locator('.item-title').allTextContents())
      .toEqual(['Webinaire\u00a0: réussir la négociation sans brader la valeur']);
    await popup.close();
  });

  it('imports a feed file through the dashboard, finds an item in the popup and copies its tagged link', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#settings'));
    await dashboard.locator('input[name="repId"]').fill('ana-lyon');
    await dashboard.locator('input[name="campaign"]').fill('q4-cfo');
    // "Copy link" in the popup is pasted anywhere: it carries the id only when the user says so.
    await dashboard.locator('input[name="repIdChannel-other"]').check();
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dashboard.getByTestId('save-status').textContent()).toBe('Saved');

    await dashboard.getByRole('link', { name: 'Sources' }).click();
    await dashboard.locator('input[name="library-file"]').setInputFiles('test/fixtures/feeds/wordpress.rss.xml');
    await expect
      .poll(() => dashboard.getByTestId('import-report').textContent(), { timeout: 15_000 })
      .toMatch(/^wordpress\.rss\.xml: [1-9]\d* added, 0 updated, 0 unchanged, 0 rejected\.$/);
    await expect.poll(() => dashboard.locator('.source').filter({ hasText: 'wordpress.rss.xml' }).count()).toBe(1);

    // A file that cannot be read is refused whole, with the reason.
    await dashboard.locator('input[name="library-file"]').setInputFiles('test/fixtures/feeds/broken.rss.xml');
    await expect
      .poll(() => dashboard.getByTestId('import-report').textContent())
      .toMatch(/broken\.rss\.xml was not imported: .*line \d+.*Nothing was changed\./);
    await dashboard.close();

    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await popup.getByRole('searchbox').fill('mutual action');
    const result = popup.locator('.results li').filter({ hasText: 'Mutual Action Plans & the CFO' });
    await result.waitFor({ timeout: 10_000 });
    // Copy link is in the card's menu, beside its two main actions (Insert, Copy).
    await result.getByRole('button', { name: 'More' }).click();
    await result.getByRole('menuitem', { name: 'Copy link' }).click();
    await expect.poll(() => result.getByRole('status').textContent()).toBe('Link copied.');

    // Read the clipboard back from an ordinary https page (Chromium grants no permission to
    // extension origins through the automation protocol).
    await session.context.grantPermissions(['clipboard-read'], { origin: 'https://www.linkedin.com' });
    const reader = await session.context.newPage();
    await reader.goto('https://www.linkedin.com/feed/');
    await reader.bringToFront();
    const copied = new URL(await reader.evaluate(() => navigator.clipboard.readText()));
    await reader.close();
    expect(copied.origin + copied.pathname).toBe('https://pipelinenotes.example.com/2025/02/18/mutual-action-plans-cfo/');
    expect(Object.fromEntries(copied.searchParams)).toEqual({
      utm_source: 'linkedin',
      utm_medium: 'social',
      utm_campaign: 'q4-cfo',
      utm_content: 'mutual-action-plans-cfo',
      utm_term: 'ana-lyon',
    });
    await popup.close();
  });

  it('removes the examples in one click, and brings them back', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#sources'));
    await dashboard.getByRole('button', { name: 'Remove examples' }).click();
    await expect.poll(() => dashboard.getByRole('button', { name: 'Add the example library' }).count(), { timeout: 10_000 }).toBe(1);
    await dashboard.getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => dashboard.locator('.chip.example').count()).toBe(0);
    await dashboard.getByRole('link', { name: 'Sources' }).click();
    await dashboard.getByRole('button', { name: 'Add the example library' }).click();
    await expect.poll(() => dashboard.getByTestId('import-report').textContent()).toContain('12 added');
    await dashboard.close();
  });
});
