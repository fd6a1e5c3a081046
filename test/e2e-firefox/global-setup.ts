// The Firefox end-to-end tier needs Firefox ESR and the Firefox build: without either it
// fails, loudly, with what to do. It never skips. The run installs a private copy of the build,
// so a build running meanwhile cannot change it under Firefox (test/e2e/build-snapshot.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../../scripts/firefox.mjs';
import { MIN_FIREFOX_DESKTOP } from '../../scripts/manifest-for';
import { snapshotBuild } from '../e2e/build-snapshot';

export default function setup(project: TestProject): () => void {
  if (!findFirefox()) {
    throw new Error(`The Firefox end-to-end tests need Firefox ESR and none was found. ${FIREFOX_INSTALL_HINT}`);
  }
  // Older than the manifest's minimum, the add-on would not install: say so before any test does.
  const version = execFileSync(findFirefox()!, ['--version']).toString();
  const major = Number(/(\d+)\.\d/.exec(version)?.[1] ?? NaN);
  if (!(major >= Number.parseInt(MIN_FIREFOX_DESKTOP, 10))) {
    throw new Error(
      `The Firefox end-to-end tests need Firefox ${MIN_FIREFOX_DESKTOP} or later; found "${version.trim()}". ${FIREFOX_INSTALL_HINT}`,
    );
  }
  if (!existsSync('dist/firefox/manifest.json')) {
    throw new Error('dist/firefox is missing: run `npm run build` before `npm run test:e2e:firefox` (`npm test` does both).');
  }
  const build = snapshotBuild('firefox');
  project.provide('build', build.dir);
  return build.remove;
}
