// `npm run screenshot`: pictures for the README, taken from the built extension in headless
// Chromium over the saved LinkedIn pages: docs/popup.png, composer.png, inserted.png, dashboard.png.
import { chromium } from 'playwright-core';
import { QUIET_FLAGS, extensionDir, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from './chromium.mjs';

const extension = extensionDir('chrome');
const context = await chromium.launchPersistentContext(freshProfile(), {
  executablePath: requireChromium(),
  headless: true,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS, ...sandboxFlags()],
});
try {
  await routeLinkedIn(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;

  const linkedin = context.pages()[0] ?? (await context.newPage());
  await linkedin.setViewportSize({ width: 1200, height: 680 });
  await linkedin.goto('https://www.linkedin.com/messaging/thread/2-ada/');
  // Our UI is in closed shadow roots: reached by the keyboard, as a user does. Alt+Shift+S in
  // the message box opens the picker; Enter inserts the first hit.
  await linkedin.locator('form.msg-form .msg-form__contenteditable').click();
  await linkedin.waitForTimeout(800);
  await linkedin.keyboard.press('Alt+Shift+KeyS');
  await linkedin.waitForTimeout(800);
  await linkedin.keyboard.type('case');
  await linkedin.waitForTimeout(800);
  await linkedin.screenshot({ path: 'docs/composer.png' });
  await linkedin.keyboard.press('Enter');
  await linkedin.waitForTimeout(800);
  await linkedin.screenshot({ path: 'docs/inserted.png' });

  // The popup, opened in a background tab so that the LinkedIn tab stays the active one,
  // as when the user clicks the toolbar button over LinkedIn.
  const cdp = await context.newCDPSession(linkedin);
  const opened = context.waitForEvent('page');
  await cdp.send('Target.createTarget', { url: `chrome-extension://${id}/src/popup/index.html`, background: true });
  const popup = await opened;
  await popup.setViewportSize({ width: 408, height: 640 });
  await popup.getByTestId('tab-health').waitFor();
  await popup.locator('.results li').first().waitFor();
  await popup.getByRole('searchbox').fill('cfo');
  await popup.locator('.results li').filter({ hasText: 'business case' }).first().waitFor();
  await popup.locator('main').screenshot({ path: 'docs/popup.png' });

  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 760 });
  await dashboard.goto(`chrome-extension://${id}/src/dashboard/index.html#library`);
  await dashboard.locator('.results li').first().waitFor();
  await dashboard.screenshot({ path: 'docs/dashboard.png' });
  console.log('docs/popup.png, docs/composer.png, docs/inserted.png and docs/dashboard.png written');
} finally {
  await context.close();
}
