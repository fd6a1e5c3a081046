import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for';

// One source, two unpacked extensions: `vite build --mode chrome|firefox`.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(sourceManifest, target) as unknown as ManifestV3Export, browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Readable output helps Mozilla's review and costs little in an extension.
      minify: false,
      sourcemap: false,
    },
  };
});
