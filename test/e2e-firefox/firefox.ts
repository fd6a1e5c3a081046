// Finding Firefox ESR for the Firefox end-to-end tier. Missing Firefox fails, never skips.
import { existsSync } from 'node:fs';

export const FIREFOX_INSTALL_HINT =
  'Install Debian\'s Firefox ESR with `sudo apt-get update && sudo apt-get install -y firefox-esr` ' +
  '(or point FIREFOX_PATH at a Firefox binary).';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary to use, or null. FIREFOX_PATH wins when set. */
export function findFirefox(): string | null {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function requireFirefox(): string {
  const path = findFirefox();
  if (!path) throw new Error(`No Firefox found${process.env['FIREFOX_PATH'] ? ` at FIREFOX_PATH=${process.env['FIREFOX_PATH']}` : ''}. ${FIREFOX_INSTALL_HINT}`);
  return path;
}
