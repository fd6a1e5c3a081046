// `npm run screenshot`: the pictures, taken from the built extension in headless Chromium over
// the saved LinkedIn pages (test/fixtures/linkedin: invented people only), once in English and
// once in French:
// - the README's and guides' pictures, docs/<lang>/: welcome.png (the first run, as a fresh
//   install opens it), composer.png (the picker in a conversation), inserted.png, panel.png (the
//   side panel beside a conversation: a tracked prospect with the recommendations for her stage),
//   popup.png, library.png, prospects.png, activity.png, insights.png and insights-dark.png;
// - the stores' screenshots, docs/store/<lang>/, each exactly 1280×800 (the size both the Chrome
//   Web Store and addons.mozilla.org ask for): 1-share-in-message.png, 2-side-panel.png,
//   3-popup.png, 4-prospects.png, 5-insights.png (Chrome takes five). docs/store-listing.md names them, with their
//   captions; test/unit/store-listing.test.ts checks that they exist and are 1280×800.
//
// `--store` makes the store's screenshots only; `--docs` the docs' only. NURTURE_EXT_DIR points
// at another build of the Chrome extension than dist/chrome (a copy, while someone rebuilds).
//
// The language: `--lang=fr` makes chrome.i18n answer from _locales/fr (an unpacked extension
// follows the browser's UI language); Playwright's `locale` makes the pages' getUILanguage(),
// navigator.language and so Intl dates French too. Both are needed: each alone leaves half in English.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { QUIET_FLAGS, extensionDir, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from './chromium.mjs';

const LANGUAGES = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'fr', locale: 'fr-FR' },
];
/** The stores' screenshot size: the Chrome Web Store takes 1280×800 or 640×400, AMO recommends 1280×800. */
const STORE_SIZE = { width: 1280, height: 800 };
const only = process.argv.includes('--store') ? 'store' : process.argv.includes('--docs') ? 'docs' : null;
const extension = process.env.NURTURE_EXT_DIR ? resolve(process.env.NURTURE_EXT_DIR) : extensionDir('chrome');
if (!existsSync(join(extension, 'manifest.json')))
  throw new Error(`NURTURE_EXT_DIR=${extension} has no manifest.json: point it at a built Chrome extension (dist/chrome).`);
const pause = (page) => page.waitForTimeout(800);
// The seeded log is TypeScript (the e2e test's too): read through vite's module runner.
const { module: insightsSeed } = await runnerImport('/test/data/insights-log.ts', { configFile: false, logLevel: 'warn' });

/**
 * Our UI is in closed shadow roots: reached as the user reaches it. Alt+Shift+S is a browser
 * command (the page never sees it), which a headless browser does not take from the keyboard:
 * the worker sends the tab what the command sends, and the picker of the focused message box
 * opens and takes the search typed.
 */
async function searchInPicker(linkedin, text) {
  await linkedin.locator('form.msg-form .msg-form__contenteditable').click();
  await pause(linkedin);
  const [worker] = linkedin.context().serviceWorkers();
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab.id, { type: 'picker.open' });
  });
  await pause(linkedin);
  await linkedin.keyboard.type(text);
  await pause(linkedin);
}

