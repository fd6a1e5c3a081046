// `npm start`: Chromium with the built extension, on LinkedIn, in a profile kept in
// .profile/chromium/ (your sign-in, prospects and log are there at the next start).
// `npm run start:fresh` (`npm start -- --fresh`): the same in a throwaway profile;
// `--profile=DIR`: a kept profile elsewhere.
// `npm run demo`: a throwaway profile with linkedin.com served from test/fixtures/linkedin,
// offline and without touching a real LinkedIn account.
// `--firefox` (`npm run start:firefox`, `npm run demo:firefox`): Firefox ESR with dist/firefox
// installed as a temporary add-on, its kept profile in .profile/firefox/.
import { homedir } from 'node:os';
import { chooseProfile } from './profile-choice.mjs';
import { routeLinkedInPage } from './firefox.mjs';
import { startChromium, startFirefox } from './start-browser.mjs';

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const firefox = args.includes('--firefox');
const name = firefox ? 'Firefox' : 'Chromium';
// With no display (a server, a container) a window cannot open: run headless and say so,
// rather than fail after the build.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = args.includes('--headless') || noDisplay;
if (noDisplay) console.log(`No display found (DISPLAY is not set): ${name} runs headless. Press Ctrl+C to stop.`);
const start = demo ? 'https://www.linkedin.com/messaging/thread/2-ada/' : 'https://www.linkedin.com/feed/';

let profile;
try {
  profile = chooseProfile(firefox ? 'firefox' : 'chromium', args, process.cwd(), homedir()).dir;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const where = (folder) =>
  profile === null
    ? `a throwaway profile (${folder}): nothing is kept`
    : `the profile in ${folder}: your data is kept for the next start (close the browser, then delete that folder to start from zero)`;

if (firefox) {
  const { browser, folder } = await startFirefox({ profile, headless });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  if (demo) await routeLinkedInPage(page);
  await page.goto(start).catch(() => {});
  console.log(
    `${demo ? 'Demo: linkedin.com is served from test/fixtures/linkedin in this tab. ' : ''}Nurture is loaded from dist/firefox in ${where(folder)}. Close the browser to stop.`,
  );
  await new Promise((resolve) => browser.on('disconnected', resolve));
  process.exit(0);
}

const { context, folder } = await startChromium({ profile, headless, savedPages: demo });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(start).catch(() => {});
console.log(
  `${demo ? 'Demo: linkedin.com is served from test/fixtures/linkedin. ' : ''}Nurture is loaded from dist/chrome in ${where(folder)}. Close the browser to stop.`,
);
await new Promise((resolve) => context.on('close', resolve));
