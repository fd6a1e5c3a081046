// One entry for every library file or feed: tells RSS/Atom, JSON Feed, our JSON and CSV
// apart from their content (file names and content types lie), then parses.
import { parseCsvItems } from './csv-items';
import { parseFeed } from './feeds';
import { parseJsonItems } from './json-items';
import type { ParsedFile } from './raw-item';

export function parseLibraryText(text: string, hints: { baseUrl?: string } = {}): ParsedFile {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return parseFeed(text, hints.baseUrl);
  if (start.startsWith('{') || start.startsWith('[')) {
    // JSON Feed declares itself in its first keys; everything else JSON is our own format.
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start.slice(0, 4096)) ? parseFeed(text, hints.baseUrl) : parseJsonItems(text);
  }
  return parseCsvItems(text);
}
