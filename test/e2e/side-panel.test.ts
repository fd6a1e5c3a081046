// The side panel beside LinkedIn (issue 32): it follows the active tab, names the person the
// page shows, tracks them, changes their stage and follow-up in place, and inserts recommended
// content into the conversation's box as typed text (LinkedIn's Send wakes), logged as a draft.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Prospect } from '../../src/domain/model';
import { ask } from './ask';
import { sessionPerFile, type Session } from './launch';
import { collectOurErrors } from './our-errors';
import { OurUi } from './our-ui';
import { SidePanel } from './side-panel';

let session: Session;
sessionPerFile((started) => (session = started));

const ADA = '/in/ada-sample-42';
const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';
const OTHER_PROFILE = 'https://www.linkedin.com/in/bruno-exemple/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const FEED = 'https://www.linkedin.com/feed/';

async function tab(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/** The local day `days` from the browser's today, as "YYYY-MM-DD". */
const browserDay = (page: Page, days: number) =>
  page.evaluate((days) => {
    const day = new Date();
    day.setDate(day.getDate() + days);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  }, days);

describe('the side panel in Chromium', () => {
  it('follows tab switches, names the person, tracks them, changes the stage and sets a follow-up', async () => {
    const profile = await tab(PROFILE);
    const other = await tab(OTHER_PROFILE);
    const feed = await tab(FEED);
    const panel = await SidePanel.open(session);
    const errors = collectOurErrors(panel.page);

    // The person as the page reads them: who the user is about to track.
    await panel.follow(profile);
    await panel.shows('Ada Sample');
    const card = panel.page.getByTestId('panel-person');
    expect(await card.innerText()).toContain('Example Industries');
    await panel.follow(other);
    await expect.poll(() => panel.person().textContent(), { timeout: 10_000 }).not.toBe('Ada Sample');
    const otherName = await panel.person().textContent();

    // Track Ada, from the panel.
    await panel.track(profile, 'Ada Sample');
    expect(await ask<Prospect>(panel.page, 'prospects.get', { id: ADA })).toMatchObject({
      name: 'Ada Sample',
      company: 'Example Industries',
      stage: 'awareness',
    });

    // The stage, changed in place.
    await panel.stage().selectOption('evaluation');
    await expect
      .poll(async () => (await ask<Prospect>(panel.page, 'prospects.get', { id: ADA })).stage, { timeout: 10_000 })
      .toBe('evaluation');

    // A follow-up in three days, then done.
    await panel.page.getByRole('button', { name: 'In 3 days' }).click();
    await expect
      .poll(async () => (await ask<Prospect>(panel.page, 'prospects.get', { id: ADA })).nextFollowUp, { timeout: 10_000 })
      .not.toBeNull();
    const due = (await ask<Prospect>(panel.page, 'prospects.get', { id: ADA })).nextFollowUp!;
    expect(
      await panel.page.evaluate((at) => {
        const d = new Date(at);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      }, due),
    ).toBe(await browserDay(panel.page, 3));

    // Back and forth: the other person is not tracked, Ada still is, at her stage.
    await panel.follow(other);
    await panel.shows(otherName ?? '');
    await expect.poll(() => panel.page.getByRole('button', { name: 'Add to prospects', exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await panel.follow(profile);
    await panel.shows('Ada Sample');
    await expect.poll(() => panel.stage().inputValue(), { timeout: 10_000 }).toBe('evaluation');

    // A page without a person: today's people, no card.
    await panel.follow(feed);
    await panel.page.getByTestId('panel-today').waitFor({ timeout: 10_000 });
    expect(await panel.page.getByTestId('panel-person').count()).toBe(0);

    await panel.follow(profile);
    await panel.shows('Ada Sample');
    await panel.page.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(async () => (await ask<Prospect>(panel.page, 'prospects.get', { id: ADA })).nextFollowUp, { timeout: 10_000 })
      .toBeNull();
    expect(errors).toEqual([]);
    for (const page of [profile, other, feed, panel.page]) await page.close();
  });

  it("inserts a recommended item into the thread's box as typed text, tagged, logged as a draft", async () => {
    const thread = await tab(THREAD);
    // A listener of the page, like LinkedIn's editor: Send wakes on input events.
    await thread.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const box = document.querySelector('form.msg-form .msg-form__contenteditable')!;
      box.addEventListener('input', (event) => seen.push(`input:${(event as InputEvent).inputType}`));
    });
    const panel = await SidePanel.open(session);
    await panel.follow(thread);
    await panel.shows('Ada Sample');
    // Tracked in the first test, at the evaluation stage: content for that stage is proposed.
    await expect.poll(() => panel.stage().inputValue(), { timeout: 10_000 }).toBe('evaluation');
    const insert = panel.page.getByRole('button', { name: 'Insert' }).first();
    await insert.waitFor({ timeout: 10_000 });
    const before = await ask<{ entries: unknown[] }>(panel.page, 'activity.page', { filter: {}, before: null, limit: 50 });
    await insert.click();
    const editor = thread.locator('form.msg-form .msg-form__contenteditable');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toMatch(/https:\/\/\S+utm_source=linkedin/);
    expect(await thread.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('input:insertText');
    await expect.poll(() => panel.status(), { timeout: 10_000 }).toContain('Send');
    // Logged as the in-page button logs it: a draft shared with Ada.
    await expect
      .poll(
        async () =>
          (await ask<{ entries: unknown[] }>(panel.page, 'activity.page', { filter: {}, before: null, limit: 50 })).entries.length,
        { timeout: 10_000 },
      )
      .toBe(before.entries.length + 1);
    const { entries } = await ask<{ entries: { interaction: { kind: string; status?: string; prospectId: string | null } }[] }>(
      panel.page,
      'activity.page',
      { filter: {}, before: null, limit: 50 },
    );
    expect(entries[0]?.interaction).toMatchObject({ kind: 'shared', status: 'draft', prospectId: ADA });
    await thread.close();
    await panel.close();
  });

  it("keeps every function in quiet mode, where nothing is added to LinkedIn's page", async () => {
    const panel = await SidePanel.open(session);
    await ask(panel.page, 'settings.update', { settings: { quietMode: true } });
    const thread = await tab(THREAD);
    const ui = await OurUi.of(thread);
    await panel.follow(thread);
    await panel.shows('Ada Sample');
    await expect.poll(() => panel.stage().inputValue(), { timeout: 10_000 }).toBe('evaluation');
    // Not one element of ours in the page (ours live in closed roots; the saved page has none)...
    const closed = async () => (await ui.elements()).filter((element) => element.inClosedRoot).length;
    expect(await closed()).toBe(0);
    // ...and the panel still inserts into the thread's box.
    await panel.stage().selectOption('consideration');
    await expect
      .poll(async () => (await ask<Prospect>(panel.page, 'prospects.get', { id: ADA })).stage, { timeout: 10_000 })
      .toBe('consideration');
    await panel.page.getByRole('button', { name: 'Insert' }).first().click();
    const editor = thread.locator('form.msg-form .msg-form__contenteditable');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toMatch(/https:\/\/\S+utm_source=linkedin/);
    expect(await closed()).toBe(0);
    await ask(panel.page, 'settings.update', { settings: { quietMode: false } });
    await thread.close();
    await panel.close();
  });
});
