// Finding Firefox (Debian's Firefox ESR first): shared by `npm run start:firefox`, the Firefox
// end-to-end tests and scripts/ensure-browser.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtureFor } from './chromium.mjs';

export const FIREFOX_INSTALL_HINT =
  "Install Debian's Firefox ESR with `sudo apt-get update && sudo apt-get install -y firefox-esr` " +
  '(or point FIREFOX_PATH at a Firefox 140 or later).';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];

/** The Firefox binary to use, or null. FIREFOX_PATH wins when set. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function requireFirefox() {
  const path = findFirefox();
  if (!path)
    throw new Error(
      `No Firefox found${process.env.FIREFOX_PATH ? ` at FIREFOX_PATH=${process.env.FIREFOX_PATH}` : ''}. ${FIREFOX_INSTALL_HINT}`,
    );
  return path;
}

/**
 * Serves https://www.linkedin.com/** in one Firefox tab (puppeteer-core over BiDi) from the saved
 * pages, as routeLinkedIn does for a Chromium context; every other host is refused. BiDi gives no
 * resource type: a navigation is the page itself, anything else LinkedIn's gets an empty 404.
 * A request the tab no longer wants (it closed, it navigated) cannot be answered: ignored.
 */
export async function routeLinkedInPage(page) {
  const fixtures = resolve('test/fixtures/linkedin');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank')
      return void request.continue().catch(() => {});
    if (!url.startsWith('https://www.linkedin.com/')) return void request.abort('blockedbyclient').catch(() => {});
    if (!request.isNavigationRequest()) return void request.respond({ status: 404, body: '' }).catch(() => {});
    void request
      .respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(fixtures, fixtureFor(url))) })
      .catch(() => {});
  });
}
