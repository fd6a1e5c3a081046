// Atom 1.0 (and the Atom 0.3 date names, which cost nothing) to raw items.
import { htmlToText, squashUpTo } from '../text/html-text';
import {
  TITLE_READ,
  TOPICS_READ,
  absolute,
  asNode,
  attrOf,
  collect,
  emptyFile,
  feedItems,
  first,
  list,
  nonEmpty,
  textOf,
  topics,
  validBase,
  xmlBase,
  type Context,
  type Dict,
  type ItemFields,
} from './feed-fields';
import { packPrefix, xmlItemExtras, xmlPack } from './feed-pack';
import { readPack } from './pack';
import type { ParsedFile } from './raw-item';

export function parseAtom(feed: Dict, baseUrl: string | undefined): ParsedFile {
  const base = xmlBase(feed, validBase(baseUrl));
  const language = attrOf(feed, 'xml:lang');
  const parsed = emptyFile('atom', atomTitle(feed['title']), language);
  const prefix = packPrefix(feed);
  const pack = xmlPack(feed, prefix);
  if (pack) parsed.pack = readPack(pack);
  feedItems(parsed, list(feed['entry'])).forEach((value, index) => {
    const entry = asNode(value);
    const context = { base: xmlBase(entry, base), language: attrOf(entry, 'xml:lang') ?? language };
    collect(parsed, `item ${index + 1}`, { ...atomEntry(entry, context), ...xmlItemExtras(entry, prefix) });
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
    topics: topics(
      list(entry['category'])
        .slice(0, TOPICS_READ)
        .map((category) => attrOf(category, 'term') ?? attrOf(category, 'label')),
    ),
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
export function atomLink(links: unknown, base: string | undefined): string | undefined {
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
