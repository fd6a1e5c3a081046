// Team library packs (issue 16) in Chromium: a pack imported through Sources, shown in the
// library, and an expired pack's item kept out of the picker inside LinkedIn until renewed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile, type Session } from './launch';
import { OurUi } from './our-ui';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const BUSINESS_CASE = 'Procurement-ready business case';
const CHECKLIST = 'Procurement checklist for the 2020 budget season';

async function importPack(dashboard: Page, file: string, report: RegExp): Promise<void> {
  await dashboard.locator('input[name="library-file"]').setInputFiles(`test/fixtures/packs/${file}`);
  await expect.poll(() => dashboard.getByTestId('import-report').textContent(), { timeout: 15_000 }).toMatch(report);
}

/** The picker's options for `search` in a LinkedIn conversation, once the business case is among them. */
async function pickerOptions(search: string): Promise<string[]> {
  const page = await session.context.newPage();
  await page.goto(THREAD);
  const ui = await OurUi.of(page);
  let names = await ui.openPicker('form.msg-form', search);
  await expect
    .poll(async () => (names = await ui.names({ role: 'option', within: 'form.msg-form' })).join('\n'), { timeout: 10_000 })
    .toContain(BUSINESS_CASE);
  await page.close();
  return names;
}

describe('team library packs in Chromium', () => {
  it('imports packs through Sources, shows each source its pack and each item its pack in the library', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#sources'));
    await importPack(dashboard, 'cfo-pack.json', /^cfo-pack\.json: 2 added, 0 updated, 0 unchanged, 0 rejected\.$/);
    await importPack(dashboard, 'expired-pack.csv', /^expired-pack\.csv: 1 added/);

    const live = dashboard.locator('.source').filter({ hasText: 'cfo-pack.json' }).getByTestId('source-pack');
    await expect
      .poll(() => live.textContent())
      .toMatch(/^Pack: Northwind CFO pack, version 2026\.3 Pack expires .*2099.* · Recommended for: CFO, Evaluation$/);
    const expired = dashboard.locator('.source').filter({ hasText: 'expired-pack.csv' }).getByTestId('source-pack');
    await expect
      .poll(() => expired.textContent())
      .toMatch(/Pack: Northwind budget pack, version 2020\.1 Pack expired .*2021.*: its items are hidden/);

    await dashboard.getByRole('link', { name: 'Library' }).click();
    await dashboard.getByRole('searchbox').fill('procurement');
    const card = dashboard.locator('.results li').filter({ hasText: BUSINESS_CASE });
    await expect.poll(() => card.locator('.chip.pack').textContent(), { timeout: 10_000 }).toBe('Pack: Northwind CFO pack, version 2026.3');
    // The expired pack's item is in the library, shown as expired, only when asked for.
    await expect.poll(() => dashboard.locator('.item-title').allTextContents()).not.toContain(CHECKLIST);
    await dashboard.getByLabel('Show expired').check();
    const old = dashboard.locator('.results li').filter({ hasText: CHECKLIST });
    await expect
      .poll(() => old.locator('.chip').allTextContents())
      .toEqual(expect.arrayContaining(['Expired', 'Pack: Northwind budget pack, version 2020.1']));
    await dashboard.close();
  });

  it("keeps an expired pack's item out of the picker on LinkedIn, and brings it back when the pack is renewed", async () => {
    const before = await pickerOptions('procurement');
    expect(before.some((name) => name.includes(CHECKLIST))).toBe(false);

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#sources'));
    await importPack(dashboard, 'renewed-pack.csv', /^renewed-pack\.csv: 0 added, 1 updated/);
    await dashboard.close();

    const after = await pickerOptions('procurement');
    expect(after.some((name) => name.includes(CHECKLIST))).toBe(true);
  });
});
