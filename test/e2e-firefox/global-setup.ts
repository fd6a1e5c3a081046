// The Firefox end-to-end tier needs Firefox ESR and the Firefox build: without either it
// fails, loudly, with what to do. It never skips.
import { existsSync } from 'node:fs';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../../scripts/firefox.mjs';

export default function setup(): void {
  if (!findFirefox()) {
    throw new Error(`The Firefox end-to-end tests need Firefox ESR and none was found. ${FIREFOX_INSTALL_HINT}`);
  }
  if (!existsSync('dist/firefox/manifest.json')) {
    throw new Error('dist/firefox is missing: run `npm run build` before `npm run test:e2e:firefox` (`npm test` does both).');
  }
}
