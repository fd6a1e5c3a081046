// RSS (0.9x, 1.0 RDF, 2.0), Atom 1.0 and JSON Feed 1.x to raw items. Pure: it runs in the
// service worker, which has no DOMParser, so XML goes through fast-xml-parser.
import { DecodingMode, decodeHTML } from 'entities';
import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { htmlToText, squashUpTo } from '../html-text';
import { lineAt, squash } from '../text';
import { printable } from './binary';
import { jsonError } from './json-error';
import { ParseError, type ParsedFile, type RawItem } from './raw-item';

/** A parsed XML element (children, #text, @_attributes) or a JSON object. */
type Dict = { [name: string]: unknown };

/** The parts of a RawItem an importer fills; undefined means "not in the feed". */
type ItemFields = { [K in Exclude<keyof RawItem, 'where'>]?: RawItem[K] | undefined };

/** Where relative links of a feed or entry resolve, and the language items inherit. */
interface Context {
  base: string | undefined;
  language: string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Entry point

/**
 * Detects and parses an RSS, Atom or JSON Feed document. `baseUrl` (where the feed was fetched)
 * resolves relative links the feed itself gives no base for. Throws ParseError when the text is
 * not well-formed or not a feed: such a file yields no items at all.
 */
export function parseFeed(text: string, baseUrl?: string): ParsedFile {
  const start = text.search(/[^\s\uFEFF]/);
  if (start === -1) throw new ParseError('the file is empty');
  // Leading blank lines are a classic WordPress plugin bug; skip them, but keep line numbers true.
  const body = text.slice(start);
  const skippedLines = lineAt(text.slice(0, start)) - 1;
  if (body.startsWith('{') || body.startsWith('[')) return parseJsonFeed(body, baseUrl, skippedLines);
  if (body.startsWith('<')) return parseXmlFeed(body, baseUrl, skippedLines);
  throw new ParseError('not a feed: expected RSS or Atom (XML) or a JSON Feed');
}

// ---------------------------------------------------------------------------------------------
// XML

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

function parseXmlFeed(xml: string, baseUrl: string | undefined, skippedLines: number): ParsedFile {
  if (isHtmlPage(xml)) throw new ParseError('not a feed: this is an HTML page, not RSS or Atom');
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
    return new ParseError(`not well-formed XML: the file is cut short, it ends before <${printable(root)}> is closed`, `line ${lastLine + skippedLines}`);
  }
  return new ParseError(`not well-formed XML: ${printable(err.msg, 160)}`, `line ${err.line + skippedLines}`);
}

