// RSS and Atom documents: well-formedness, the errors a user can act on (a file cut short), and
// which reader the root element calls for. Pure: it runs in the service worker, which has no
// DOMParser, so XML goes through fast-xml-parser.
import { DecodingMode, decodeHTML } from 'entities';
import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { lineAt } from '../text/fold';
import { printable } from './binary';
import { parseAtom } from './feed-atom';
import { first, isNode, type Dict } from './feed-fields';
import { parseRss } from './feed-rss';
import { ParseError, type ParsedFile } from './raw-item';
import { screenMarkup } from './xml-markup';

// One decoding pass for text and attribute values: the five XML entities, numeric references,
// and the HTML named ones (&nbsp; &eacute;) that feeds use without declaring them. A single pass
// keeps "&amp;lt;" as "&lt;" inside HTML descriptions. DOCTYPE entity declarations are never
// expanded (the add* hooks ignore them): no billion laughs, no external entities.
const entityDecoder: EntityDecoderOptions = {
  decode: (value) => decodeHTML(value, DecodingMode.Strict),
  addInputEntities: () => undefined,
  setExternalEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};

// Repeated elements must come as arrays even when a feed has only one.
const ALWAYS_ARRAYS = new Set(['item', 'entry', 'category', 'link', 'dc:subject']);

// Atom type="xhtml" text is markup: kept raw instead of being torn into objects.
const XHTML_TEXT = ['title', 'subtitle', 'summary', 'content'].map((name) => `..${name}[type=xhtml]`);

function newXmlParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // "2024" is a title, not a number; "0012" an id.
    parseTagValue: false,
    parseAttributeValue: false,
    // Trimming every text node would glue "a <![CDATA[b]]> c" into "abc"; fields are trimmed when read.
    trimValues: false,
    entityDecoder,
    isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && ALWAYS_ARRAYS.has(name),
    stopNodes: XHTML_TEXT,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Callbacks get a matcher instead of a path string built for every tag, which is measurably faster.
    jPath: false,
  });
}

/**
 * Whether the text is a web page (<!doctype html> or <html>, after comments). Scanned, not
 * matched with `^(?:<!--[\s\S]*?-->\s*)*<html`: that pattern backtracks exponentially over a
 * run of comments (a lazy comment body can swallow the next comment).
 */
function isHtmlPage(xml: string): boolean {
  let i = 0;
  while (xml.startsWith('<!--', i)) {
    const end = xml.indexOf('-->', i + 4);
    if (end === -1) return false;
    i = end + 3;
    while (i < xml.length && /\s/.test(xml.charAt(i))) i++;
  }
  return /^<(?:!doctype\s+html|html)[\s>]/i.test(xml.slice(i, i + 64));
}

export function parseXmlFeed(text: string, baseUrl: string | undefined, skippedLines: number): ParsedFile {
  if (isHtmlPage(text)) throw new ParseError('not a feed: this is an HTML page, not RSS or Atom');
  // Attributes no reader reads are dropped and floods refused before the validator: what the
  // parser builds, and its time, stay bounded whatever the file (xml-markup.ts).
  const xml = screenMarkup(text, skippedLines);
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw xmlError(xml, validation.err, skippedLines);
  let doc: unknown;
  try {
    doc = newXmlParser().parse(xml);
  } catch (error) {
    // The validator passed, so this is something the parser refuses, such as an external entity.
    throw new ParseError(`cannot read this XML: ${printable(error instanceof Error ? error.message : String(error), 160)}`);
  }
  const root = rootElement(doc);
  if (!root) throw new ParseError('not a feed: no root element');
  if (root.name === 'rss' || root.name === 'RDF' || root.name.endsWith(':RDF')) return parseRss(root.name, root.node, baseUrl);
  if (root.name === 'feed') return parseAtom(root.node, baseUrl);
  throw new ParseError(`not a feed: the root element is <${printable(root.name)}>, expected <rss>, <feed> (Atom) or <rdf:RDF>`);
}

/**
 * The validator's error as a ParseError. A truncated file (the most common breakage: an upload or
 * download cut short) shows up as whatever the validator tripped on last: "Invalid '[\"rss\", ...]'
 * found", a closing tag without its ">", an attribute without its quote. When the error is on the
 * last line and the root element is never closed, say that the file is cut short.
 */
function xmlError(xml: string, err: { msg: string; line: number }, skippedLines: number): ParseError {
  const lastLine = lineAt(xml.trimEnd());
  const unclosed = unclosedTags(err.msg);
  if (unclosed) {
    const last = unclosed[unclosed.length - 1] ?? '';
    return new ParseError(
      `not well-formed XML: the file is cut short, it ends before <${printable(last)}> is closed (open: ${printable(unclosed.join(' > '), 200)})`,
      `line ${lastLine + skippedLines}`,
    );
  }
  const root = rootName(xml);
  // Whatever the validator tripped on, a root element that never ends means the rest is missing.
  if (root !== undefined && !closesRoot(xml, root)) {
    return new ParseError(
      `not well-formed XML: the file is cut short, it ends before <${printable(root)}> is closed`,
      `line ${lastLine + skippedLines}`,
    );
  }
  return new ParseError(`not well-formed XML: ${printable(err.msg, 160)}`, `line ${err.line + skippedLines}`);
}

/** The name of the first element, skipping the prolog, comments and DOCTYPE. */
function rootName(xml: string): string | undefined {
  // One pass: `xml.replace(/<[?!][\s\S]*?>/g, '')` rescanned to the end from every "<!" when
  // no ">" follows (quadratic on a file of "<!").
  let noGreaterThan = false;
  for (let i = 0; ;) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) return undefined;
    const next = xml.charAt(lt + 1);
    if ((next === '?' || next === '!') && !noGreaterThan) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt !== -1) {
        i = gt + 1;
        continue;
      }
      noGreaterThan = true;
    }
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(lt, lt + 1024))?.[1];
    if (name !== undefined) return name;
    i = lt + 1;
  }
}

/** Whether the root's end tag is anywhere in the text (then the file was not cut short). */
function closesRoot(xml: string, root: string): boolean {
  return new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>`).test(xml);
}

function unclosedTags(message: string): string[] | undefined {
  const listed = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(message)?.[1];
  if (listed === undefined) return undefined;
  try {
    const names: unknown = JSON.parse(listed);
    if (!Array.isArray(names)) return undefined;
    const tags = names.filter((name: unknown): name is string => typeof name === 'string');
    return tags.length > 0 && tags.length === names.length ? tags : undefined;
  } catch {
    return undefined;
  }
}

function rootElement(doc: unknown): { name: string; node: Dict } | undefined {
  if (!isNode(doc)) return undefined;
  // The entry itself, not a lookup by its name: the name is the file's.
  const entry = Object.entries(doc).find(([key]) => !key.startsWith('?') && !key.startsWith('#'));
  if (entry === undefined) return undefined;
  const [name, value] = entry;
  const node = first(value);
  // <rss>text</rss> parses to a string: an element with nothing in it we can use.
  return { name, node: isNode(node) ? node : {} };
}
