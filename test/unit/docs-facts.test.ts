// What the docs say that the code decides: the README stays a newcomer's page, no link goes
// nowhere, and every version, minimum and command written in the docs is the one the code
// has. A reader who follows the docs must never meet a number the build contradicts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_INSTALL_HINT } from '../../scripts/firefox.mjs';
import { MIN_FIREFOX_ANDROID, MIN_FIREFOX_DESKTOP } from '../../scripts/manifest-for';

const read = (path: string): string => readFileSync(path, 'utf8');
const json = (path: string): Record<string, unknown> => JSON.parse(read(path)) as Record<string, unknown>;

/** Every page a reader is sent to. BENCHMARKS.md is generated, but its links must hold too. */
const DOCS = [
  'README.md',
  'SECURITY.md',
  'BENCHMARKS.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Where a version is stated: the docs, and the hint a missing browser prints. */
const STATEMENTS: { where: string; text: string }[] = [
  ...DOCS.map((where) => ({ where, text: read(where) })),
  { where: 'scripts/firefox.mjs (FIREFOX_INSTALL_HINT)', text: FIREFOX_INSTALL_HINT },
];

const pkg = json('package.json');
const manifest = json('manifest.json');

/** Each match of `pattern` in `text`, with its line number, for messages that say where. */
function matches(text: string, pattern: RegExp): { match: RegExpExecArray; line: number }[] {
  return [...text.matchAll(pattern)].map((match) => ({ match, line: text.slice(0, match.index).split('\n').length }));
}

/** Markdown without code: a link or heading written inside code is an example, not a link. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[^`\n]+?\1/g, (span) => ' '.repeat(span.length));
}

/** Every link and image target in a markdown file: inline, reference definitions, and HTML. */
function targets(markdown: string): { target: string; line: number }[] {
  const text = withoutCode(markdown);
  const patterns = [
    /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
    /<(?:a|img|source)\b[^>]*?\s(?:href|src)=["']([^"']+)["']/gi,
  ];
  return patterns.flatMap((pattern) => matches(text, pattern).map(({ match, line }) => ({ target: match[1] ?? '', line })));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a markdown file offers: its headings (repeats numbered as GitHub does) and HTML ids. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  // Code is blanked character for character, so line i of one is line i of the other: the
  // blanked text tells a heading from a line in a code block, the raw text gives its words.
  const raw = markdown.split('\n');
  withoutCode(markdown)
    .split('\n')
    .forEach((blanked, i) => {
      if (!/^ {0,3}#{1,6}\s/.test(blanked)) return;
      const base = slug((raw[i] ?? '').replace(/^ {0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count === 0 ? base : `${base}-${count}`);
    });
  for (const { match } of matches(markdown, /\s(?:id|name)=["']([^"']+)["']/g)) found.add(match[1] ?? '');
  return found;
}

describe('README', () => {
  const readme = read('README.md');

  it('is at most 1,500 words', () => {
    // Words as `wc -w` counts them: every run of characters between ASCII whitespace, code,
    // markup and addresses included. The strictest count, so no tool can find more.
    const words = readme.split(/[ \t\n\r\f\v]+/).filter(Boolean).length;
    expect(words, `README.md has ${words} words (as wc -w counts them): at most 1,500`).toBeLessThanOrEqual(1500);
  });

  it('gives the two commands and links every other page', () => {
    const missing = ['npm ci && npm start', 'npm ci && npm test']
      .filter((command) => !readme.includes(command))
      .map((command) => `README.md does not give \`${command}\``);
    const linked = new Set(targets(readme).map(({ target }) => normalize(target.split('#')[0] ?? '')));
    for (const page of [
      'docs/guide.en.md',
      'docs/guide.fr.md',
      'docs/development.md',
      'docs/privacy-policy.md',
      'docs/store-listing.md',
      'SECURITY.md',
      'BENCHMARKS.md',
    ]) {
      if (!linked.has(page)) missing.push(`README.md does not link ${page}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  it('every relative link and image in the docs reaches a file, and its #anchor a heading', () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      for (const { target, line } of targets(read(file))) {
        // Other schemes (https:, mailto:, chrome:, about:) are not files of this repository.
        if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const resolved = path === '' ? file : normalize(join(dirname(file), decodeURIComponent(path)));
        if (!existsSync(resolved)) {
          broken.push(`${file}:${line}: ${target} (no file ${resolved})`);
          continue;
        }
        if (
          anchor &&
          resolved.endsWith('.md') &&
          statSync(resolved).isFile() &&
          !anchors(read(resolved)).has(decodeURIComponent(anchor).toLowerCase())
        ) {
          broken.push(`${file}:${line}: ${target} (no heading "#${anchor}" in ${resolved})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('versions', () => {
  const major = (version: string): string => version.split('.')[0] ?? version;

  it(`every Firefox minimum is ${major(MIN_FIREFOX_DESKTOP)} (Android: ${major(MIN_FIREFOX_ANDROID)}), as scripts/manifest-for.ts sets it`, () => {
    // "Firefox 140 or later", "Firefox ESR 140", "Firefox (ESR 140 or later)", "Firefox (142 or
    // later)", "Firefox for Android 142", "ESR 140.12": any number that follows the name. Only
    // the major version is compared, so a point release of the minimum ("ESR 140.12") passes.
    const firefox =
      /\b(?:Firefox|ESR)\b((?:\s|\(|≥|>=|\bESR\b|\bfor Android\b|\bon Android\b|\bAndroid\b|\bdesktop\b|\bversion\b)*)v?(\d{2,3})(?:\.\d+)*(?=([^\n]{0,24}))/gi;
    const wrong: string[] = [];
    for (const { where, text } of STATEMENTS) {
      for (const { match, line } of matches(text, firefox)) {
        const [said = '', before = '', version = '', after = ''] = match;
        const android = /Android/i.test(before) || /^\s*(?:or later\s*)?(?:\)\s*)?(?:on|for) Android/i.test(after);
        const minimum = major(android ? MIN_FIREFOX_ANDROID : MIN_FIREFOX_DESKTOP);
        if (version !== minimum)
          wrong.push(
            `${where}:${line}: "${`${said}${after}`.trim()}…" says ${version}; the ${android ? 'Android' : 'desktop'} minimum is ${minimum} (scripts/manifest-for.ts)`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every Node.js minimum is the one package.json engines asks for', () => {
    const engines = (pkg['engines'] as { node: string }).node;
    const minimum = /^>=\s*(\d+(?:\.\d+)*)$/.exec(engines)?.[1];
    expect(minimum, `package.json engines.node "${engines}" is not of the form ">=N.M"`).toBeDefined();
    const node =
      /\bNode(?:\.js)?\s+(?:≥\s*|>=\s*)?v?(\d+(?:\.\d+)*)(\s*(?:or later|or newer|and later|\+|ou (?:une )?(?:version )?(?:ultérieure|plus récente?|supérieure?)))?/gi;
    const wrong: string[] = [];
    for (const { where, text } of STATEMENTS) {
      for (const { match, line } of matches(text, node)) {
        const [said = '', version = '', orLater] = match;
        // A bare "Node v20.20.2" reports the machine a figure was measured on, not a minimum.
        const isMinimum = orLater !== undefined || /[≥>]/.test(said);
        if (isMinimum && version !== minimum) wrong.push(`${where}:${line}: "${said.trim()}"; package.json engines.node is "${engines}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("Nurture's own version is manifest.json's wherever it is written, and package.json agrees", () => {
    const version = manifest['version'] as string;
    const lock = json('package-lock.json');
    const wrong: string[] = [];
    if (pkg['version'] !== version) wrong.push(`package.json version ${String(pkg['version'])} is not manifest.json's ${version}`);
    if (lock['version'] !== version) wrong.push(`package-lock.json version ${String(lock['version'])} is not manifest.json's ${version}`);
    const ours = /\bNurture\s+(?:version\s+|v)?(\d+\.\d+\.\d+)\b|\bnurture-(?:chrome|firefox)-(\d+\.\d+\.\d+)\.zip\b/gi;
    for (const where of DOCS) {
      for (const { match, line } of matches(read(where), ours)) {
        const written = match[1] ?? match[2];
        if (written !== version) wrong.push(`${where}:${line}: "${match[0]}"; manifest.json's version is ${version}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('commands', () => {
  const scripts = Object.keys(pkg['scripts'] as Record<string, string>);

  it('every npm command in the docs is a script of package.json', () => {
    const unknown: string[] = [];
    for (const where of DOCS) {
      for (const { match, line } of matches(read(where), /\bnpm (?:run (?:-s |--silent )?([\w:-]+(?:\.[\w:-]+)*)|(start|test)\b)/g)) {
        const name = match[1] ?? match[2] ?? '';
        if (!scripts.includes(name)) unknown.push(`${where}:${line}: "${match[0]}" is not a script in package.json`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("every script of package.json is in docs/development.md's commands", () => {
    const page = read('docs/development.md');
    const said = (name: string): boolean =>
      page.includes(`npm run ${name}`) ||
      page.includes(`npm run -s ${name}`) ||
      ((name === 'start' || name === 'test') && page.includes(`npm ${name}`));
    expect(scripts.filter((name) => !said(name)).map((name) => `docs/development.md does not say what \`npm run ${name}\` does`)).toEqual(
      [],
    );
  });
});
