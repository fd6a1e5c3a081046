// JSON Feed 1.0 / 1.1 to raw items.
import {
  TOPICS_READ,
  absolute,
  collect,
  emptyFile,
  feedItems,
  isNode,
  nonEmpty,
  topics,
  validBase,
  type Context,
  type Dict,
  type ItemFields,
} from './feed-fields';
import { jsonItemExtras } from './feed-pack';
import { jsonError } from './json-error';
import { packOf } from './json-items';
import { ParseError, type ParsedFile } from './raw-item';

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

export function parseJsonFeed(json: string, baseUrl: string | undefined, skippedLines: number): ParsedFile {
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
  const extension = data['_nurture'];
  if (isNode(extension) && extension['pack'] !== undefined) parsed.pack = packOf(extension['pack']);
  feedItems<unknown>(parsed, items).forEach((item, index) => {
    const where = `item ${index + 1}`;
    if (!isNode(item)) parsed.rejected.push({ where, reason: 'not an object' });
    else collect(parsed, where, { ...jsonFeedItem(item, { base, language }), ...jsonItemExtras(item) });
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
    topics: topics(Array.isArray(item['tags']) ? item['tags'].slice(0, TOPICS_READ).map((tag: unknown) => jsonString(tag)) : []),
    language: jsonString(item['language']) ?? context.language,
  };
}

function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' ? nonEmpty(value.trim()) : undefined;
}
