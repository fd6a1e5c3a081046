import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const fr = load('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('the default locale is English and French has exactly the same keys', () => {
    expect(source.default_locale).toBe('en');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message has text and the same placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(fr[key]!.message.trim(), key).not.toBe('');
      expect(Object.keys(fr[key]!.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message, key).toContain(`$${name.toUpperCase()}$`);
        expect(fr[key]!.message, key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('every key the code asks for exists, and the manifest names resolve', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([A-Za-z_]+)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) if (!key.endsWith('_')) expect(en, key).toHaveProperty(key);
    for (const value of [source.name, source.description, source.action.default_title]) {
      expect(en).toHaveProperty(value.replace(/^__MSG_(.+)__$/, '$1'));
    }
  });
});
