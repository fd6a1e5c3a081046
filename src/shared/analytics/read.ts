// Web analytics exports (Google Analytics 4, Matomo, Plausible, HubSpot) read into visits per
// utm_content value, for the clicks join (join.ts). Pure: the service worker and the tests call
// it alike. What each vendor writes, and where that was read, is in docs/analytics-imports.md.
//
// Cost is linear in the file: one pass cuts the text into tables and `#` lines, each table goes
// through the library's CSV parser (one pass over char codes), and every cell is looked at once.
// No regular expression runs on a cell of unbounded length.

import { parseCsv, type CsvSeparator } from '../csv/parse';
import { decodeText } from '../library/decode';

export type AnalyticsVendor = 'ga4' | 'matomo' | 'plausible' | 'hubspot';

export interface AnalyticsRow {
  /** The utm_content value as the vendor wrote it (trimmed). */
  content: string;
  sessions: number;
  engaged?: number;
  views?: number;
}

export interface AnalyticsPeriod {
  /** yyyy-mm-dd, both ends included. */
  from: string;
  to: string;
}

export interface AnalyticsExport {
  vendor: AnalyticsVendor;
  period: AnalyticsPeriod | null;
  rows: AnalyticsRow[];
  /** Rows left out because a count cell was not a number ("=1+1", "n/a"): said, never guessed. */
  skipped: number;
}

interface Layout {
  vendor: AnalyticsVendor;
  name: string;
  /** Header names, lower case, in order of preference. */
  content: readonly string[];
  sessions: readonly string[];
  engaged: readonly string[];
  views: readonly string[];
}

// Order matters only where two layouts could share a header: HubSpot's "UTM content" is told
// from Plausible's "utm_content" by the space, Matomo's "label" is its own.
const LAYOUTS: readonly Layout[] = [
  {
    vendor: 'ga4',
    name: 'Google Analytics 4',
    content: ['session manual ad content', 'manual ad content'],
    sessions: ['sessions'],
    engaged: ['engaged sessions'],
    views: ['views'],
  },
  { vendor: 'hubspot', name: 'HubSpot', content: ['utm content'], sessions: ['sessions'], engaged: [], views: ['page views', 'pageviews'] },
  { vendor: 'matomo', name: 'Matomo', content: ['label', 'campaign content'], sessions: ['nb_visits', 'visits'], engaged: [], views: [] },
  // Plausible's dashboard export (utm_contents.csv) has visitors but no visits: visitors stand in.
  { vendor: 'plausible', name: 'Plausible', content: ['name', 'utm_content'], sessions: ['visits', 'visitors'], engaged: [], views: ['pageviews'] },
];

/** Column names that make a table a time series; a table without one is preferred (see pickTable). */
const TIME_COLUMNS = new Set(['nth day', 'date', 'day', 'week', 'month', 'nth week', 'nth month']);

/** Rows that are sums of the others, never a utm_content value of anyone's. */
const TOTAL_LABELS = new Set(['grand total', 'total', 'totals']);

const MAX_COUNT_CHARS = 24;

interface Table {
  header: string[];
  rows: string[][];
}

/**
 * Reads an analytics export: text, or the file's bytes (Matomo's TSV is UTF-16LE with a byte-order
 * mark; the BOM, or the zero bytes of UTF-16 text without one, choose the decoding).
 * Throws an Error naming the columns each layout expects when no table matches one.
 */
export function readAnalyticsExport(input: string | Uint8Array): AnalyticsExport {
  const text = typeof input === 'string' ? withoutBom(input) : decodeExport(input);
  const { tables, comments } = splitTables(text);
  const picked = pickTable(tables);
  if (!picked) throw new Error(unknownLayoutMessage(tables));
  const { table, layout, columns } = picked;
  const rows: AnalyticsRow[] = [];
  let skipped = 0;
  for (const cells of table.rows) {
    const content = (cells[columns.content] ?? '').trim();
    if (content === '' || TOTAL_LABELS.has(content.toLowerCase())) continue;
    const sessions = readCount(cells[columns.sessions]);
    const engaged = columns.engaged === -1 ? undefined : readCount(cells[columns.engaged]);
    const views = columns.views === -1 ? undefined : readCount(cells[columns.views]);
    if (sessions === null || engaged === null || views === null) {
      skipped++;
      continue;
    }
    const row: AnalyticsRow = { content, sessions };
    if (engaged !== undefined) row.engaged = engaged;
    if (views !== undefined) row.views = views;
    rows.push(row);
  }
  const period = periodFromComments(comments) ?? periodFromDates(table, columns.date);
  return { vendor: layout.vendor, period, rows, skipped };
}

