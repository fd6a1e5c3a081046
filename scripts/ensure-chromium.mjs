// Makes sure a Chromium is there for `npm start`, `npm run demo` and `npm test`: finds one, or on a
// Debian-like machine installs Debian's package (as root, or with sudo), or says how to.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { INSTALL_HINT, findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canApt = existsSync('/usr/bin/apt-get');
if (canApt && !process.env.CHROMIUM_PATH) {
  const run = (args) => execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get…');
  try {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', 'chromium']);
  } catch {
    // Reported below.
  }
  if (findChromium()) process.exit(0);
}
console.error(`No Chromium found. ${INSTALL_HINT}`);
process.exit(1);
