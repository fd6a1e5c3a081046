// An analytics export's text cut into its tables and its `#` lines (read.ts reads them): the
// bytes decoded, GA4's preamble and the blank lines between its tables told from the tables.
// One pass over char codes; each table goes through the library's CSV parser.
import { detectSeparator, parseCsv } from '../csv/parse';
import { decodeText } from '../library/decode';

/** One table of an export: its header row and its rows, as the CSV parser read them. */
export interface Table {
  header: string[];
  rows: string[][];
}

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes to text: a BOM wins (decodeText); UTF-16LE without one shows zero high bytes in ASCII headers. */
export function decodeExport(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = bytes;
  const bom = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0xef && b1 === 0xbb && b2 === 0xbf);
  if (!bom && bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return new TextDecoder('utf-16le').decode(bytes);
  return withoutBom(decodeText(bytes));
}

/**
 * Cuts the text into tables: a `#` line or a blank line (outside quotes) ends a table. GA4 writes
 * its preamble and the separators between its tables this way; the other vendors write one table.
 */
export function splitTables(text: string): { tables: Table[]; comments: string[] } {
  const comments: string[] = [];
  const ranges: [number, number][] = [];
  let tableStart = -1;
  let pos = 0;
  const close = (end: number) => {
    if (tableStart !== -1) ranges.push([tableStart, end]);
    tableStart = -1;
  };
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const first = text.charCodeAt(pos);
    if (first === 0x23 /* # */) {
      close(pos);
      comments.push(text.slice(pos, lineEnd));
      pos = skipNewline(text, lineEnd);
    } else if (isBlank(text, pos, lineEnd)) {
      close(pos);
      pos = skipNewline(text, lineEnd);
    } else {
      if (tableStart === -1) tableStart = pos;
      // A record may span lines inside quotes: find its true end before looking at the next line.
      pos = skipNewline(text, endOfRecord(text, pos));
    }
  }
  close(text.length);
  const tables: Table[] = [];
  for (const [start, end] of ranges) {
    const body = text.slice(start, end);
    try {
      const parsed = parseCsv(body, { separator: detectSeparator(body) });
      tables.push({ header: parsed.header, rows: parsed.rows.map((row) => row.cells) });
    } catch {
      // A table the CSV parser refuses (stray quote in a title block) cannot be the data table;
      // the unknown-layout error names what was expected if nothing else matches.
    }
  }
  return { tables, comments };
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) break;
    i++;
  }
  return i;
}

/** The end of the record starting at `from`: its first newline outside quotes. */
function endOfRecord(text: string, from: number): number {
  let inQuotes = false;
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (code === 0x0a || code === 0x0d)) break;
  }
  return i;
}

function skipNewline(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) === 0x0a) i++;
  return i;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}