function withoutBom(text: string): string {
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
function splitTables(text: string): { tables: Table[]; comments: string[] } {
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
      const parsed = parseCsv(body, { separator: separatorOf(body) });
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

/** Matomo's TSV is tab-separated; the rest comma. Decided on the header line alone. */
function separatorOf(body: string): CsvSeparator {
  const headerEnd = endOfRecord(body, 0);
  let tabs = 0;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < headerEnd; i++) {
    const code = body.charCodeAt(i);
    if (code === 0x09) tabs++;
    else if (code === 0x2c) commas++;
    else if (code === 0x3b) semicolons++;
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

interface Columns {
  content: number;
  sessions: number;
  engaged: number;
  views: number;
  date: number;
}

function columnOf(names: readonly string[], header: readonly string[]): number {
  for (const name of names) {
    const at = header.indexOf(name);
    if (at !== -1) return at;
  }
  return -1;
}

function match(layout: Layout, header: readonly string[]): Columns | null {
  const content = columnOf(layout.content, header);
  const sessions = columnOf(layout.sessions, header);
  if (content === -1 || sessions === -1) return null;
  return { content, sessions, engaged: columnOf(layout.engaged, header), views: columnOf(layout.views, header), date: header.indexOf('date') };
}

/**
 * The table to read: the first that matches a layout and has no time column, else the first
 * that matches. GA4 reports may carry a time series beside the table; summing both would count
 * every visit twice. Matomo and Plausible files with a date column are read whole (one row per day).
 */
function pickTable(tables: readonly Table[]): { table: Table; layout: Layout; columns: Columns } | null {
  let fallback: { table: Table; layout: Layout; columns: Columns } | null = null;
  for (const table of tables) {
    const header = table.header.map((name) => name.trim().toLowerCase());
    for (const layout of LAYOUTS) {
      const columns = match(layout, header);
      if (!columns) continue;
      const found = { table, layout, columns };
      if (!header.some((name) => TIME_COLUMNS.has(name))) return found;
      fallback ??= found;
      break;
    }
  }
  return fallback;
}

function unknownLayoutMessage(tables: readonly Table[]): string {
  const expected = LAYOUTS.map((layout) => `'${layout.content[0]}' with '${layout.sessions[0]}' (${layout.name})`);
  const seen = tables[0]?.header.slice(0, 8).map((name) => `'${name.trim().slice(0, 40)}'`).join(', ');
  return `This file is not an analytics export Nurture can read: expected a column ${expected.join(', ')}${seen ? `; its first table has ${seen}` : ''}.`;
}

/**
 * A visit count: "1,234", "1 234", "1.234" (thousands grouped), "1234", "" (GA4 leaves zeros
 * empty in some tables). Null when it is no count: the row is skipped, not guessed.
 */
export function readCount(cell: string | undefined): number | null {
  if (cell === undefined) return 0;
  const text = cell.trim();
  if (text === '') return 0;
  if (text.length > MAX_COUNT_CHARS) return null;
  let digits = '';
  let groupSeparator = '';
  let sinceSeparator = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      if (sinceSeparator !== -1) sinceSeparator++;
      continue;
    }
    // Thousands separators: comma, dot, space, no-break spaces, apostrophe (Swiss).
    if (ch === ',' || ch === '.' || ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === "'") {
      if (digits === '' || (groupSeparator !== '' && ch !== groupSeparator) || (sinceSeparator !== -1 && sinceSeparator !== 3)) return null;
      groupSeparator = ch;
      sinceSeparator = 0;
      continue;
    }
    return null;
  }
  // "12.5" is a rate, not a count; a group always has three digits.
  if (digits === '' || (sinceSeparator !== -1 && sinceSeparator !== 3)) return null;
  return Number(digits);
}

/** GA4's "# Start date: 20261101" and "# End date: 20261130" lines. */
function periodFromComments(comments: readonly string[]): AnalyticsPeriod | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const line of comments) {
    const body = line.slice(1).trim();
    const colon = body.indexOf(':');
    if (colon === -1) continue;
    const name = body.slice(0, colon).trim().toLowerCase();
    if (name !== 'start date' && name !== 'end date') continue;
    const day = compactDate(body.slice(colon + 1).trim());
    if (day === null) continue;
    if (name === 'start date') from ??= day;
    else to ??= day;
  }
  return from !== null && to !== null && from <= to ? { from, to } : null;
}

/** "20261101" to "2026-11-01", or null. */
function compactDate(text: string): string | null {
  if (text.length !== 8) return null;
  for (let i = 0; i < 8; i++) if (text.charCodeAt(i) < 0x30 || text.charCodeAt(i) > 0x39) return null;
  return validDay(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
}

function validDay(day: string): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? day : null;
}

/** Matomo (several periods) and Plausible (imported_*.csv) write a date per row: the period spans them. */
function periodFromDates(table: Table, column: number): AnalyticsPeriod | null {
  if (column === -1) return null;
  let from: string | null = null;
  let to: string | null = null;
  for (const cells of table.rows) {
    const text = (cells[column] ?? '').trim();
    if (text === '') continue;
    const day = isoDay(text) ?? compactDate(text);
    // One date we cannot read makes the period unknown rather than wrong.
    if (day === null) return null;
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  return from !== null && to !== null ? { from, to } : null;
}

function isoDay(text: string): string | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (text.charCodeAt(i) < 0x30 || text.charCodeAt(i) > 0x39) return null;
  return validDay(text);
}
