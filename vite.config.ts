import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import { firefoxSidebar, manifestFor, type Target } from './scripts/manifest-for';

/**
 * Rewrites the manifest CRXJS wrote: Firefox's sidebar takes the side panel's page (see
 * firefoxSidebar). On disk, once written: CRXJS emits the manifest last of all its hooks.
 */
const sidebarForFirefox = (): Plugin => ({
  name: 'nurture-firefox-sidebar',
  enforce: 'post',
  writeBundle(options) {
    const file = join(options.dir ?? 'dist/firefox', 'manifest.json');
    writeFileSync(file, `${JSON.stringify(firefoxSidebar(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>), null, 2)}\n`);
  },
});

// One source, two unpacked extensions: `vite build --mode chrome|firefox`.
// NURTURE_PUBLIC_KEY: a team's own public key for Chrome's manifest, so its build has its own id
// (docs/development.md, "The extension's id and its key").
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = manifestFor(sourceManifest, target, { publicKey: process.env['NURTURE_PUBLIC_KEY'] });
  return {
    plugins: [
      crx({ manifest: manifest as unknown as ManifestV3Export, browser: target }),
      ...(target === 'firefox' ? [sidebarForFirefox()] : []),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Minified (Oxc: whitespace, syntax and local names; no obfuscation, no eval, strings and
      // property names as written): the content script runs in every LinkedIn tab, and only
      // full minification brings it under 25 KB gzipped (names kept: 28.8 KB). Mozilla's review
      // accepts minified code with the sources submitted alongside (docs/development.md, "The build").
      // CRXJS builds the content script with this same setting.
      minify: 'oxc',
      sourcemap: false,
    },
  };
});
