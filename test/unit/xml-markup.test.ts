// Issue 24, "attribute floods": one feed element with hundreds of thousands of attributes kept
// the worker busy for 31 s. Before the XML parser, screenMarkup (src/domain/library/xml-markup.ts)
// drops the attributes no reader reads and refuses an element with more than 256 of them, or a
// file with more than a million elements and attributes. These tests show that real feeds read
// exactly as before (compared with the same readers with nothing screened) and that floods come
// out handled or refused, with a message in the import report. No test looks at the clock
// (bench/hostile.bench.ts measures).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { createLibrary } from '../../src/background/library';
import { readSettings } from '../../src/background/settings';
import { decodeText } from '../../src/domain/library/decode';
import { parseLibraryText } from '../../src/domain/library/detect';
import { MAX_ITEMS } from '../../src/domain/library/feed-fields';
import { prepareItems } from '../../src/domain/library/normalize';
import { ParseError } from '../../src/domain/library/raw-item';
import {
  MAX_ATTRIBUTES_PER_ELEMENT,
  MAX_MARKUP,
  READ_ATTRIBUTES,
  screenMarkup,
  type MarkupMeter,
} from '../../src/domain/library/xml-markup';

const XML_FIXTURES = [
  ...[
    'blogger.atom.xml',
    'hugo.atom.xml',
    'latin1-no-prolog.rss.xml',
    'medium.rss.xml',
    'missing-dates.rss.xml',
    'substack.rss.xml',
    'windows-1252.rss.xml',
    'wordpress.rss.xml',
    'broken.rss.xml',
    'not-a-feed.xml',
  ].map((name) => `test/fixtures/feeds/${name}`),
  'test/fixtures/packs/cfo-pack.rss.xml',
];
const textOf = (path: string) => decodeText(new Uint8Array(readFileSync(resolve(path))));
const BASE = 'https://feeds.example/feed';

type Reader = typeof parseLibraryText;

/** The same readers with nothing screened: the XML parser sees every attribute, as before issue 24. */
async function unscreened(): Promise<Reader> {
  vi.resetModules();
  vi.doMock('../../src/domain/library/xml-markup', async (importOriginal) => ({
    ...(await importOriginal<typeof import('../../src/domain/library/xml-markup')>()),
    screenMarkup: (xml: string) => xml,
  }));
  const module = await import('../../src/domain/library/detect');
  vi.doUnmock('../../src/domain/library/xml-markup');
  return module.parseLibraryText;
}

/** What an import keeps of a file: its kind, title, language and pack, the items as stored, the rejections; or the error. */
function imported(read: Reader, text: string) {
  try {
    const parsed = read(text, { baseUrl: BASE });
    const { items, rejected } = prepareItems(parsed, {
      sourceId: 'feed:x',
      defaultLanguage: 'en',
      defaultFormat: 'blog-post',
      now: Date.UTC(2026, 10, 22),
    });
    return { kind: parsed.kind, title: parsed.title, language: parsed.language, pack: parsed.pack, items, rejected };
  } catch (error) {
    // The unscreened readers are another copy of the modules: their ParseError is another class.
    expect((error as Error).name).toBe('ParseError');
    return { error: (error as Error).message };
  }
}

/** Outside CDATA sections and comments, every start tag gets `attributes` after its name. */
function withAttributes(xml: string, attributes: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/<([A-Za-z][\w:.-]*)(?=[\s/>])/g, (tag) => `${tag}${attributes}`)))
    .join('');
}

/**
 * Attributes no reader reads, some looking like ones they do, across lines, quoted both ways,
 * with entities. (Not ">" in a value: inside Atom xhtml, kept raw, htmlToText would end the tag
 * there and read the rest as text; dropped, the text comes out right. Tested on its own below.)
 */
const JUNK = [
  ' url="https://junk.example/a" length="12"',
  '\n   hreflang=\'en\' Type="text/html" data-href = "x"',
  ' xml:space="preserve" rdf:resource="https://junk.example/r" xmlns:junk="https://junk.example/ns"',
  ' title="a &amp; b &lt;c&gt;" alt=\'5 &gt; 4\'\n',
].join('');

