// The security notes and the docs name files of the repository: each must exist, so a move or a
// rename that forgets them fails here instead of leaving readers a dead path. Paths count when
// written in backticks (root-relative) or as Markdown links (relative to the document).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCUMENTS = [
  'SECURITY.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The folders whose files the documents cite. */
const ROOTS = /^(src|test|scripts|docs|bench)\//;

/** A pattern or a placeholder, not one file: `bench/*.bench.ts`, `src/contract/requests/<domain>.ts`, `test/fixtures/db/vN.json`. */
const PLACEHOLDER = /[*<>…]|\.\.\.|[a-z]N\./;

/** `src/domain/crm/{hubspot,salesforce}.ts` names each file in the braces. */
function expandBraces(path: string): string[] {
  const match = /\{([^{}]*)\}/.exec(path);
  if (!match) return [path];
  return match[1]!
    .split(',')
    .flatMap((choice) => expandBraces(path.slice(0, match.index) + choice + path.slice(match.index + match[0].length)));
}

/** Every repository path `text` (the document at `file`) cites, once each. */
function citedPaths(file: string, text: string): string[] {
  const found = new Set<string>();
  const add = (path: string) => {
    for (const each of expandBraces(path)) if (ROOTS.test(each) && !PLACEHOLDER.test(each)) found.add(each);
  };
  for (const [, code] of text.matchAll(/`([^`\n]+)`/g)) {
    // A command in backticks (`npx vitest run test/unit/x.test.ts`) cites its paths too.
    for (const word of code!.split(/\s+/))
      add(
        word
          .replace(/#.*$/, '')
          .replace(/[.,;:)]+$/, '')
          .replace(/:\d+(-\d+)?$/, ''),
      );
  }
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target!) || target!.startsWith('#')) continue;
    add(posix.normalize(posix.join(posix.dirname(file), target!.replace(/#.*$/, ''))));
  }
  return [...found];
}

describe('paths the documents cite', () => {
  it('finds paths in backticks, in commands and in links, and leaves patterns and placeholders out', () => {
    const text = [
      'See `src/domain/text/fold.ts` and `npx vitest run test/unit/doc-paths.test.ts`, the [guide](guide.en.md#privacy),',
      '[the notes](../SECURITY.md), `src/domain/crm/{hubspot,pipedrive}.ts`, `src/nowhere.ts:12`, `bench/*.bench.ts`,',
      '`src/contract/requests/<domain>.ts`, `test/fixtures/db/vN.json`, [a site](https://example.com/src/x.ts) and `npm test`.',
    ].join('\n');
    expect(citedPaths('docs/example.md', text).sort()).toEqual([
      'docs/guide.en.md',
      'src/domain/crm/hubspot.ts',
      'src/domain/crm/pipedrive.ts',
      'src/domain/text/fold.ts',
      'src/nowhere.ts',
      'test/unit/doc-paths.test.ts',
    ]);
  });

  it.each(DOCUMENTS)('%s names only files that exist', (file) => {
    const missing = citedPaths(file, readFileSync(file, 'utf8')).filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });
});
