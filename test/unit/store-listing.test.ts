// docs/store-listing.md is what the Chrome Web Store and addons.mozilla.org are told: every
// permission with its justification, the summaries, Firefox's data declaration, the
// screenshots. A store compares it with the package it gets, so it must say what the manifests
// say: a permission added without a justification, one dropped but still justified, a summary
// over Chrome's limit, a data declaration that changed, or a screenshot missing or of the wrong
// size fails here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { MIN_FIREFOX_DESKTOP, manifestFor, type Target } from '../../scripts/manifest-for';

const LISTING = 'docs/store-listing.md';
/** Chrome's limit for the manifest's description, which the store shows as the summary. */
const CHROME_SUMMARY_MAX = 132;
/** The size both stores ask for (Chrome: 1280×800 or 640×400; AMO recommends 1280×800). */
const STORE_SIZE = { width: 1280, height: 800 };
/** Chrome shows at most five screenshots per language. */
const CHROME_SCREENSHOTS_MAX = 5;
const TARGETS: Target[] = ['chrome', 'firefox'];

const listing = readFileSync(LISTING, 'utf8');

/** The lines under the heading `title` (any level), up to the next heading of the same level or higher. */
function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.replace(/^#+\s+/, '').trim() === title);
  if (start < 0) throw new Error(`${LISTING} has no heading "${title}"`);
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 1;
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The body rows of the first markdown table in `text`, each as its trimmed cells. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.trim().startsWith('|'));
  return lines
    .slice(1)
    .filter((line) => !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
}

