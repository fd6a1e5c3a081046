// A hostile file blocks nothing: feed, file and backup parsing take time linear in the input.
//
// No wall-clock assertion here (DESIGN.md: tests never assert on timings). Linearity is shown two
// ways: htmlToText counts the characters it examines (ScanMeter), and must stay within a fixed
// multiple of the input for any input fast-check builds from hostile fragments; and the 20 MB
// hostile feeds below must come out handled or refused at all — under the old regexes they ran for
// hours (500 KB of unclosed <script> took 3 s, and it grew with the square), so the test runner's
// timeout, not a stopwatch, is what fails if a quadratic pattern comes back. The floods of issue 24
// (attributes, elements, items) were linear but slow: their outcome here is the check (refused
// before the parser, or read up to the item limit); bench/hostile.bench.ts has their times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, squashUpTo, type ScanMeter } from '../../src/domain/text/html-text';
import { parseLibraryText } from '../../src/domain/library/detect';
import { LIMITS, prepareItems } from '../../src/domain/library/normalize';
import { ParseError } from '../../src/domain/library/raw-item';
import { readBackup } from '../../src/domain/backup/backup-format';
import { fill, numbered } from '../data/hostile-text';

const MB = 1024 * 1024;

/** Characters examined per input character, at most (indexOf scans, tag names, text slices). */
const STEPS_PER_CHAR = 4;

function steps(html: string, max?: number): { text: string; steps: number } {
  const meter: ScanMeter = { steps: 0 };
  const text = htmlToText(html, max, meter);
  return { text, steps: meter.steps };
}

const FRAGMENTS = [
  '<script>',
  '<SCRIPT type="x">',
  '</script>',
  '</scr',
  '<style>',
  '</style >',
  '<svg/>',
  '<head>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<',
  '>',
  '</',
  '<p>',
  '</p>',
  '<b>',
  '<a href="',
  '"',
  '&amp;',
  '&lt;script&gt;',
  '&#x41;',
  '&',
  ' ',
  '\n',
  'word',
  'é',
  '<!doctype x>',
  '<?pi?>',
];
const hostileHtml = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 }).map((parts) => parts.join(''));

