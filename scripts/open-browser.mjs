// `npm start`: Chromium with a fresh profile and the built extension loaded, on LinkedIn.
// `npm run demo`: the same, with linkedin.com served from test/fixtures/linkedin, offline
// and without touching a real LinkedIn account. `--firefox` (`npm run start:firefox`,
// `npm run demo:firefox`): Firefox ESR with dist/firefox installed as a temporary add-on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { QUIET_FLAGS, extensionDir, fixtureFor, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from './chromium.mjs';
import { requireFirefox } from './firefox.mjs';

const demo = process.argv.includes('--demo');
const firefox = process.argv.includes('--firefox');
// With no display (a server, a container) a window cannot open: run headless and say so,
// rather than fail after the build.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;
if (noDisplay) console.log(`No display found (DISPLAY is not set): ${firefox ? 'Firefox' : 'Chromium'} runs headless. Press Ctrl+C to stop.`);
const start = demo ? 'https://www.linkedin.com/messaging/thread/2-ada/' : 'https://www.linkedin.com/feed/';

if (firefox) {
  // puppeteer-core over WebDriver BiDi installs the unpacked build as a temporary add-on, as
  // about:debugging would; it is already a devDependency (the Firefox tests use it), where
  // Mozilla's web-ext would add a few hundred packages for the same.
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: requireFirefox(), headless, defaultViewport: null });
  await browser.installExtension(extensionDir('firefox'));
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  if (demo) {
    // The demo page's own requests come from the saved pages; everything else leaving is refused.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('https://www.linkedin.com/')) return void request.abort().catch(() => {});
      if (!request.isNavigationRequest()) return void request.respond({ status: 404, body: '' }).catch(() => {});
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join('test/fixtures/linkedin', fixtureFor(url))) }).catch(() => {});
    });
  }
  await page.goto(start).catch(() => {});
  console.log(demo ? 'Demo in Firefox: linkedin.com is served from test/fixtures/linkedin in this tab. Close the browser to stop.' : 'Nurture is loaded from dist/firefox in a fresh Firefox profile. Close the browser to stop.');
  await new Promise((resolve) => browser.on('disconnected', resolve));
  process.exit(0);
}

const extension = extensionDir('chrome');

const context = await chromium.launchPersistentContext(freshProfile(), {
  executablePath: requireChromium(),
  headless,
  viewport: null,
  // Playwright's defaults disable extensions; the extension is the point here.
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS, ...sandboxFlags()],
});
if (demo) await routeLinkedIn(context);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(start).catch(() => {});
console.log(
  demo
    ? 'Demo: linkedin.com is served from test/fixtures/linkedin. Close the browser to stop.'
    : 'Nurture is loaded from dist/chrome in a fresh profile. Close the browser to stop.',
);
await new Promise((resolve) => context.on('close', resolve));
