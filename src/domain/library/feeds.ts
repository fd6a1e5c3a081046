// RSS (0.9x, 1.0 RDF, 2.0), Atom 1.0 and JSON Feed 1.x to raw items: tells XML from JSON and
// hands the text to its reader (feed-xml.ts for RSS and Atom, feed-json.ts). Pure: it runs in
// the service worker.
import { lineAt } from '../text/fold';
import { parseJsonFeed } from './feed-json';
import { parseXmlFeed } from './feed-xml';
import { ParseError, type ParsedFile } from './raw-item';

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
