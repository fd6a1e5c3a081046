// Makes sure a browser is there for `npm start`, `npm run demo` and `npm test`:
// `node scripts/ensure-browser.mjs chromium|firefox` finds one, or on a Debian-like machine
// installs Debian's package (as root, or with sudo), or says how to.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { INSTALL_HINT, findChromium } from './chromium.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox } from './firefox.mjs';

const BROWSERS = {
  chromium: { find: findChromium, hint: INSTALL_HINT, env: 'CHROMIUM_PATH', debian: 'chromium' },
  firefox: { find: findFirefox, hint: FIREFOX_INSTALL_HINT, env: 'FIREFOX_PATH', debian: 'firefox-esr' },
};
const name = process.argv[2] ?? 'chromium';
const browser = BROWSERS[name];
if (!browser) {
  console.error(`Unknown browser "${name}": chromium or firefox.`);
  process.exit(2);
}
if (browser.find()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (existsSync('/usr/bin/apt-get') && !process.env[browser.env]) {
  const run = (args) =>
    execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log(`No ${name} found: installing Debian's ${browser.debian} package with apt-get…`);
  try {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', browser.debian]);
  } catch {
    // Reported below.
  }
  if (browser.find()) process.exit(0);
}
console.error(`No ${name} found. ${browser.hint}`);
process.exit(1);
