// HTML from feeds (summaries, Atom type="html" titles) reduced to plain text. No DOM: this
// runs in the service worker. The result is only ever shown as text, never parsed as HTML.
//
// One pass, left to right, with no regular expression over the input: a feed is hostile text
// of up to 20 MB, and the regex this replaces (script|style blocks with a lazy `[\s\S]*?` up to
// the closing tag) went quadratic on many unclosed <script> tags (1 MB took 12 s). Every search
// below starts where the previous one stopped, or is never repeated once it has failed, so the
// work is linear in the input; and it stops as soon as `max` characters of text are out, so a
// summary costs what its 600 characters cost, not what the feed author sent.
import { decodeHTML } from 'entities';

/** Elements whose content is never text for a reader: dropped with their content. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head']);
/** Elements that separate words: replaced with a space ("<p>One</p><p>Two</p>" -> "One Two"). */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'pre',
  'hr',
]);

/** Counts the characters the scanner examines: tests use it to prove the pass is linear. */
export interface ScanMeter {
  steps: number;
}

/** White space as `\s` defines it, one char code at a time. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * What a run of white space becomes: one space, except a lone no-break space (U+00A0, U+202F),
 * which French typography puts before ":" or "?" and which must not let the line break there.
 */
function runOf(piece: string, start: number, end: number): string {
  const code = piece.charCodeAt(start);
  return end - start === 1 && (code === 0xa0 || code === 0x202f) ? piece[start]! : ' ';
}

/**
 * Text collected piece by piece with white space runs collapsed to one space, up to a limit:
 * `full` turns true once more than `max` characters are in, which is all `truncate` needs.
 */
export class SquashedText {
  private out = '';
  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.out.length > this.max;
  }

  add(piece: string): void {
    if (this.full || piece === '') return;
    // Never more than we may keep: a piece is at least as long as what it squashes to.
    const room = this.max + 2 - this.out.length;
    let squashed = '';
    let runStart = -1;
    let from = 0;
    const end = Math.min(piece.length, room * 64 + 64);
    for (let i = 0; i < end && squashed.length <= room; i++) {
      if (isSpace(piece.charCodeAt(i))) {
        if (runStart === -1) runStart = i;
      } else if (runStart !== -1) {
        squashed += piece.slice(from, runStart) + runOf(piece, runStart, i);
        from = i;
        runStart = -1;
      }
    }
    squashed += runStart === -1 ? piece.slice(from, end) : piece.slice(from, runStart) + runOf(piece, runStart, end);
    if (squashed.startsWith(' ') && (this.out === '' || this.out.endsWith(' '))) squashed = squashed.slice(1);
    // One character past the limit is all `truncate` needs to know there is more.
    this.out += squashed.slice(0, this.max + 1 - this.out.length);
  }

  space(): void {
    if (!this.full && this.out !== '' && !this.out.endsWith(' ')) this.out += ' ';
  }

  text(): string {
    return this.out.trim();
  }
}

/**
 * `text` with white space runs collapsed and trimmed, like `squash`, but reading no further than
 * needed for `max` characters: pass the result to `truncate(…, max)`.
 */
