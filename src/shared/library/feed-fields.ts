// What the feed readers (feed-rss, feed-atom, feed-json, feed-xml) share: the parsed-element
// shape, the item fields they fill, and small readers of elements, text and links.
import { squash } from '../text';
import type { ParsedFile, RawItem } from './raw-item';

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

export function attrOf(value: unknown, name: string): string | undefined {
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

