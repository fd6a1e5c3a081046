// HTML from feeds (summaries, Atom type="html" titles) reduced to plain text. No DOM: this
// runs in the service worker. The result is only ever shown as text, never parsed as HTML.
import { decodeHTML } from 'entities';
import { squash } from './text';

const DROP_WITH_CONTENT = /<(script|style|noscript|template|iframe|object|svg|math|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[|\]\]>/g;
const BLOCK_TAGS = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|header|footer|figure|figcaption|pre|hr)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>|<![^>]*>|<\?[^>]*>/g;

export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENTS, ' ')
    .replace(DROP_WITH_CONTENT, ' ')
    .replace(BLOCK_TAGS, ' ')
    .replace(ANY_TAG, '');
  // Decode after removing tags, so "&lt;script&gt;" becomes the harmless text "<script>".
  return squash(decodeHTML(text).replace(/\u00a0/g, ' '));
}
