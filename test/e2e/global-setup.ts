// The end-to-end tests need Chromium and a build: without either they fail, loudly, with
// what to do. They never skip. The run loads a private copy of the build (build-snapshot.ts).
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { INSTALL_HINT, findChromium } from '../../scripts/chromium.mjs';
import { snapshotBuild } from './build-snapshot';

export default function setup(project: TestProject): () => void {
  if (!findChromium()) {
    throw new Error(`End-to-end tests need Chromium and none was found. ${INSTALL_HINT}`);
  }
  for (const target of ['chrome', 'firefox']) {
    if (!existsSync(`dist/${target}/manifest.json`)) {
      throw new Error(`dist/${target} is missing: run \`npm run build\` before \`npm run test:e2e\` (\`npm test\` does both).`);
    }
  }
  const build = snapshotBuild('chrome');
  project.provide('build', build.dir);
  return build.remove;
}
