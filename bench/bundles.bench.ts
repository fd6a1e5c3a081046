// Gzipped size of each context's code in both builds (what the browser parses): Chrome's and
// Firefox's come from the same source and should stay within a few bytes of each other.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { table } from './figures';
import { record } from './record';

const kb = (path: string) => gzipSync(readFileSync(path)).length / 1024;

/** The JS files an HTML page loads, followed through static imports. */
function pageScripts(root: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...readFileSync(join(root, html), 'utf8').matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(join(file, '..', m[1]!));
  }
  return [...seen];
}

it('bundle sizes per context, Chrome and Firefox builds', () => {
  const rows = (['chrome', 'firefox'] as const).flatMap((target) => {
    const root = `dist/${target}`;
    const sum = (files: string[]) => files.reduce((total, file) => total + kb(join(root, file)), 0);
    const background = [
      'service-worker-loader.js',
      ...readdirSync(join(root, 'assets'))
        .filter((f) => f.startsWith('main.ts'))
        .map((f) => `assets/${f}`),
    ];
    return [
      { figure: `${target}: content script`, median: kb(join(root, 'src/content/main.iife.js')), budget: '< 25 KB' },
      { figure: `${target}: popup (its scripts)`, median: sum(pageScripts(root, 'src/popup/index.html')), budget: '< 60 KB' },
      { figure: `${target}: dashboard (its scripts)`, median: sum(pageScripts(root, 'src/dashboard/index.html')), budget: null },
      { figure: `${target}: background (entry chunk)`, median: sum(background), budget: null },
    ];
  });
  table(
    'Gzipped bundle sizes (dist/chrome and dist/firefox)',
    rows.map((r) => ({ ...r, budget: r.budget ?? '—', median: `${r.median.toFixed(1)} KB` })),
  );
  record(
    'bundles',
    rows.map((r) => ({ ...r, p95: null, unit: 'KB' as const })),
  );
});
