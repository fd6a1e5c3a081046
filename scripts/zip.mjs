// Packs dist/chrome and dist/firefox into dist/nurture-<target>-<version>.zip, ready to
// upload to the Chrome Web Store and addons.mozilla.org.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const target of ['chrome', 'firefox']) {
  const root = join('dist', target);
  const entries = Object.fromEntries(
    files(root)
      .sort()
      .map((path) => [relative(root, path).split('\\').join('/'), readFileSync(path)]),
  );
  // The store gives the extension its id: its upload refuses a manifest "key" (docs/deploy.md),
  // which the unpacked build keeps so that policies can name a fixed id.
  if (target === 'chrome') {
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    delete manifest.key;
    entries['manifest.json'] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  }
  const out = join('dist', `nurture-${target}-${version}.zip`);
  // A fixed date keeps the archive identical from one build of the same source to the next.
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  console.log(`${out}: ${Object.keys(entries).length} files`);
}