describe('real feeds read as before', () => {
  it('every fixture imports exactly what the unscreened parser imports, and some attributes were dropped', async () => {
    const plain = await unscreened();
    let dropped = 0;
    for (const path of XML_FIXTURES) {
      const text = textOf(path);
      expect(imported(parseLibraryText, text), path).toEqual(imported(plain, text));
      const meter: MarkupMeter = { elements: 0, markup: 0, dropped: 0 };
      screenMarkup(text, 0, meter);
      expect(meter.elements, path).toBeGreaterThan(5);
      dropped += meter.dropped;
    }
    // enclosure url/length, Atom's default xmlns, xhtml's attributes: the fixtures carry some.
    expect(dropped).toBeGreaterThan(10);
    // The comparison is with a parser that screens nothing: it reads what ours refuses.
    const flood = rssWith(`<title${attributeList(MAX_ATTRIBUTES_PER_ELEMENT + 1)}>A</title>`);
    expect(imported(plain, flood)).toMatchObject({ items: [{ title: 'A' }] });
    expect(imported(parseLibraryText, flood)).toEqual({ error: expect.stringMatching(/too many attributes/) });
  });

  it('with unread attributes on every element, every fixture still imports what the unscreened parser imports, errors on the same line', async () => {
    const plain = await unscreened();
    const junk = Array.from({ length: 20 }, () => JUNK)
      .join('')
      .replace(/(\w[\w:-]*)(\s*=)/g, (_match, name: string, equals: string, at: number) => `${name}${at}${equals}`);
    for (const path of XML_FIXTURES) {
      const text = withAttributes(textOf(path), junk);
      const screened = imported(parseLibraryText, text);
      expect(screened, path).toEqual(imported(plain, text));
      if (!('error' in screened)) expect(screened.items.length, path).toBeGreaterThan(0);
      // A file cut short is reported on its last line, which the dropped attributes' line breaks keep.
      else if (path.endsWith('broken.rss.xml')) expect(screened.error).toMatch(/^line \d{3}: not well-formed XML: the file is cut short/);
    }
  });

  it('keeps every attribute a reader reads, and the namespaces the root declares', () => {
    const attributes = READ_ATTRIBUTES.map((name, index) => ` ${name}="v${index}"`).join('');
    const xml = `<rss xmlns:n="https://nurture-selling.app/ns/pack/1" junk="1"><x${attributes} junk="2" xmlns:p="p"/><y a='5 > 4' href="h" b = "<"></y></rss>`;
    expect(screenMarkup(xml, 0)).toBe(`<rss xmlns:n="https://nurture-selling.app/ns/pack/1"><x${attributes}/><y href="h"></y></rss>`);
  });

  it('changes nothing in comments, CDATA, processing instructions and declarations, and keeps lines', () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE rss>\n<rss a="1"\n b="2"><!-- <x c="3"/> --><t><![CDATA[<y d="4">]]></t><?pi e="5"?></rss>';
    expect(screenMarkup(xml, 0)).toBe(
      '<?xml version="1.0"?>\n<!DOCTYPE rss>\n<rss\n><!-- <x c="3"/> --><t><![CDATA[<y d="4">]]></t><?pi e="5"?></rss>',
    );
  });
});

function rssWith(itemMarkup: string): string {
  return `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Flood</title><item>${itemMarkup}<link>https://feeds.example/a</link></item></channel></rss>`;
}

const attributeList = (count: number, name = (index: number) => `a${index}`) =>
  Array.from({ length: count }, (_, index) => ` ${name(index)}="x"`).join('');

