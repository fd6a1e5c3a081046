// Opening a browser with the built extension for a person to use (`npm start`, `npm run demo`,
// their Firefox twins), in the profile scripts/profile-choice.mjs chose. Shared by the command
// (scripts/open-browser.mjs) and by the test that `npm start` twice keeps what the first stored
// (test/e2e/start-profile.test.ts), so the test drives what the user runs.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { QUIET_FLAGS, extensionDir, requireChromium, routeLinkedIn, sandboxFlags } from './chromium.mjs';
import { requireFirefox } from './firefox.mjs';

/** A kept profile is made on first use; a throwaway one is new each time. */
function profileFolder(dir, browser) {
  if (dir === null) return mkdtempSync(join(tmpdir(), `nurture-${browser}-`));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Chromium with dist/chrome loaded. An unpacked extension's id comes from its folder's path, so
 * the same checkout gets the same id, hence the same IndexedDB, at every start in a kept profile.
 * Answers Playwright's context: closing the last window closes it.
 */
export async function startChromium({ profile, headless, savedPages, extension = extensionDir('chrome') }) {
  const folder = profileFolder(profile, 'chromium');
  let context;
  try {
    context = await chromium.launchPersistentContext(folder, {
      executablePath: requireChromium(),
      headless,
      viewport: null,
      // Playwright's defaults disable extensions; the extension is the point here.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS, ...sandboxFlags()],
    });
  } catch (error) {
    // The one failure a person can fix: the same profile is open in another window.
    if (profile !== null && /ProcessSingleton|profile.*in use|SingletonLock/i.test(String(error))) {
      throw new Error(`The profile ${folder} is already open in another Chromium: close it, or run \`npm run start:fresh\`.`);
    }
    throw error;
  }
  if (savedPages) await routeLinkedIn(context);
  return { context, folder };
}

/**
 * Firefox only runs an unpacked extension as a temporary add-on, gone when the browser closes and
 * installed anew at the next start. Its storage and its internal UUID (the moz-extension:// origin
 * its IndexedDB lives under) outlive that in a kept profile: measured on Firefox ESR 153, where
 * test/e2e-firefox/start-profile.test.ts passes without these prefs. They make it hold when the
 * add-on is removed too (about:debugging's Remove, a reload that fails), where Firefox would
 * otherwise delete both, as Mozilla's web-ext does for its kept profiles.
 */
export const KEEP_DATA_PREFS = {
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

/** Firefox ESR with dist/firefox installed as a temporary add-on (puppeteer-core over BiDi). */
export async function startFirefox({ profile, headless, extraPrefs = {}, extension = extensionDir('firefox') }) {
  // puppeteer-core is already a devDependency (the Firefox tests use it), where web-ext would add
  // a few hundred packages for the same.
  const { default: puppeteer } = await import('puppeteer-core');
  const folder = profileFolder(profile, 'firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless,
    defaultViewport: null,
    userDataDir: folder,
    extraPrefsFirefox: { ...(profile !== null ? KEEP_DATA_PREFS : {}), ...extraPrefs },
  });
  await browser.installExtension(extension);
  return { browser, folder };
}
