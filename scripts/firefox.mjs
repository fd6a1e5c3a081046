// Finding Firefox (Debian's Firefox ESR first): shared by `npm run start:firefox`, the Firefox
// end-to-end tests and scripts/ensure-browser.mjs.
import { existsSync } from 'node:fs';

export const FIREFOX_INSTALL_HINT =
  'Install Debian\'s Firefox ESR with `sudo apt-get update && sudo apt-get install -y firefox-esr` ' +
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
  if (!path) throw new Error(`No Firefox found${process.env.FIREFOX_PATH ? ` at FIREFOX_PATH=${process.env.FIREFOX_PATH}` : ''}. ${FIREFOX_INSTALL_HINT}`);
  return path;
}
