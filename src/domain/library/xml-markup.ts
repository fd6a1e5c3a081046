// What of an RSS or Atom document's markup reaches the XML parser: one linear pass before it
// (SECURITY.md § 13, issue 24). fast-xml-parser costs a few microseconds per element and per
// attribute, more per attribute when one element carries very many (its validator and its
// parser each build an object holding them all): one element with 2.6 million attributes (20 MB)
// took 26 s, 5 million empty elements 22 s. So, before the validator:
// - an element with more than MAX_ATTRIBUTES_PER_ELEMENT attributes refuses the file;
// - every attribute the readers never read is dropped (its line breaks kept, so that the
//   validator's line numbers stay true);
// - a file with more than MAX_MARKUP elements and kept attributes is refused.
// Feeds whose attributes all fit come out of the readers exactly as before (the readers only read
// READ_ATTRIBUTES: test/unit/xml-markup.test.ts compares every fixture with the parser unscreened).
// Then what the parser builds is bounded whatever the shape, and its cost with it.
import { lineAt } from '../text/fold';
import { printable } from './binary';
import { ParseError } from './raw-item';

/**
 * The attributes the feed readers read (`attrOf` takes no other name), on any element: Atom's
 * link href/rel/type and category term/label, text constructs' type (which also tells the parser
 * to keep xhtml raw), RSS guid isPermaLink, RSS 1.0 rdf:about, xml:lang and xml:base, and the
 * pack's name/id/version/expires/campaign/short-link and caption lang (feed-pack.ts). The root keeps its `xmlns:*`
 * declarations too: they say which prefix is Nurture's pack namespace.
 */
export const READ_ATTRIBUTES = [
  'href',
  'rel',
  'type',
  'term',
  'label',
  'isPermaLink',
  'rdf:about',
  'xml:lang',
  'xml:base',
  'lang',
  'name',
  'id',
  'version',
  'expires',
  'campaign',
  'short-link',
] as const;
export type ReadAttribute = (typeof READ_ATTRIBUTES)[number];

const READ = new Set<string>(READ_ATTRIBUTES);
const LONGEST_READ = Math.max(...READ_ATTRIBUTES.map((name) => name.length));

/**
 * Attributes one element may carry. Real feeds' most are on the root, one per namespace it
 * declares: about 10 for a WordPress or podcast feed, under 30 for the most we know of. Ten
 * times that leaves room for any real feed, and stays far below where fast-xml-parser's cost
 * per attribute grows (measured, validator and parser, 500,000 attributes in all: about 2 µs
 * each at 10 to 10,000 per element, 9 µs at 100,000 or more).
 */
export const MAX_ATTRIBUTES_PER_ELEMENT = 256;

/**
 * Elements, kept attributes and processing instructions in one file. A 20 MB feed of short
 * items (the fetch cap) has about 600,000; a real one, whose items carry paragraphs, a tenth of
 * that. A million empty elements take the validator and the parser about 2 s.
 */
export const MAX_MARKUP = 1_000_000;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR;

const GT = 0x3e;
const LT = 0x3c;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** Where a tag's or an attribute's name ends. */
const endsName = (c: number) =>
  isSpace(c) || c === GT || c === SLASH || c === LT || c === EQUALS || c === QUOTE || c === APOSTROPHE || Number.isNaN(c);

/** Counts of the last screening, for tests and the benchmark. */
export interface MarkupMeter {
  elements: number;
  /** Elements, kept attributes and processing instructions: what MAX_MARKUP bounds. */
  markup: number;
  /** Attributes dropped. */
  dropped: number;
}

/**
 * The document with the attributes no reader reads removed; throws ParseError when an element
 * carries more than MAX_ATTRIBUTES_PER_ELEMENT attributes or the file more than MAX_MARKUP
 * elements and kept attributes. Comments, CDATA, processing instructions and declarations are
 * skipped, never changed. Anything irregular (a tag cut short, an attribute without a quoted
 * value) is left as it is, for the validator to report. Each character is examined a bounded
 * number of times: every search starts where the last one ended.
 */