describe('attribute and element floods are handled or refused', () => {
  it('refuses an element with 100,000 attributes, whatever they are named, with a message for the report', () => {
    for (const name of [
      (index: number) => `a${index}`,
      (index: number) => `xmlns:p${index}`,
      (index: number) => `p:a${index}`,
      () => 'href',
    ]) {
      const error = (() => {
        try {
          parseLibraryText(rssWith(`<title${attributeList(100_000, name)}>A</title>`));
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ParseError);
      expect((error as Error).message).toBe(
        `line 2: too many attributes: <title> has more than ${MAX_ATTRIBUTES_PER_ELEMENT} (no real feed has that many)`,
      );
    }
    // On the root, where namespaces are declared, the same.
    expect(() => parseLibraryText(`<rss${attributeList(100_000, (index) => `xmlns:p${index}`)}><channel/></rss>`)).toThrow(
      /^line 1: too many attributes: <rss>/,
    );
  });

  it(`reads an element of ${MAX_ATTRIBUTES_PER_ELEMENT} attributes`, () => {
    const parsed = parseLibraryText(rssWith(`<title${attributeList(MAX_ATTRIBUTES_PER_ELEMENT)}>A</title>`));
    expect(parsed.items).toMatchObject([{ title: 'A', url: 'https://feeds.example/a' }]);
  });

  it('the import report says why a feed with 100,000 attributes on one element imports nothing', async () => {
    const db = createDbHandle('nurture-xml-markup-1');
    const library = createLibrary({
      db,
      now: () => Date.UTC(2026, 10, 22),
      fetch: async () => new Response('', { status: 404 }),
      canFetch: async () => true,
      settings: async () => readSettings(await db()),
      defaultLanguage: 'en',
    });
    const report = await library.importFile('flood.xml', rssWith(`<title${attributeList(100_000)}>A</title>`));
    expect(report).toMatchObject({
      added: 0,
      updated: 0,
      error: `line 2: too many attributes: <title> has more than ${MAX_ATTRIBUTES_PER_ELEMENT} (no real feed has that many)`,
    });
    expect(await (await db()).count('content')).toBe(0);
  });

  it('drops attributes spread over many elements before the parser, and keeps the items', () => {
    const text = rssWith(`<title>A</title>${`<x${attributeList(100)}/>`.repeat(5_000)}`);
    const meter: MarkupMeter = { elements: 0, markup: 0, dropped: 0 };
    const screened = screenMarkup(text, 0, meter);
    expect(meter.dropped).toBe(500_000);
    expect(screened.length).toBeLessThan(text.length / 50);
    expect(parseLibraryText(text).items).toMatchObject([{ title: 'A', url: 'https://feeds.example/a' }]);
  });

  it(`refuses more than ${MAX_MARKUP.toLocaleString('en')} elements and attributes, processing instructions counted`, () => {
    expect(() => parseLibraryText(rssWith(`<title>A</title>${'<x/>'.repeat(MAX_MARKUP)}`))).toThrow(
      /^line 2: too much markup: more than 1,000,000 elements and attributes/,
    );
    expect(() => parseLibraryText(rssWith(`<title>A</title>${'<x type="a" rel="b"/>'.repeat(MAX_MARKUP / 3)}`))).toThrow(/too much markup/);
    expect(() => parseLibraryText(rssWith(`<title>A</title><description>${'a<?p?>'.repeat(MAX_MARKUP)}</description>`))).toThrow(
      /too much markup/,
    );
    const meter: MarkupMeter = { elements: 0, markup: 0, dropped: 0 };
    screenMarkup(rssWith(`<title>A</title>${'<x/>'.repeat(MAX_MARKUP - 10)}`), 0, meter);
    // The prolog, six elements, version="2.0" and the <x/>s.
    expect(meter.markup).toBe(MAX_MARKUP - 2);
  });
});

describe(`a file or feed is read up to its first ${MAX_ITEMS.toLocaleString('en')} items`, () => {
  const more = 5;
  const count = MAX_ITEMS + more;
  const files: [string, string, string][] = [
    [
      'RSS',
      `<rss version="2.0"><channel><title>T</title>${Array.from({ length: count }, (_, i) => `<item><title>t${i}</title><link>https://e.example/${i}</link></item>`).join('')}</channel></rss>`,
      `item ${MAX_ITEMS + 1}`,
    ],
    [
      'Atom',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${Array.from({ length: count }, (_, i) => `<entry><title>t${i}</title><link href="https://e.example/${i}"/></entry>`).join('')}</feed>`,
      `item ${MAX_ITEMS + 1}`,
    ],
    [
      'JSON Feed',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        items: Array.from({ length: count }, (_, i) => ({ id: `${i}`, url: `https://e.example/${i}`, title: `t${i}` })),
      }),
      `item ${MAX_ITEMS + 1}`,
    ],
    ['CSV', `url,title\n${Array.from({ length: count }, (_, i) => `https://e.example/${i},t${i}\n`).join('')}`, `line ${MAX_ITEMS + 2}`],
  ];
  for (const [kind, text, from] of files) {
    it(`${kind}: the first ${MAX_ITEMS.toLocaleString('en')} items, and one rejection for the rest`, () => {
      const parsed = parseLibraryText(text);
      expect(parsed.items).toHaveLength(MAX_ITEMS);
      expect(parsed.items.at(-1)?.title).toBe(`t${MAX_ITEMS - 1}`);
      expect(parsed.rejected).toEqual([
        { where: `${from} and after`, reason: `not read: ${more} items past the first 10,000, as many as a file or feed is read up to` },
      ]);
    });
  }
});
