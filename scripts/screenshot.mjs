// `npm run screenshot`: the README's pictures, taken from the built extension in headless
// Chromium over the saved LinkedIn pages, once in English and once in French: docs/<lang>/
// welcome.png (the first run, as a fresh install opens it), composer.png (the picker in a
// conversation), inserted.png, popup.png, library.png, prospects.png and activity.png.
//
// The language: `--lang=fr` makes chrome.i18n answer from _locales/fr (an unpacked extension
// follows the browser's UI language); Playwright's `locale` makes the pages' getUILanguage(),
// navigator.language and so Intl dates French too. Both are needed: each alone leaves half in English.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { QUIET_FLAGS, extensionDir, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from './chromium.mjs';

const LANGUAGES = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'fr', locale: 'fr-FR' },
];
const extension = extensionDir('chrome');
const pause = (page) => page.waitForTimeout(800);
// The seeded log is TypeScript (the e2e test's too): read through vite's module runner.
const { module: insightsSeed } = await runnerImport('/test/data/insights-log.ts', { configFile: false, logLevel: 'warn' });

async function pictures({ lang, locale }) {
  const dir = `docs/${lang}`;
  mkdirSync(dir, { recursive: true });
  const context = await chromium.launchPersistentContext(freshProfile(), {
    executablePath: requireChromium(),
    headless: true,
    locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, `--lang=${lang}`, ...QUIET_FLAGS, ...sandboxFlags()],
    env: { ...process.env, LANGUAGE: lang },
  });
  try {
    await routeLinkedIn(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = (path) => `chrome-extension://${id}/${path}`;

    // The first run: the extension opens its welcome tab by itself on install.
    let welcome;
    for (let tries = 0; !welcome && tries < 200; tries++) {
      welcome = context.pages().find((each) => each.url().endsWith('#welcome'));
      if (!welcome) await new Promise((done) => setTimeout(done, 100));
    }
    if (!welcome) throw new Error('no welcome tab opened on install');
    await welcome.setViewportSize({ width: 1100, height: 860 });
    await welcome.locator('li.step').first().waitFor();
    await pause(welcome);
    await welcome.screenshot({ path: `${dir}/welcome.png` });

    const linkedin = await context.newPage();
    await linkedin.setViewportSize({ width: 1200, height: 680 });
    await linkedin.goto('https://www.linkedin.com/messaging/thread/2-ada/');
    await linkedin.bringToFront();
    // Our UI is in closed shadow roots: reached by the keyboard, as a user does. Alt+Shift+S in
    // the message box opens the picker; Enter inserts the first hit.
    await linkedin.locator('form.msg-form .msg-form__contenteditable').click();
    await pause(linkedin);
    await linkedin.keyboard.press('Alt+Shift+KeyS');
    await pause(linkedin);
    await linkedin.keyboard.type('case');
    await pause(linkedin);
    await linkedin.screenshot({ path: `${dir}/composer.png` });
    await linkedin.keyboard.press('Enter');
    await pause(linkedin);
    await linkedin.screenshot({ path: `${dir}/inserted.png` });

    // The popup, opened in a background tab so that the LinkedIn tab stays the active one,
    // as when the user clicks the toolbar button over LinkedIn.
    const cdp = await context.newCDPSession(linkedin);
    const opened = context.waitForEvent('page');
    await cdp.send('Target.createTarget', { url: page('src/popup/index.html'), background: true });
    const popup = await opened;
    await popup.setViewportSize({ width: 408, height: 700 });
    await popup.getByTestId('tab-health').waitFor();
    await popup.locator('.results li').first().waitFor();
    await popup.getByRole('searchbox').fill('cfo');
    await popup.locator('.results li').filter({ hasText: 'business case' }).first().waitFor();
    await pause(popup);
    await popup.locator('main').screenshot({ path: `${dir}/popup.png` });
    await popup.close();

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1100, height: 760 });
    await dashboard.goto(page('src/dashboard/index.html#library'));
    await dashboard.locator('.results li').first().waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/library.png` });

    // A prospect, added by hand (the profile's button is in a closed root, out of a script's reach).
    await dashboard.goto(page('src/dashboard/index.html#prospects'));
    await dashboard.locator('input[name="profile-url"]').fill('https://www.linkedin.com/in/ada-sample-42/');
    await dashboard.locator('input[name="prospect-name"]').fill('Ada Sample');
    await dashboard.locator('form.add-prospect button[type="submit"]').click();
    await dashboard.waitForURL(/#prospect=/);
    await dashboard.goto(page('src/dashboard/index.html#prospects'));
    await dashboard.getByTestId('prospects').locator('tbody tr').first().waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/prospects.png` });

    await dashboard.goto(page('src/dashboard/index.html#activity'));
    await dashboard.getByTestId('log').locator('li').first().waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/activity.png` });
    // Insights over 12 weeks: the restore replaces the library and the prospects, so it comes last.
    await dashboard.goto(page('src/dashboard/index.html#data'));
    const restored = await dashboard.evaluate((text) => chrome.runtime.sendMessage({ type: 'backup.import', payload: { text, mode: 'replace' } }), insightsSeed.insightsBackup(Date.now()));
    if (!restored?.ok) throw new Error(`the Insights log was not restored: ${JSON.stringify(restored)}`);
    await dashboard.setViewportSize({ width: 1100, height: 1180 });
    await dashboard.goto(page('src/dashboard/index.html#insights'));
    await dashboard.locator('[data-testid="insights"][data-state="charts"]').waitFor();
    await dashboard.getByTestId('trend-chart').waitFor();
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/insights.png` });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await pause(dashboard);
    await dashboard.screenshot({ path: `${dir}/insights-dark.png` });
    console.log(`${dir}/: welcome, composer, inserted, popup, library, prospects, activity, insights, insights-dark (.png) written`);
  } finally {
    await context.close();
  }
}

for (const language of LANGUAGES) await pictures(language);