export function squashUpTo(text: string, max: number): string {
  const sink = new SquashedText(max);
  // Pieces of 4 KiB: white space never spans a cut unnoticed (add() joins runs across pieces).
  for (let i = 0; i < text.length && !sink.full; i += 4096) sink.add(text.slice(i, i + 4096));
  return sink.text();
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Plain text of an HTML fragment: tags removed (block tags leave a space), script/style-like
 * elements removed with their content, comments removed, entities decoded, white space squashed.
 * At most a little more than `max` characters come out: enough for `truncate(…, max)` to cut and
 * add its ellipsis.
 */
export function htmlToText(html: string, max = Number.POSITIVE_INFINITY, meter?: ScanMeter): string {
  const sink = new SquashedText(max);
  const length = html.length;
  // Where a search for a character or string ended without finding it: searching again from a
  // later position would fail again, so it is never repeated (that is what keeps the pass linear).
  let noGreaterThanFrom = Number.POSITIVE_INFINITY;

  const find = (needle: string, from: number): number => {
    const at = html.indexOf(needle, from);
    if (meter) meter.steps += (at === -1 ? length : at + needle.length) - from;
    return at;
  };
  const findGreaterThan = (from: number): number => {
    if (from >= noGreaterThanFrom) return -1;
    const at = find('>', from);
    if (at === -1) noGreaterThanFrom = from;
    return at;
  };
  // Text is decoded piece by piece, after the tags around it are gone, so "&lt;script&gt;"
  // becomes the harmless text "<script>". Pieces are at most `window` characters (an entity is at
  // most 32 characters for one), cut before they are decoded, and none is read once the sink is
  // full: an entity or white space flood costs what its first characters cost.
  const window = Number.isFinite(max) ? (max + 2) * 40 : Number.POSITIVE_INFINITY;
  const text = (from: number, to: number): void => {
    for (let start = from; start < to && !sink.full; start += window) {
      const raw = html.slice(start, Math.min(to, start + window));
      if (meter) meter.steps += raw.length;
      sink.add(raw.includes('&') ? decodeHTML(raw) : raw);
    }
  };
  /** The next "<" at or after `from`, looking no further than one window: -1 when there is none in it. */
  const findTagStart = (from: number): { at: number; searched: number } => {
    if (!Number.isFinite(window)) return { at: find('<', from), searched: length };
    const end = Math.min(length, from + window);
    const at = html.slice(from, end).indexOf('<');
    if (meter) meter.steps += at === -1 ? end - from : at + 1;
    return { at: at === -1 ? -1 : from + at, searched: end };
  };
  /** The name of a tag starting at `at` (after "<" or "</"), lower case, and where it ends. */
  const tagName = (at: number): { name: string; end: number } => {
    let end = at;
    while (end < length) {
      const code = html.charCodeAt(end);
      if (!(isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a)) break;
      end++;
    }
    if (meter) meter.steps += end - at;
    return { name: html.slice(at, end).toLowerCase(), end };
  };
  /** The position after `</name\s*>` at or after `from`, or -1 when the element is never closed. */
  const closingTagEnd = (name: string, from: number): number => {
    for (let at = find('</', from); at !== -1; at = find('</', at + 2)) {
      const tag = tagName(at + 2);
      if (tag.name !== name) continue;
      let end = tag.end;
      while (end < length && isSpace(html.charCodeAt(end))) end++;
      if (meter) meter.steps += end - tag.end;
      if (html.charCodeAt(end) === 0x3e) return end + 1;
    }
    return -1;
  };

  let i = 0;
  let textStart = 0;
  while (i < length && !sink.full) {
    const { at: lt, searched } = findTagStart(i);
    if (lt === -1) {
      if (searched >= length) break;
      // No markup in this window: its text goes out, and the next window is searched.
      text(textStart, searched);
      textStart = i = searched;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      text(textStart, lt);
      sink.space();
      const close = find('-->', lt + 4);
      if (close === -1) {
        // A comment never closed hides the rest, as in a browser.
        textStart = i = length;
        break;
      }
      textStart = i = close + 3;
    } else if (html.startsWith('<![CDATA[', lt)) {
      text(textStart, lt);
      sink.space();
      textStart = i = lt + 9;
    } else if (next === 0x21 || next === 0x3f || isLetter(next) || (next === 0x2f && isLetter(html.charCodeAt(lt + 2)))) {
      // <!doctype …>, <?pi …?>, <tag …>, </tag>: up to the next ">". Without one it is text.
      const gt = findGreaterThan(lt + 1);
      if (gt === -1) break;
      text(textStart, lt);
      const closing = next === 0x2f;
      const name = isLetter(next) || closing ? tagName(lt + (closing ? 2 : 1)).name : '';
      if (BLOCK_TAGS.has(name)) sink.space();
      i = gt + 1;
      if (!closing && DROP_WITH_CONTENT.has(name)) {
        sink.space();
        // An element never closed is dropped to the end, as a browser would treat the rest as script.
        const end = html.charCodeAt(gt - 1) === 0x2f ? gt + 1 : closingTagEnd(name, gt + 1);
        i = end === -1 ? length : end;
      }
      textStart = i;
    } else {
      // A "<" that starts no tag ("a < b") is text.
      i = lt + 1;
    }
  }
  if (!sink.full) text(textStart, length);
  // "]]>" ends a CDATA section: dropped, as the "<![CDATA[" that opened it (the output is short).
  return sink.text().replace(/\]\]>/g, ' ').replace(/ {2,}/g, ' ').trim();
}