/** A fresh profile with the extension installed; resolves once its welcome tab has opened. */
async function launch({ lang, locale }) {
  const context = await chromium.launchPersistentContext(freshProfile(), {
    executablePath: requireChromium(),
    headless: true,
    locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--lang=${lang}`,
      ...QUIET_FLAGS,
      ...sandboxFlags(),
    ],
    env: { ...process.env, LANGUAGE: lang },
  });
  try {
    await routeLinkedIn(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // The first run: the extension opens its welcome tab by itself on install.
    let welcome;
    for (let tries = 0; !welcome && tries < 200; tries++) {
      welcome = context.pages().find((each) => each.url().endsWith('#welcome'));
      if (!welcome) await new Promise((done) => setTimeout(done, 100));
    }
    if (!welcome) throw new Error('no welcome tab opened on install');
    // Blank labels in every picture if the build changed as the browser started (see
    // test/e2e/build-snapshot.ts): stop rather than write them.
    await welcome.waitForLoadState('load');
    if ((await welcome.evaluate(() => chrome.i18n.getMessage('extName'))) === '')
      throw new Error('the extension started with an empty message catalog: was dist/ rebuilt meanwhile? Run again.');
    return { context, worker, welcome, page: (path) => `chrome-extension://${id}/${path}` };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * The popup, opened in a background tab so that `over` (a LinkedIn tab) stays the active one,
 * as when the user clicks the toolbar button over LinkedIn; searched for "cfo".
 */
async function openPopup(context, over, url, size) {
  const cdp = await context.newCDPSession(over);
  const opened = context.waitForEvent('page');
  await cdp.send('Target.createTarget', { url, background: true });
  const popup = await opened;
  await popup.setViewportSize(size);
  await popup.getByTestId('tab-health').waitFor();
  await popup.locator('.results li').first().waitFor();
  await popup.getByRole('searchbox').fill('cfo');
  await popup.locator('.results li').filter({ hasText: 'business case' }).first().waitFor();
  await pause(popup);
  return popup;
}

/**
 * The side panel beside `linkedin` (a conversation with Ada Sample): its page opened in a tab of
 * its own follows the LinkedIn tab activated after it, as beside LinkedIn. Ada is added to the
 * prospects from it, as the user does, and moved to Consideration, so the panel shows her card
 * and the recommendations for her stage. Returns the panel's picture (PNG bytes), `width` wide.
 */
async function panelPicture(context, linkedin, url, { width, height }) {
  const panel = await context.newPage();
  await panel.setViewportSize({ width, height });
  await panel.goto(url);
  await panel.getByRole('heading', { level: 1 }).waitFor();
  await linkedin.bringToFront();
  const card = panel.getByTestId('panel-person');
  await card.getByRole('heading', { level: 2, name: 'Ada Sample' }).waitFor();
  const track = await panel.evaluate(() => chrome.i18n.getMessage('panelTrack'));
  await panel.getByRole('button', { name: track, exact: true }).click();
  const stage = await panel.evaluate(() => chrome.i18n.getMessage('panelStage'));
  await panel.getByRole('combobox', { name: stage }).selectOption('consideration');
  await panel.locator('ul.recommendations li').first().waitFor();
  await pause(panel);
  const picture = await panel.screenshot();
  await panel.close();
  return picture;
}

/** `left` and `right` (PNG bytes) side by side, as a page and the browser's side panel beside it. */
async function sideBySide(context, left, right, size, path) {
  const canvas = await context.newPage();
  await canvas.setViewportSize(size);
  const src = (bytes) => `data:image/png;base64,${bytes.toString('base64')}`;
  await canvas.setContent(
    `<body style="margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden;display:flex;background:#fff">` +
      `<img src="${src(left)}" style="display:block;flex:none">` +
      `<img src="${src(right)}" style="display:block;flex:none;border-left:1px solid #c8c8c8">` +
      '</body>',
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await canvas.screenshot({ path });
  await canvas.close();
}

/** Polls `check` every 100 ms for 10 s. */
async function waitFor(check, what = 'the LinkedIn page to be scanned') {
  for (let tries = 0; tries < 100; tries++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Replaces the library and the prospects with 12 weeks of invented activity (test/data/insights-log.ts). */
async function restoreInsightsLog(dashboard, page) {
  await dashboard.goto(page('src/dashboard/index.html#data'));
  const restored = await dashboard.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'backup.import', payload: { text, mode: 'replace' } }),
    insightsSeed.insightsBackup(Date.now()),
  );
  if (!restored?.ok) throw new Error(`the Insights log was not restored: ${JSON.stringify(restored)}`);
}

async function pictures(language) {
  const dir = `docs/${language.lang}`;
  mkdirSync(dir, { recursive: true });
  const { context, welcome, page } = await launch(language);
  try {
    await welcome.setViewportSize({ width: 1100, height: 860 });
    await welcome.locator('li.step').first().waitFor();
    await pause(welcome);
    await welcome.screenshot({ path: `${dir}/welcome.png` });

    const linkedin = await context.newPage();
    await linkedin.setViewportSize({ width: 1200, height: 680 });
    await linkedin.goto('https://www.linkedin.com/messaging/thread/2-ada/');
    await linkedin.bringToFront();
    // Enter inserts the first hit.
    await searchInPicker(linkedin, 'case');
    await linkedin.screenshot({ path: `${dir}/composer.png` });
    await linkedin.keyboard.press('Enter');
    await pause(linkedin);
    await linkedin.screenshot({ path: `${dir}/inserted.png` });

    const PANEL = { width: 360, height: 900 };
    await linkedin.setViewportSize({ width: 840, height: PANEL.height });
    const sidePanel = await panelPicture(context, linkedin, page('src/panel/index.html'), PANEL);
    await pause(linkedin);
    await sideBySide(
      context,
      await linkedin.screenshot(),
      sidePanel,
      { width: 840 + PANEL.width + 1, height: PANEL.height },
      `${dir}/panel.png`,
    );
    await linkedin.setViewportSize({ width: 1200, height: 680 });

    const popup = await openPopup(context, linkedin, page('src/popup/index.html'), { width: 408, height: 700 });
    await popup.locator('main').screenshot({ path: `${dir}/popup.png` });
    await popup.close();

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 760 });
    await dashboard.goto(page('src/dashboard/index.html#library'));
    await dashboard.locator('.results li').first().waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/library.png` });

    // Ada Sample was added to the prospects from the side panel, above.
    await dashboard.goto(page('src/dashboard/index.html#prospects'));
    await dashboard.getByTestId('prospects').locator('tbody tr').first().waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/prospects.png` });

    await dashboard.goto(page('src/dashboard/index.html#activity'));
    await dashboard.getByTestId('log').locator('li').first().waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/activity.png` });
    // Insights over 12 weeks: the restore replaces the library and the prospects, so it comes last.
    await restoreInsightsLog(dashboard, page);
    await dashboard.setViewportSize({ width: 1100, height: 1180 });
    await dashboard.goto(page('src/dashboard/index.html#insights'));
    await dashboard.locator('[data-testid="insights"][data-state="charts"]').waitFor();
    await dashboard.getByTestId('trend-chart').waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/insights.png` });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/insights-dark.png` });
    console.log(`${dir}/: welcome, composer, inserted, panel, popup, library, prospects, activity, insights, insights-dark (.png) written`);
  } finally {
    await context.close();
  }
}

/**
 * The stores' screenshots, 1280×800 each: every page is laid out at that size and shot whole
 * (the popup, 408 pixels wide, is drawn over the LinkedIn tab it was opened on, where the
 * browser shows it: below the toolbar, at the right).
 */
async function storePictures(language) {
  const dir = `docs/store/${language.lang}`;
  mkdirSync(dir, { recursive: true });
  const { context, worker, welcome, page } = await launch(language);
  try {
    await welcome.close();
    const linkedin = await context.newPage();
    await linkedin.setViewportSize(STORE_SIZE);
    await linkedin.goto('https://www.linkedin.com/messaging/thread/2-ada/');
    // Its first scan done (the page's health is reported after it), the conversation was read
    // while Ada was not tracked, so her earlier message is not recorded as a reply: the pictures
    // show a first share to her, not an answered one.
    await waitFor(() =>
      worker.evaluate(async () =>
        Object.entries(await chrome.storage.session.get(null)).some(
          ([key, value]) => key.startsWith('health:') && value.features['reply-tracker'] === 'mounted',
        ),
      ),
    );
    // Ada, added to the prospects from the side panel beside her conversation, as the
    // salesperson opens it to write to her.
    const PANEL = { width: 360, height: STORE_SIZE.height };
    await linkedin.setViewportSize({ width: STORE_SIZE.width - PANEL.width - 1, height: STORE_SIZE.height });
    const sidePanel = await panelPicture(context, linkedin, page('src/panel/index.html'), PANEL);
    await pause(linkedin);
    await sideBySide(context, await linkedin.screenshot(), sidePanel, STORE_SIZE, `${dir}/2-side-panel.png`);
    await linkedin.setViewportSize(STORE_SIZE);
    await linkedin.bringToFront();
    // The share landing in a LinkedIn message: the first hit for "case", inserted with Enter; the
    // user then reads it and presses Send.
    await searchInPicker(linkedin, 'case');
    await linkedin.keyboard.press('Enter');
    await pause(linkedin);
    await linkedin.screenshot({ path: `${dir}/1-share-in-message.png` });

    const popup = await openPopup(context, linkedin, page('src/popup/index.html'), { width: 408, height: STORE_SIZE.height - 24 });
    const popupPicture = await popup.locator('main').screenshot();
    await popup.close();
    await drawOver(context, await linkedin.screenshot(), popupPicture, `${dir}/3-popup.png`);

    const dashboard = await context.newPage();
    await dashboard.setViewportSize(STORE_SIZE);

    // Prospects and Insights over 12 weeks of invented activity.
    await restoreInsightsLog(dashboard, page);
    await dashboard.goto(page('src/dashboard/index.html#prospects'));
    await dashboard.getByTestId('prospects').locator('tbody tr').nth(5).waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/4-prospects.png` });
    await dashboard.goto(page('src/dashboard/index.html#insights'));
    await dashboard.locator('[data-testid="insights"][data-state="charts"]').waitFor();
    await dashboard.getByTestId('trend-chart').waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/5-insights.png` });
    console.log(`${dir}/: 1-share-in-message, 2-side-panel, 3-popup, 4-prospects, 5-insights (.png, 1280×800) written`);
  } finally {
    await context.close();
  }
}

/** `over` (PNG bytes) drawn at the top right of `under` (PNG bytes, 1280×800), as a toolbar popup sits. */
async function drawOver(context, under, over, path) {
  const canvas = await context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  const src = (bytes) => `data:image/png;base64,${bytes.toString('base64')}`;
  await canvas.setContent(
    `<body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;position:relative">` +
      `<img src="${src(under)}" style="position:absolute;left:0;top:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px">` +
      `<img src="${src(over)}" style="position:absolute;top:8px;right:24px;max-height:${STORE_SIZE.height - 16}px;border:1px solid #c8c8c8;border-radius:8px;box-shadow:0 10px 30px rgba(0,0,0,.25)">` +
      '</body>',
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await canvas.screenshot({ path });
  await canvas.close();
}

for (const language of LANGUAGES) {
  if (only !== 'store') await pictures(language);
  if (only !== 'docs') await storePictures(language);
}