/** The name of the first element, skipping the prolog, comments and DOCTYPE. */
function rootName(xml: string): string | undefined {
  // One pass: `xml.replace(/<[?!][\s\S]*?>/g, '')` rescanned to the end from every "<!" when
  // no ">" follows (quadratic on a file of "<!").
  let noGreaterThan = false;
  for (let i = 0; ; ) {
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
  const name = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (name === undefined) return undefined;
  const node = first(doc[name]);
  // <rss>text</rss> parses to a string: an element with nothing in it we can use.
  return { name, node: isNode(node) ? node : {} };
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0, 0.9x and 1.0 (RDF: items are siblings of the channel, not children)

function parseRss(rootName: string, root: Dict, baseUrl: string | undefined): ParsedFile {
  if (root['channel'] === undefined && root['item'] === undefined) {
    throw new ParseError(`not a feed: <${printable(rootName)}> has no <channel>`);
  }
  const channel = asNode(root['channel']);
  const channelBase = xmlBase(channel, xmlBase(root, validBase(baseUrl)));
  const channelLink = firstText(channel['link']);
  const base = validBase(channelLink === undefined ? undefined : absolute(channelLink, channelBase)) ?? channelBase;
  const language = textOf(channel['language']) ?? textOf(channel['dc:language']);
  const items = channel['item'] !== undefined ? list(channel['item']) : list(root['item']);

  const parsed = emptyFile('rss', rssTitle(channel['title']), language);
  items.forEach((entry, index) => {
    const item = asNode(entry);
    collect(parsed, `item ${index + 1}`, rssItem(item, { base: xmlBase(item, base), language }));
  });
  return parsed;
}

function rssItem(item: Dict, context: Context): ItemFields {
  const guid = first(item['guid']);
  const guidText = textOf(guid);
  const about = attrOf(item, 'rdf:about');
  const permalink = attrOf(guid, 'isPermaLink') !== 'false' && isWebUrl(guidText) ? guidText : undefined;
  const textLink = firstText(item['link']);
  const summary = textOf(item['description']) ?? textOf(item['content:encoded']);
  return {
    id: guidText ?? about,
    // Some generators write an Atom-style <link href="..."/> in RSS; atomLink reads that shape.
    url: textLink === undefined ? (atomLink(item['link'], context.base) ?? permalink ?? about) : absolute(textLink, context.base),
    title: rssTitle(item['title']) ?? rssTitle(item['dc:title']),
    summary,
    // RSS descriptions are HTML by convention (escaped or in CDATA), plain text is valid HTML too.
    summaryIsHtml: summary === undefined ? undefined : true,
    publishedAt: textOf(item['pubDate']) ?? textOf(item['dc:date']),
    topics: topics([...list(item['category']), ...list(item['dc:subject'])].map((value) => rssTitle(value))),
    language: textOf(item['dc:language']) ?? context.language,
  };
}

/**
 * RSS titles are plain text that producers often escape once more, or put in CDATA with
 * entities inside ("Q&amp;A", "&#8217;"): decoding what is left is what every reader does.
 */
function rssTitle(value: unknown): string | undefined {
  const raw = textOf(value);
  // Cut before decoding: a title is kept to 300 characters, a hostile one may be megabytes.
  return raw === undefined ? undefined : nonEmpty(squashUpTo(decodeHTML(raw.slice(0, TITLE_READ), DecodingMode.Strict), TITLE_READ));
}

/** How much of a title or topic is read (entities included): far more than the 300 kept. */
const TITLE_READ = 16_384;

// ---------------------------------------------------------------------------------------------
// Atom 1.0 (and the Atom 0.3 date names, which cost nothing)

function parseAtom(feed: Dict, baseUrl: string | undefined): ParsedFile {
  const base = xmlBase(feed, validBase(baseUrl));
  const language = attrOf(feed, 'xml:lang');
  const parsed = emptyFile('atom', atomTitle(feed['title']), language);
  list(feed['entry']).forEach((value, index) => {
    const entry = asNode(value);
    const context = { base: xmlBase(entry, base), language: attrOf(entry, 'xml:lang') ?? language };
    collect(parsed, `item ${index + 1}`, atomEntry(entry, context));
  });
  return parsed;
}

function atomEntry(entry: Dict, context: Context): ItemFields {
  const summary = atomText(entry['summary']) ?? atomText(entry['content']);
  return {
    id: textOf(entry['id']),
    url: atomLink(entry['link'], context.base),
    title: atomTitle(entry['title']),
    summary: summary?.text,
    summaryIsHtml: summary?.isHtml,
    publishedAt: textOf(entry['published']) ?? textOf(entry['updated']) ?? textOf(entry['issued']) ?? textOf(entry['modified']),
    topics: topics(list(entry['category']).map((category) => attrOf(category, 'term') ?? attrOf(category, 'label'))),
    language: context.language,
  };
}

/** An Atom text construct: type="text" (the default), "html", "xhtml" or a MIME type. */
function atomText(value: unknown): { text: string; isHtml: boolean } | undefined {
  const element = first(value);
  const type = (attrOf(element, 'type') ?? 'text').toLowerCase();
  const text = textOf(element);
  if (text === undefined) return undefined;
  // "html", "xhtml", and MIME types such as text/html or application/xhtml+xml.
  if (type.includes('html')) return { text, isHtml: true };
  if (type === 'text' || type.startsWith('text/')) return { text, isHtml: false };
  // Base64 media or another MIME type: nothing a reader can show.
  return undefined;
}

function atomTitle(value: unknown): string | undefined {
  const title = atomText(value);
  if (!title) return undefined;
  return nonEmpty(title.isHtml ? htmlToText(title.text, TITLE_READ) : squashUpTo(title.text, TITLE_READ));
}

const ALTERNATE = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);

/** The entry's page: rel="alternate" or no rel, an HTML one first (not replies, edit, self...). */
function atomLink(links: unknown, base: string | undefined): string | undefined {
  const candidates = list(links).filter((link) => {
    const rel = attrOf(link, 'rel');
    return (rel === undefined || ALTERNATE.has(rel)) && hrefOf(link) !== undefined;
  });
  const chosen = candidates.find((link) => attrOf(link, 'type')?.toLowerCase() === 'text/html') ?? candidates[0];
  const href = hrefOf(chosen);
  return href === undefined ? undefined : absolute(href, xmlBase(asNode(chosen), base));
}

/** Atom puts the URL in href; a few old producers write <link>url</link>. */
function hrefOf(link: unknown): string | undefined {
  return attrOf(link, 'href') ?? (typeof link === 'string' ? nonEmpty(link.trim()) : undefined);
}

// ---------------------------------------------------------------------------------------------
// JSON Feed 1.0 / 1.1

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

function parseJsonFeed(json: string, baseUrl: string | undefined, skippedLines: number): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw jsonError(json, error, skippedLines);
  }
  if (!isNode(data) || typeof data['version'] !== 'string' || !JSON_FEED_VERSION.test(data['version'])) {
    throw new ParseError('not a JSON Feed: expected an object whose "version" starts with https://jsonfeed.org/version/');
  }
  const items = data['items'];
  if (!Array.isArray(items)) throw new ParseError('not a JSON Feed: "items" is not an array');

  const language = jsonString(data['language']);
  const homePage = jsonString(data['home_page_url']);
  const base = validBase(homePage === undefined ? undefined : absolute(homePage, validBase(baseUrl))) ?? validBase(baseUrl);
  const parsed = emptyFile('json-feed', jsonString(data['title']), language);
  items.forEach((item: unknown, index) => {
    const where = `item ${index + 1}`;
    if (!isNode(item)) parsed.rejected.push({ where, reason: 'not an object' });
    else collect(parsed, where, jsonFeedItem(item, { base, language }));
  });
  return parsed;
}

