// The e2e tiers load a private copy of the build, made once before the first test, never dist/
// itself. Chromium reads an unpacked extension's message catalog (_locales) when a page first
// asks for it, not when it loads the extension: a `npm run build` (or bench, or screenshot)
// running meanwhile empties dist/ for a moment, and a browser starting then gets a catalog of
// nothing for the whole session — every label blank, every test of that file red. Measured:
// removing and copying back dist/chrome/_locales in a loop while starting Chromium gave 7 empty
// catalogs in 30 starts (and 4 starts with no extension at all); 0 in 60 starts without the loop,
// idle or under load. An earlier launcher restarted Chromium on an empty catalog, cause unknown;
// with the copy there is nothing to restart for, and an empty catalog fails loudly instead.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { extensionDir } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The private copy of dist/<target> this run's browsers load. */
    build: string;
  }
}

/** Copies dist/<target> aside; answers the copy and how to remove it. */
export function snapshotBuild(target: 'chrome' | 'firefox'): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), `nurture-e2e-${target}-`));
  const dir = join(root, target);
  cpSync(extensionDir(target), dir, { recursive: true });
  const remove = () => rmSync(root, { recursive: true, force: true });
  // The copy itself could catch a build half-way: check that it is whole, loudly.
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { default_locale?: string };
    JSON.parse(readFileSync(join(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json'), 'utf8'));
  } catch (error) {
    remove();
    throw new Error(`dist/${target} changed while it was copied for the tests (is a build running?): ${String(error)}`);
  }
  return { dir, remove };
}

/** The copy this run loads; dist/<target> itself outside a tier's run (the benchmarks). */
export function builtExtension(target: 'chrome' | 'firefox'): string {
  let provided: string | undefined;
  try {
    provided = inject('build');
  } catch {
    // Not inside a vitest run with a global setup: the live build.
  }
  return provided ?? extensionDir(target);
}
