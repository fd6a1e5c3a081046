// RSS 2.0, 0.9x and 1.0 (RDF: items are siblings of the channel, not children) to raw items.
import { DecodingMode, decodeHTML } from 'entities';
import { squashUpTo } from '../text/html-text';
import { printable } from './binary';
import { atomLink } from './feed-atom';
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
  firstText,
  isWebUrl,
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
import { ParseError, type ParsedFile } from './raw-item';

export function parseRss(rootName: string, root: Dict, baseUrl: string | undefined): ParsedFile {
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
  const prefix = packPrefix(root);
  const pack = xmlPack(channel, prefix);
  if (pack) parsed.pack = readPack(pack);
  feedItems(parsed, items).forEach((entry, index) => {
    const item = asNode(entry);
    collect(parsed, `item ${index + 1}`, { ...rssItem(item, { base: xmlBase(item, base), language }), ...xmlItemExtras(item, prefix) });
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
    topics: topics(
      [...list(item['category']).slice(0, TOPICS_READ), ...list(item['dc:subject']).slice(0, TOPICS_READ)].map((value) => rssTitle(value)),
    ),
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