export function screenMarkup(xml: string, skippedLines: number, meter?: MarkupMeter): string {
  const length = xml.length;
  /** [start, end) of each attribute to drop, with the white space before it, in order. */
  const drops: number[] = [];
  let elements = 0;
  let markup = 0;
  let root = true;
  const refuse = (message: string, at: number) => new ParseError(message, `line ${lineAt(xml, at) + skippedLines}`);
  const tooMuch = (at: number) =>
    refuse(
      `too much markup: more than ${MAX_MARKUP.toLocaleString('en')} elements and attributes (a 20 MB feed of short posts has about 600,000)`,
      at,
    );

  let i = 0;
  scan: while (i < length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION || next === SLASH) {
      // A comment, CDATA, a processing instruction, a declaration or an end tag: to its end.
      const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : next === QUESTION ? '?>' : '>';
      const end = xml.indexOf(close, lt + 2);
      if (end === -1) break;
      i = end + close.length;
      // The parser costs as much per processing instruction as per element; comments and CDATA cost little.
      if (next === QUESTION && ++markup > MAX_MARKUP) throw tooMuch(lt);
      continue;
    }
    // A start tag (or a stray "<", which the validator refuses): its name, then its attributes.
    let j = lt + 1;
    while (j < length && !endsName(xml.charCodeAt(j))) j++;
    if (j === lt + 1) {
      i = lt + 1;
      continue;
    }
    const tagName = xml.slice(lt + 1, Math.min(j, lt + 80));
    elements++;
    markup++;
    let attributes = 0;
    for (;;) {
      const spaceFrom = j;
      while (j < length && isSpace(xml.charCodeAt(j))) j++;
      if (j >= length) break scan;
      const c = xml.charCodeAt(j);
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH && xml.charCodeAt(j + 1) === GT) {
        j += 2;
        break;
      }
      // The validator steps over a stray "=" where a name would start.
      if (c === EQUALS) {
        j++;
        continue;
      }
      // An attribute needs white space before it, a name, "=" and a quoted value; else it is the
      // validator's to refuse (and there is no attribute to drop).
      const nameFrom = j;
      while (j < length && !endsName(xml.charCodeAt(j))) j++;
      if (nameFrom === spaceFrom || j === nameFrom) break;
      const nameTo = j;
      while (j < length && isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== EQUALS) break;
      j++;
      while (j < length && isSpace(xml.charCodeAt(j))) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== QUOTE && quote !== APOSTROPHE) break;
      const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", j + 1);
      // No closing quote anywhere after: the validator refuses the file, nothing after it matters.
      if (valueEnd === -1) break scan;
      j = valueEnd + 1;
      attributes++;
      if (attributes > MAX_ATTRIBUTES_PER_ELEMENT) {
        throw refuse(
          `too many attributes: <${printable(tagName, 80)}> has more than ${MAX_ATTRIBUTES_PER_ELEMENT} (no real feed has that many)`,
          lt,
        );
      }
      if (isRead(xml, nameFrom, nameTo, root)) markup++;
      else drops.push(spaceFrom, j);
    }
    root = false;
    if (markup > MAX_MARKUP) throw tooMuch(lt);
    i = j;
  }
  if (meter) {
    meter.elements = elements;
    meter.markup = markup;
    meter.dropped = drops.length / 2;
  }
  return drops.length === 0 ? xml : withoutDrops(xml, drops);
}

function isRead(xml: string, from: number, to: number, root: boolean): boolean {
  if (root && xml.startsWith('xmlns:', from)) return true;
  return to - from <= LONGEST_READ && READ.has(xml.slice(from, to));
}

/** The text without the dropped ranges; each range leaves its line breaks, so lines keep their numbers. */
function withoutDrops(xml: string, drops: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  // The next line break at or after the range being dropped: ranges come in order, so this
  // search only moves forward (a search from each range could rescan to the end every time).
  let lineBreak = xml.indexOf('\n');
  for (let k = 0; k < drops.length; k += 2) {
    const start = drops[k]!;
    const end = drops[k + 1]!;
    parts.push(xml.slice(from, start));
    if (lineBreak !== -1 && lineBreak < start) lineBreak = xml.indexOf('\n', start);
    while (lineBreak !== -1 && lineBreak < end) {
      parts.push('\n');
      lineBreak = xml.indexOf('\n', lineBreak + 1);
    }
    from = end;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}
