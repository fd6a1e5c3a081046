// `npm start`: Chromium with a fresh profile and the built extension loaded, on LinkedIn.
// `npm run demo`: the same, with linkedin.com served from test/fixtures/linkedin, offline
// and without touching a real LinkedIn account.
import { chromium } from 'playwright-core';
import { QUIET_FLAGS, extensionDir, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from './chromium.mjs';

const demo = process.argv.includes('--demo');
// With no display (a server, a container) a window cannot open: run headless and say so,
// rather than fail after the build.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;
if (noDisplay) console.log('No display found (DISPLAY is not set): Chromium runs headless. Press Ctrl+C to stop.');
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
await page.goto(demo ? 'https://www.linkedin.com/messaging/thread/2-ada/' : 'https://www.linkedin.com/feed/').catch(() => {});
console.log(
  demo
    ? 'Demo: linkedin.com is served from test/fixtures/linkedin. Close the browser to stop.'
    : 'Nurture is loaded from dist/chrome in a fresh profile. Close the browser to stop.',
);
await new Promise((resolve) => context.on('close', resolve));
