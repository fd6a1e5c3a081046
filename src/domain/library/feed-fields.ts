// What the feed readers (feed-rss, feed-atom, feed-json, feed-xml) share: the parsed-element
// shape, the item fields they fill, and small readers of elements, text and links.
import { squash } from '../text/fold';
import type { ParsedFile, RawItem, Rejection } from './raw-item';
import type { ReadAttribute } from './xml-markup';

/** A parsed XML element (children, #text, @_attributes) or a JSON object. */
export type Dict = { [name: string]: unknown };

/** The parts of a RawItem an importer fills; undefined means "not in the feed". */
export type ItemFields = { [K in Exclude<keyof RawItem, 'where'>]?: RawItem[K] | undefined };

/** Where relative links of a feed or entry resolve, and the language items inherit. */
export interface Context {
  base: string | undefined;
  language: string | undefined;
}

/** How much of a title or topic is read (entities included): far more than the 300 kept. */
export const TITLE_READ = 16_384;

/**
 * Items read from one file or feed, in its order (feeds are written newest first). A real feed
 * carries 10 to a few hundred, a podcast's archive a few thousand; 20 MB of tiny items would be
 * 300,000 to 800,000, about 10 µs each to check and 15 more to read from XML (issue 24): 7 s or
 * more of the worker's time, and as many records to store.
 */
export const MAX_ITEMS = 10_000;

/** Categories or tags read per item: far more than the 20 kept (LIMITS.tags). */
export const TOPICS_READ = 64;

/** What the report says of the items past MAX_ITEMS, from the first of them on. */
export function notRead(from: string, count: number): Rejection {
  return {
    where: `${from} and after`,
    reason: `not read: ${count.toLocaleString('en')} items past the first ${MAX_ITEMS.toLocaleString('en')}, as many as a file or feed is read up to`,
  };
}

/** A feed's first MAX_ITEMS items (read before their fields are): the rest reported once, as not read. */
export function feedItems<T>(parsed: ParsedFile, items: readonly T[]): readonly T[] {
  if (items.length <= MAX_ITEMS) return items;
  parsed.rejected.push(notRead(`item ${MAX_ITEMS + 1}`, items.length - MAX_ITEMS));
  return items.slice(0, MAX_ITEMS);
}

export function emptyFile(kind: ParsedFile['kind'], title: string | undefined, language: string | undefined): ParsedFile {
  const parsed: ParsedFile = { kind, items: [], rejected: [] };
  if (title !== undefined) parsed.title = title;
  if (language !== undefined) parsed.language = language;
  return parsed;
}

/** Keeps the item, or rejects it when nothing could ever identify it. Dates are the library's call. */
export function collect(parsed: ParsedFile, where: string, fields: ItemFields): void {
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
export function topics(values: (string | undefined)[]): string[] | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    const topic = value === undefined ? '' : squash(value);
    if (topic !== '') seen.add(topic);
  }
  return seen.size > 0 ? [...seen] : undefined;
}

export function isNode(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asNode(value: unknown): Dict {
  const element = first(value);
  return isNode(element) ? element : {};
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Trimmed text of an element: a plain string, or #text when it has attributes. */
export function textOf(value: unknown): string | undefined {
  const element = first(value);
  const text = typeof element === 'string' ? element : isNode(element) ? element['#text'] : undefined;
  return typeof text === 'string' ? nonEmpty(text.trim()) : undefined;
}

/** The first element of a repeated one that has text (RSS feeds sometimes leave a <link/> empty). */
export function firstText(value: unknown): string | undefined {
  for (const element of list(value)) {
    const text = textOf(element);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** An attribute's trimmed value. Only the READ_ATTRIBUTES reach the parser: the others are dropped before it. */
export function attrOf(value: unknown, name: ReadAttribute): string | undefined {
  const element = first(value);
  const attribute = isNode(element) ? element[`@_${name}`] : undefined;
  return typeof attribute === 'string' ? nonEmpty(attribute.trim()) : undefined;
}

export function nonEmpty(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** `href` made absolute against `base` when possible; as found otherwise. */
export function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** `url` when it is an absolute URL that relative links can be resolved against. */
export function validBase(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** The base an element's xml:base sets for its content (itself relative to the parent's base). */
export function xmlBase(element: Dict, parentBase: string | undefined): string | undefined {
  const declared = attrOf(element, 'xml:base');
  if (declared === undefined) return parentBase;
  return validBase(absolute(declared, parentBase)) ?? parentBase;
}

export function isWebUrl(text: string | undefined): text is string {
  return text !== undefined && /^https?:\/\/\S+$/i.test(text);
}
