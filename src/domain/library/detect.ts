// One entry for every library file or feed: tells RSS/Atom, JSON Feed, our JSON and CSV
// apart from their content (file names and content types lie), then parses.
import { binaryKind } from './binary';
import { parseCsvItems } from './csv-items';
import { MAX_ITEMS, notRead } from './feed-fields';
import { parseFeed } from './feeds';
import { parseJsonItems } from './json-items';
import { ParseError, type ParsedFile } from './raw-item';

/**
 * Throws ParseError, with a message for the user, when the text is no feed or library file.
 * Items past the first MAX_ITEMS are not read (feeds stop before reading them, files here):
 * one rejection says so.
 */
export function parseLibraryText(text: string, hints: { baseUrl?: string } = {}): ParsedFile {
  const parsed = parseAnyText(text, hints);
  const past = parsed.items[MAX_ITEMS];
  if (past !== undefined) {
    parsed.rejected.push(notRead(past.where, parsed.items.length - MAX_ITEMS));
    parsed.items.length = MAX_ITEMS;
  }
  return parsed;
}

function parseAnyText(text: string, hints: { baseUrl?: string }): ParsedFile {
  // Before any parser: an image or a spreadsheet would otherwise be "a CSV without a url column".
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ParseError('the file is empty');
  const binary = binaryKind(text.replace(/^\uFEFF/, ''));
  if (binary !== null) throw new ParseError(`this is ${binary}, not a feed or a library file (RSS, Atom, JSON Feed, JSON or CSV)`);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return parseFeed(text, hints.baseUrl);
  if (start.startsWith('{') || start.startsWith('[')) {
    // JSON Feed declares itself in its first keys; everything else JSON is our own format.
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start.slice(0, 4096))
      ? parseFeed(text, hints.baseUrl)
      : parseJsonItems(text);
  }
  return parseCsvItems(text);
}