describe('htmlToText is one linear pass', () => {
  it('examines a bounded number of characters per input character, whatever the markup', () => {
    fc.assert(
      fc.property(hostileHtml, fc.integer({ min: 1, max: 40 }), fc.constantFrom(undefined, 10, 600), (unit, times, max) => {
        const html = unit.repeat(times);
        const result = steps(html, max);
        expect(result.steps).toBeLessThanOrEqual(STEPS_PER_CHAR * html.length + 16);
        // Never more text than asked for (truncate needs only to know there is more).
        if (max !== undefined) expect(result.text.length).toBeLessThanOrEqual(max + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps to the bound on the shapes that made the regex quadratic', () => {
    for (const unit of ['<script>', '<script>x</scrip', '<style>', '<!--', '<a', '<b>', '&amp;', '<script></p>']) {
      const html = fill(unit, 2 * MB);
      const result = steps(html);
      expect(result.steps, unit).toBeGreaterThan(0);
      expect(result.steps, unit).toBeLessThanOrEqual(STEPS_PER_CHAR * html.length + 16);
    }
  });

  it('stops reading once the limit is reached: a huge summary costs what its first characters cost', () => {
    const html = `<p>${fill('word ', 20 * MB)}</p>`;
    const result = steps(html, LIMITS.summary);
    expect(result.text.length).toBeLessThanOrEqual(LIMITS.summary + 1);
    expect(result.steps).toBeLessThan(100 * LIMITS.summary);
  });

  it('reads the same text as before on ordinary markup', () => {
    expect(htmlToText('<p>Hello <b>world</b></p><script>alert(1)</script><style>p{}</style><!-- x -->!')).toBe('Hello world !');
    expect(htmlToText('<SCRIPT type="a">x</SCRIPT >after')).toBe('after');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('<![CDATA[one]]> two')).toBe('one two');
    // An element that is never closed hides the rest, as in a browser.
    expect(htmlToText('before<script>if (a < b) steal()')).toBe('before');
    expect(htmlToText('x'.repeat(50), 10)).toBe('x'.repeat(11));
    expect(squashUpTo(`  a \n\t b ${' '.repeat(10_000)} c  `, 100)).toBe('a b c');
    expect(squashUpTo(fill('ab ', 5 * MB), 20).length).toBeLessThanOrEqual(21);
  });
});

/** Handled (every kept field within its limit) or refused with a message: never stuck, never a crash. */
function handledOrRefused(text: string): string {
  let parsed;
  try {
    parsed = parseLibraryText(text, { baseUrl: 'https://feeds.example/feed' });
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return 'refused';
  }
  const { items } = prepareItems(parsed, { sourceId: null, defaultLanguage: 'en', defaultFormat: 'blog-post', now: 0 });
  for (const item of items) {
    expect(item.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(item.summary.length).toBeLessThanOrEqual(LIMITS.summary);
  }
  return `${items.length} items`;
}

const rss = (item: string) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Hostile</title><item>${item}</item></channel></rss>`;
const LINK = '<link>https://feeds.example/a</link>';

describe('a 20 MB hostile feed is handled or refused', () => {
  const cases: [string, () => string, string][] = [
    [
      'many unclosed <script> in an HTML description',
      () => rss(`<title>A</title>${LINK}<description>${fill('&lt;script&gt;x', 20 * MB)}</description>`),
      '1 items',
    ],
    [
      'many unclosed <script> in CDATA',
      () => rss(`<title>A</title>${LINK}<description><![CDATA[${fill('<script>x<style>', 20 * MB)}]]></description>`),
      '1 items',
    ],
    [
      'an Atom html title of unclosed tags',
      () =>
        `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">${fill('&lt;a', 20 * MB)}</title><link href="https://feeds.example/a"/></entry></feed>`,
      '1 items',
    ],
    [
      'deeply nested tags',
      () => rss(`<title>A</title>${LINK}<description>${fill('<b>', 10 * MB)}${fill('</b>', 10 * MB)}</description>`),
      'refused',
    ],
    ['a huge attribute value', () => rss(`<title a="${fill('"', 0)}${fill('x', 20 * MB)}">A</title>${LINK}`), '1 items'],
    [
      'an entity flood',
      () => rss(`<title>${fill('&amp;amp;', 10 * MB)}</title>${LINK}<description>${fill('&amp;', 10 * MB)}</description>`),
      '1 items',
    ],
    ['a flood of "<!" with no ">"', () => fill('<!', 20 * MB), 'refused'],
    ['a run of comments before a non-element', () => `${fill('<!--a-->', 20 * MB)}x`, 'refused'],
    // Issue 24: one element with 2.6 million attributes took 26 s, 5 million empty elements 22 s.
    ['one element with millions of attributes', () => rss(`<title${numbered(20 * MB, (i) => ` a${i}="x"`)}>A</title>${LINK}`), 'refused'],
    [
      'namespaces declared by the million on the root',
      () =>
        `<rss version="2.0"${numbered(20 * MB, (i) => ` xmlns:p${i}="https://ns.example/${i}"`)}><channel><item><title>A</title>${LINK}</item></channel></rss>`,
      'refused',
    ],
    [
      'attributes spread over many elements',
      () =>
        rss(`<title>A</title>${LINK}${numbered(20 * MB, (i) => `<x${Array.from({ length: 100 }, (_, j) => ` a${j}="${i}"`).join('')}/>`)}`),
      '1 items',
    ],
    ['millions of empty elements', () => rss(`<title>A</title>${LINK}${fill('<x/>', 20 * MB)}`), 'refused'],
    [
      'millions of processing instructions',
      () => rss(`<title>A</title>${LINK}<description>${fill('a<?p?>', 20 * MB)}</description>`),
      'refused',
    ],
    [
      'a flood of tiny items',
      () =>
        `<rss version="2.0"><channel><title>T</title>${numbered(20 * MB, (i) => `<item><title>t</title><link>https://feeds.example/${i}</link></item>`)}</channel></rss>`,
      '10000 items',
    ],
  ];
  for (const [name, build, outcome] of cases) {
    it(
      name,
      () => {
        expect(handledOrRefused(build())).toBe(outcome);
      },
      120_000,
    );
  }

  it('a 20 MB CSV of one huge quoted summary and a 20 MB JSON library file', () => {
    expect(handledOrRefused(`url,title,summary\nhttps://feeds.example/a,A,"${fill('<script>', 20 * MB)}"\n`)).toBe('1 items');
    expect(
      handledOrRefused(
        JSON.stringify({
          nurture: 'library',
          version: 1,
          items: [{ url: 'https://feeds.example/a', title: 'A', summary: fill('<script>&amp;', 20 * MB) }],
        }),
      ),
    ).toMatch(/items|refused/);
  }, 120_000);

  it('team packs: a 20 MB pack name, a flood of namespaced personas, a 20 MB JSON Feed pack', () => {
    const ns = 'xmlns:nurture="https://nurture-selling.app/ns/pack/1"';
    expect(handledOrRefused(`url,title,pack\nhttps://feeds.example/a,A,"${fill('Pack name ', 20 * MB)}"\n`)).toBe('1 items');
    // Element floods cost the XML parser what any element flood costs; 2 x 2 MB shows ours adds nothing quadratic.
    const personas = fill('<nurture:persona>CFO &amp; team</nurture:persona>', 2 * MB);
    expect(
      handledOrRefused(
        `<rss version="2.0" ${ns}><channel><title>T</title><nurture:pack>P</nurture:pack>${personas}<item><title>A</title>${LINK}${personas}</item></channel></rss>`,
      ),
    ).toBe('1 items');
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      _nurture: { pack: { name: 'P', personas: [fill('x', 20 * MB)] } },
      items: [{ url: 'https://feeds.example/a', title: 'A' }],
    };
    expect(handledOrRefused(JSON.stringify(feed))).toMatch(/items|refused/);
  }, 120_000);

  it('a 20 MB backup is read or refused', () => {
    const backup = `{"nurture":"backup","schemaVersion":1,"exportedAt":0,"stores":{"content":[],"sources":[],"prospects":[],"interactions":[],"settings":[{"key":"user","value":{"x":"${fill('\\"', 20 * MB)}"}}]}}`;
    expect(readBackup(backup, 99).ok).toBe(true);
    expect(readBackup(`${fill('[', 20 * MB)}`, 99).ok).toBe(false);
  }, 120_000);
});