const unquote = (cell: string): string => /^`([^`]+)`$/.exec(cell)?.[1] ?? cell;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
  [key: string]: unknown;
}

/** What the listing must justify, by its "Kind" column, in the manifest `target` gets. */
function requested(target: Target): Record<string, string[]> {
  const manifest = manifestFor(source, target) as Manifest;
  return {
    permission: [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])],
    'host permission': manifest.host_permissions ?? [],
    'optional host permission': manifest.optional_host_permissions ?? [],
    'content script match': [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches))],
  };
}

describe('the store listing', () => {
  const permissions = tableRows(section(listing, 'Permissions and their justifications')).map(
    ([entry = '', kind = '', justification = '']) => ({
      entry: unquote(entry),
      kind,
      justification,
    }),
  );

  it.each(TARGETS)('justifies every permission, host and content-script match of the %s manifest, and no other', (target) => {
    const wanted = requested(target);
    // "Chrome permission": a permission only Chrome's manifest asks for (sidePanel; Firefox's sidebar needs none).
    const kinds = [...Object.keys(wanted), 'manifest key', 'Chrome permission'];
    expect(
      permissions
        .filter(({ kind }) => !kinds.includes(kind))
        .map(({ entry, kind }) => `${entry}: kind "${kind}" is none of ${kinds.join(', ')}`),
      'the Kind column',
    ).toEqual([]);
    for (const [kind, entries] of Object.entries(wanted)) {
      const listed = permissions
        .filter((row) => row.kind === kind || (target === 'chrome' && kind === 'permission' && row.kind === 'Chrome permission'))
        .map((row) => row.entry);
      expect([...listed].sort(), `the ${kind} rows of ${LISTING} against the ${target} manifest`).toEqual([...entries].sort());
    }
    const manifest = manifestFor(source, target) as Manifest;
    const keys = permissions.filter(({ kind }) => kind === 'manifest key').map(({ entry }) => entry);
    expect(keys.filter((key) => !(key in manifest)).map((key) => `${key} is not a key of the ${target} manifest`)).toEqual([]);
  });

  it('gives each entry a justification of its own', () => {
    const thin = permissions.filter(({ justification }) => justification.length < 60).map(({ entry }) => `${entry}: no real justification`);
    expect(thin).toEqual([]);
    const entries = permissions.map(({ entry }) => entry);
    expect(
      entries.filter((entry, i) => entries.indexOf(entry) !== i),
      'entries listed twice',
    ).toEqual([]);
  });

  it('says "nothing else is requested" only of what neither manifest requests', () => {
    const sentence = /Nothing else is requested:([^.]*)\./.exec(section(listing, 'Permissions and their justifications'))?.[1] ?? '';
    const named = [...sentence.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    expect(named.length, 'the "Nothing else is requested" sentence names permissions').toBeGreaterThan(0);
    const all = TARGETS.flatMap((target) => Object.values(requested(target)).flat());
    expect(named.filter((name) => all.includes(name) || (name === '<all_urls>' && all.some((host) => host === '<all_urls>')))).toEqual([]);
  });

  it("states Firefox's data_collection_permissions exactly as the Firefox manifest declares them", () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(section(listing, 'Firefox: `data_collection_permissions`'))?.[1];
    expect(block, 'a ```json block under "Firefox: `data_collection_permissions`"').toBeDefined();
    const declared = (manifestFor(source, 'firefox') as Manifest).browser_specific_settings?.gecko?.data_collection_permissions;
    expect(JSON.parse(block ?? 'null')).toEqual(declared);
  });

  describe('summaries', () => {
    const summaries = tableRows(section(listing, 'Short description')).map(([locale = '', text = '', count = '']) => ({
      locale,
      text,
      count: Number(count),
    }));
    const locales = readdirSync('public/_locales').sort();

    it("gives one per locale of the extension, each within Chrome's 132 characters, its count right", () => {
      expect(summaries.map(({ locale }) => locale).sort()).toEqual(locales);
      for (const { locale, text, count } of summaries) {
        const length = [...text].length;
        expect(length, `the ${locale} summary's "Characters" column`).toBe(count);
        expect(length, `the ${locale} summary: ${length} characters, Chrome's limit is ${CHROME_SUMMARY_MAX}`).toBeLessThanOrEqual(
          CHROME_SUMMARY_MAX,
        );
      }
    });

    it.each(locales)('is the %s manifest description (extDescription), which Chrome shows as the summary', (locale) => {
      const messages = JSON.parse(readFileSync(join('public/_locales', locale, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      const description = messages['extDescription']?.message ?? '';
      expect(
        [...description].length,
        `public/_locales/${locale}/messages.json extDescription has ${[...description].length} characters: Chrome's limit is ${CHROME_SUMMARY_MAX}`,
      ).toBeLessThanOrEqual(CHROME_SUMMARY_MAX);
      expect(
        summaries.find((summary) => summary.locale === locale)?.text,
        `${LISTING}'s ${locale} summary and public/_locales/${locale}/messages.json extDescription`,
      ).toBe(description);
    });
  });

  it('names the Firefox minimum that scripts/manifest-for.ts sets', () => {
    expect(listing).toContain(`Firefox ${MIN_FIREFOX_DESKTOP.split('.')[0] ?? ''} or later`);
  });

  describe('screenshots', () => {
    const text = section(listing, 'Screenshots');
    const named = [...text.matchAll(/\]\((store\/([a-z]{2})\/([\w-]+\.png))\)/g)].map((match) => ({
      path: join('docs', match[1] ?? ''),
      lang: match[2] ?? '',
      name: match[3] ?? '',
    }));
    const languages = [...new Set(named.map(({ lang }) => lang))].sort();

    it("are in English and French, the same pictures in each, at most five (Chrome's limit)", () => {
      expect(languages).toEqual(['en', 'fr']);
      const names = (lang: string) => named.filter((shot) => shot.lang === lang).map(({ name }) => name);
      expect(names('fr')).toEqual(names('en'));
      expect(names('en').length).toBeGreaterThan(0);
      expect(names('en').length).toBeLessThanOrEqual(CHROME_SCREENSHOTS_MAX);
    });

    it('each have a caption in English and in French', () => {
      const rows = tableRows(text);
      expect(rows.length).toBe(named.length / 2);
      for (const [number = '', , english = '', french = ''] of rows) {
        expect(english.length, `screenshot ${number}'s English caption`).toBeGreaterThan(20);
        expect(french.length, `screenshot ${number}'s French caption`).toBeGreaterThan(20);
      }
    });

    it.each(named.map(({ path }) => path))('%s exists and is a 1280×800 PNG', (path) => {
      expect(existsSync(path), `${path}: run \`npm run screenshot\``).toBe(true);
      const bytes = readFileSync(path);
      expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${path} is a PNG`).toBe(true);
      expect(bytes.subarray(12, 16).toString('latin1'), `${path}'s first chunk`).toBe('IHDR');
      // The IHDR chunk's data: width, then height, 4 bytes each, big-endian (bytes 16 to 24).
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }, path).toEqual(STORE_SIZE);
    });

    it('leave no picture in docs/store/ that the listing does not name', () => {
      const onDisk = languages.flatMap((lang) =>
        (existsSync(join('docs/store', lang)) ? readdirSync(join('docs/store', lang)) : [])
          .filter((name) => name.endsWith('.png'))
          .map((name) => join('docs/store', lang, name)),
      );
      const paths = named.map(({ path }) => path);
      expect(onDisk.filter((path) => !paths.includes(path))).toEqual([]);
    });
  });
});
