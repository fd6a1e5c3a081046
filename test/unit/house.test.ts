// The house rules the lint's walls do not cover (docs/development.md, "Architecture"): no source
// file over 300 lines, and no circle of imports between the files of src/ (two modules that need
// each other are one module, or share a third).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files of `files` that `file` imports (relative imports, types included: a circle of types is a circle). */
function importsOf(file: string, text: string, files: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = normalize(join(dirname(file), match[1]!));
    const target = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((path) => files.has(path));
    if (target) found.push(target);
  }
  return found;
}

/** Each circle once, as the files on it: depth-first search, a grey file met again closes one. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'grey' | 'black'>();
  const found: string[][] = [];
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'grey');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'grey') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'black');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe('the house', () => {
  const files = sourceFiles('src');
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

  it(`has no source file over ${MAX_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(200);
    const long = files.filter((file) => texts.get(file)!.split('\n').length - 1 > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('has no circle of imports', () => {
    const known = new Set(files);
    const graph = new Map(files.map((file) => [file, importsOf(file, texts.get(file)!, known)]));
    expect([...graph.values()].flat().length).toBeGreaterThan(500);
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
