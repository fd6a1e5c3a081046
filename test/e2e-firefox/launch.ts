// Starts Firefox ESR over WebDriver BiDi (puppeteer-core) with the built Firefox extension
// (dist/firefox) installed as a temporary add-on in a fresh profile, LinkedIn served from the
// saved pages, every other host refused.
//
// Firefox has no CDP, and BiDi refuses to navigate a tab to moz-extension://. What the
// background recorded is read through the one extension page the extension opens by itself:
// the dashboard tab it opens on install (#welcome), exactly as a production build does. The
// test keeps that tab and asks the background through the page's own channel
// (chrome.runtime.sendMessage, as the dashboard does), or moves it between views by its hash.
// No test-only code is built into the extension.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { fixtureFor } from '../../scripts/chromium.mjs';
import { builtExtension } from '../e2e/build-snapshot';
import { requireFirefox, routeLinkedInPage } from '../../scripts/firefox.mjs';

const FIXTURES = resolve('test/fixtures/linkedin');

export interface FirefoxSession {
  browser: Browser;
  /** The dashboard tab the extension opened on install: our window on the background. */
  dashboard: Page;
  /** A new tab at a LinkedIn URL, served from the saved pages. */
  open(url: string): Promise<Page>;
  /** Asks the background what the dashboard would ask; fails on a refused answer. */
  ask<T = unknown>(type: string, payload: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Belt and braces beside the interception: anything that escapes it meets a dead proxy. */
export const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};

export async function welcomeTab(browser: Browser): Promise<Page> {
  // A tab the extension creates may show about:blank for a moment; puppeteer's url() lags too.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 100))) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (
        href.startsWith('moz-extension://') &&
        href.endsWith('#welcome') &&
        (await page.evaluate(() => document.readyState === 'complete'))
      )
        return page;
    }
  }
  throw new Error('The extension opened no welcome tab on install');
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    // Playwright's size in the Chromium tier: at puppeteer's 800×600 LinkedIn's fixed message
    // bubble covers the thread's composer.
    defaultViewport: { width: 1280, height: 720 },
    extraPrefsFirefox: OFFLINE_PREFS,
  });
  try {
    await browser.installExtension(builtExtension('firefox'));
    const dashboard = await welcomeTab(browser);
    return {
      browser,
      dashboard,
      async open(url) {
        const page = await browser.newPage();
        await routeLinkedInPage(page);
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      async ask<T>(type: string, payload: unknown): Promise<T> {
        const answer = await dashboard.evaluate(
          async (type, payload) => (await chrome.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown },
          type,
          payload,
        );
        if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer)}`);
        return answer.value as T;
      },
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** One Firefox for the whole test file: its start is slow. */
export function firefoxPerFile(started: (session: FirefoxSession) => void): void {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await launchFirefox();
    started(session);
  }, 90_000);
  afterAll(async () => {
    await session?.close();
  });
}

/** One line of the activity log, as the background keeps it. */
export interface LoggedLine {
  kind: string;
  prospectId: string | null;
  contentTitle: string | null;
  prospectName: string | null;
}

/** The whole activity log, newest first, read through the dashboard's own channel. */
export async function activityLog(session: FirefoxSession): Promise<LoggedLine[]> {
  const { entries } = await session.ask<{
    entries: { interaction: { kind: string; prospectId: string | null }; contentTitle: string | null; prospectName: string | null }[];
  }>('activity.page', {
    filter: {},
    before: null,
    limit: 200,
  });
  return entries.map(({ interaction, contentTitle, prospectName }) => ({
    kind: interaction.kind,
    prospectId: interaction.prospectId,
    contentTitle,
    prospectName,
  }));
}

/** How many elements a saved page has as saved: the live page has more when we added to it. */
export async function addedElements(page: Page, url: string): Promise<number> {
  const html = readFileSync(join(FIXTURES, fixtureFor(url)), 'utf8');
  return page.evaluate((html) => {
    // Open shadow roots counted in (LinkedIn's interop root); DOMParser leaves a declarative
    // shadow root as its <template>, which the live page turned into the root.
    const count = (root: ParentNode): number => {
      let n = 0;
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLTemplateElement && element.hasAttribute('shadowrootmode')) n += count(element.content) - 1;
        n += 1 + (element.shadowRoot ? count(element.shadowRoot) : 0);
      }
      return n;
    };
    return count(document) - count(new DOMParser().parseFromString(html, 'text/html'));
  }, html);
}
