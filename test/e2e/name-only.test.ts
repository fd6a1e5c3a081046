// A conversation whose header names the person without linking their profile (issue 12): with a
// prospect of that exact name tracked, a share is logged against them and their reply recorded once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';
import { timelineKinds } from './timeline';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/name-only/';
const LUCIA = '/in/lucia-ejemplo';

const timeline = () => timelineKinds(session, LUCIA);

describe('a conversation that names the person without a profile link, in Chromium', () => {
  it('logs the share against the one tracked prospect of that name, and records their reply once', async () => {
    // Tracked by hand from the dashboard, under the name the conversation shows.
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html'));
    const added = (await dashboard.evaluate(
      (profilePath) =>
        chrome.runtime.sendMessage({
          type: 'prospects.add',
          payload: { profilePath, name: 'Lucía Ejemplo', headline: '', company: 'Example Industries' },
        }),
      LUCIA,
    )) as { ok: boolean };
    expect(added.ok).toBe(true);
    await dashboard.close();

    const page = await session.context.newPage();
    await page.goto(THREAD);
    expect(await page.locator('.msg-title-bar a').count()).toBe(0);
    // Her answer after our message is credited to her.
    await expect.poll(timeline, { timeout: 10_000 }).toEqual(['replied']);

    await (await OurUi.of(page)).pickFirst('form.msg-form', 'shortlist', 'Ten questions');
    await expect.poll(() => page.locator('form.msg-form .msg-form__contenteditable').textContent()).toContain('utm_');

    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await expect
      .poll(() => popup.getByTestId('activity').locator('li').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Shared “Ten questions to ask before you build a shortlist” with Lucía Ejemplo ?Draft$/);
    await popup.close();
    expect(await timeline()).toEqual(['shared', 'replied']);

    // Reloads read the thread again: the reply stays recorded once.
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
      await page.waitForTimeout(600);
    }
    expect(await timeline()).toEqual(['shared', 'replied']);
    await page.close();
  });

  it('logs a share to an untracked name by that name, and the user links it to a prospect from Activity', async () => {
    const marta = readFileSync('test/fixtures/linkedin/messaging-name-only.html', 'utf8')
      .replaceAll('Lucía Ejemplo', 'Marta Muestra')
      .replaceAll('Lucía', 'Marta')
      .replaceAll('LUC00', 'MAR00');
    const thread = 'https://www.linkedin.com/messaging/thread/name-only/marta/';
    const page = await session.context.newPage();
    await page.route(thread, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: marta }));
    await page.goto(thread);
    await (await OurUi.of(page)).pickFirst('form.msg-form', 'shortlist', 'Ten questions');
    await expect.poll(() => page.locator('form.msg-form .msg-form__contenteditable').textContent()).toContain('utm_');
    await page.close();

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#activity'));
    const entry = dashboard.getByTestId('log').locator('li', { hasText: 'Marta Muestra' });
    await expect
      .poll(() => entry.getByTestId('name-only').textContent(), { timeout: 10_000 })
      .toBe('Marta Muestra (name only, no prospect)');
    await dashboard.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'prospects.add',
        payload: { profilePath: '/in/marta-muestra', name: 'Marta Muestra', headline: '', company: '' },
      }),
    );
    await entry.getByRole('button', { name: 'Link to prospect' }).click();
    // The field opens with the logged name searched, the focus in it: Enter takes the match.
    await expect.poll(() => entry.getByRole('option').allTextContents()).toEqual(['Marta Muestra']);
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => entry.getByRole('combobox', { name: 'Prospect to link' }).inputValue()).toBe('Marta Muestra');
    await entry.getByRole('button', { name: 'Link', exact: true }).click();
    // (The comboboxes' own live regions are statuses too.)
    await expect.poll(() => dashboard.getByRole('status').allTextContents()).toContain('1 entry now names this prospect');
    await expect.poll(() => dashboard.getByTestId('name-only').count()).toBe(0);
    await dashboard.close();

    const timeline = await session.context.newPage();
    await timeline.goto(session.url(`src/dashboard/index.html#prospect=${encodeURIComponent('/in/marta-muestra')}`));
    await expect
      .poll(
        () =>
          timeline
            .getByTestId('timeline')
            .locator('li')
            .evaluateAll((items) => items.map((li) => li.getAttribute('data-kind'))),
        { timeout: 10_000 },
      )
      .toEqual(['shared']);
    await timeline.close();
  });
});
