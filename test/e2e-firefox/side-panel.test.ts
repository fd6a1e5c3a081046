// The side panel in Firefox ESR: its page (Firefox's sidebar) opened in a tab by the extension
// itself (WebDriver BiDi refuses to navigate a tab to moz-extension://), following the active
// tab as it does in the sidebar: it names the person, tracks them and changes their stage.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxPerFile, type FirefoxSession } from './launch';
import { until } from './keyboard';

let session: FirefoxSession;
firefoxPerFile((started) => (session = started));

const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';

/** The panel's page, opened in a tab by the dashboard (an extension page may open its own pages). */
async function openPanel(): Promise<Page> {
  const before = new Set(await session.browser.pages());
  await session.dashboard.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL('src/panel/index.html'), active: false }));
  return until(
    async () => {
      for (const page of await session.browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.endsWith('/src/panel/index.html') && (await page.evaluate(() => document.querySelector('h1') !== null).catch(() => false)))
          return page;
      }
      return null;
    },
    (page) => page !== null,
  ) as Promise<Page>;
}

/** The panel's text, once `expected` shows in it. */
const panelText = (panel: Page, expected: string) =>
  until(
    () => panel.evaluate(() => document.body.innerText),
    (text) => text.includes(expected),
  );

describe('the side panel in Firefox ESR', () => {
  it('follows the LinkedIn tab, names the person, tracks them and changes their stage', async () => {
    const profile = await session.open(PROFILE);
    const panel = await openPanel();
    await profile.bringToFront();
    expect(await panelText(panel, 'Ada Sample')).toContain('Example Industries');
    // Track, as the user does: a click on the panel's own button.
    const track = await until(
      async () => {
        for (const button of await panel.$$('button'))
          if ((await button.evaluate((el) => el.textContent)) === 'Add to prospects') return button;
        return null;
      },
      (button) => button !== null,
    );
    // A real click (WebDriver BiDi input) on the panel's own button.
    await track!.click();
    expect(
      await until(
        () => session.ask<{ stage: string } | null>('prospects.get', { id: '/in/ada-sample-42' }),
        (p) => p !== null,
      ),
    ).toMatchObject({ name: 'Ada Sample', stage: 'awareness' });
    await until(
      () => panel.evaluate(() => document.querySelector('select') !== null),
      (found) => found,
    );
    await panel.select('select', 'evaluation');
    expect(
      await until(
        () => session.ask<{ stage: string } | null>('prospects.get', { id: '/in/ada-sample-42' }),
        (p) => p?.stage === 'evaluation',
      ),
    ).toMatchObject({ stage: 'evaluation' });
    await profile.close();
    await panel.close();
  });
});