function jsonFeedItem(item: Dict, context: Context): ItemFields {
  const link = jsonString(item['url']) ?? jsonString(item['external_url']);
  const plain = jsonString(item['summary']) ?? jsonString(item['content_text']);
  const html = plain === undefined ? jsonString(item['content_html']) : undefined;
  const summary = plain ?? html;
  const id = item['id'];
  return {
    // The spec says string, but numeric ids are common in hand-made feeds.
    id: typeof id === 'number' && Number.isFinite(id) ? String(id) : jsonString(id),
    url: link === undefined ? undefined : absolute(link, context.base),
    title: jsonString(item['title']),
    summary,
    summaryIsHtml: summary === undefined ? undefined : html !== undefined,
    publishedAt: jsonString(item['date_published']) ?? jsonString(item['date_modified']),
    topics: topics(Array.isArray(item['tags']) ? item['tags'].map((tag: unknown) => jsonString(tag)) : []),
    language: jsonString(item['language']) ?? context.language,
  };
}

function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' ? nonEmpty(value.trim()) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Shared

function emptyFile(kind: ParsedFile['kind'], title: string | undefined, language: string | undefined): ParsedFile {
  const parsed: ParsedFile = { kind, items: [], rejected: [] };
  if (title !== undefined) parsed.title = title;
  if (language !== undefined) parsed.language = language;
  return parsed;
}

/** Keeps the item, or rejects it when nothing could ever identify it. Dates are the library's call. */
function collect(parsed: ParsedFile, where: string, fields: ItemFields): void {
  if (fields.url === undefined && fields.title === undefined) {
    parsed.rejected.push({ where, reason: 'no link and no title' });
    return;
  }
  const item: RawItem = { where };
  // exactOptionalPropertyTypes: absent fields are left out, never set to undefined.
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(item, { [key]: value });
  }
  parsed.items.push(item);
}

/** Distinct, trimmed, non-empty topics in feed order; undefined when there are none. */
function topics(values: (string | undefined)[]): string[] | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    const topic = value === undefined ? '' : squash(value);
    if (topic !== '') seen.add(topic);
  }
  return seen.size > 0 ? [...seen] : undefined;
}

function isNode(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asNode(value: unknown): Dict {
  const element = first(value);
  return isNode(element) ? element : {};
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Trimmed text of an element: a plain string, or #text when it has attributes. */
function textOf(value: unknown): string | undefined {
  const element = first(value);
  const text = typeof element === 'string' ? element : isNode(element) ? element['#text'] : undefined;
  return typeof text === 'string' ? nonEmpty(text.trim()) : undefined;
}

/** The first element of a repeated one that has text (RSS feeds sometimes leave a <link/> empty). */
function firstText(value: unknown): string | undefined {
  for (const element of list(value)) {
    const text = textOf(element);
    if (text !== undefined) return text;
  }
  return undefined;
}

function attrOf(value: unknown, name: string): string | undefined {
  const element = first(value);
  const attribute = isNode(element) ? element[`@_${name}`] : undefined;
  return typeof attribute === 'string' ? nonEmpty(attribute.trim()) : undefined;
}

function nonEmpty(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** `href` made absolute against `base` when possible; as found otherwise. */
function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** `url` when it is an absolute URL that relative links can be resolved against. */
function validBase(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** The base an element's xml:base sets for its content (itself relative to the parent's base). */
function xmlBase(element: Dict, parentBase: string | undefined): string | undefined {
  const declared = attrOf(element, 'xml:base');
  if (declared === undefined) return parentBase;
  return validBase(absolute(declared, parentBase)) ?? parentBase;
}

function isWebUrl(text: string | undefined): text is string {
  return text !== undefined && /^https?:\/\/\S+$/i.test(text);
}

