// `npm run start:firefox` keeps the user's work. Firefox runs an unpacked build only as a
// temporary add-on, removed when the browser closes and installed anew at the next start: in the
// kept profile its data must survive that, and the new install must not take itself for a first
// run (no welcome tab again, no examples back). Driven through the very function the command
// calls (scripts/start-browser.mjs), in a kept profile of the test's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { routeLinkedInPage } from '../../scripts/firefox.mjs';
import { startFirefox } from '../../scripts/start-browser.mjs';
import { builtExtension } from '../e2e/build-snapshot';
import { editorText, shareByKeyboard, until } from './keyboard';
import { OFFLINE_PREFS, addedElements, welcomeTab } from './launch';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const EDITOR = 'form.msg-form .msg-form__contenteditable';
const CFO_URL = 'https://example.com/nurture-starter/cfo-business-case';
const KEPT_CAPTION = 'Written before Firefox closed.';

const kept = mkdtempSync(join(tmpdir(), 'nurture-kept-firefox-'));
const opened: Browser[] = [];
afterAll(async () => {
  for (const browser of opened) await browser.close().catch(() => {});
  rmSync(kept, { recursive: true, force: true });
});

async function start(): Promise<Browser> {
  const { browser } = await startFirefox({
    profile: kept,
    headless: true,
    extraPrefs: OFFLINE_PREFS,
    extension: builtExtension('firefox'),
  });
  opened.push(browser);
  return browser;
}

describe('npm run start:firefox: the kept profile', () => {
  it('keeps what the first start stored for the second, which is no first run', async () => {
    // First start: a first run (the welcome tab), where the user edits an example's caption.
    const first = await start();
    const dashboard = await welcomeTab(first);
    const edited = await dashboard.evaluate(
      async (url, caption) => {
        const found = (await chrome.runtime.sendMessage({ type: 'library.search', payload: { text: 'cfo business', limit: 10 } })) as {
          value: { hits: { item: { id: string; url: string } }[] };
        };
        const item = found.value.hits.find((hit) => hit.item.url === url)!.item;
        return chrome.runtime.sendMessage({
          type: 'library.update',
          payload: { id: item.id, patch: { captions: [{ language: 'en', text: caption }] } },
        });
      },
      CFO_URL,
      KEPT_CAPTION,
    );
    expect(edited).toMatchObject({ ok: true });
    await first.close();

    // Second start: the same data, as the picker inserts it into a LinkedIn message.
    const second = await start();
    const page = await second.newPage();
    // The Firefox tier's size: smaller, LinkedIn's fixed message bubble covers the composer.
    await page.setViewport({ width: 1280, height: 720 });
    await routeLinkedInPage(page);
    await page.goto(THREAD, { waitUntil: 'load' });
    // Our button is in the page (a host element the saved page does not have).
    expect(
      await until(
        () => addedElements(page, THREAD),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    await shareByKeyboard(page, EDITOR, 'cfo business');
    expect(
      await until(
        () => editorText(page, EDITOR),
        (text) => text.includes(CFO_URL),
      ),
    ).toContain(KEPT_CAPTION);
    // The new install found the user's data: it opened no welcome tab of its own.
    const tabs = await Promise.all((await second.pages()).map((tab) => tab.evaluate(() => location.href).catch(() => '')));
    expect(tabs.filter((href) => href.startsWith('moz-extension://'))).toEqual([]);
  });
});
