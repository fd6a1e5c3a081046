// Web analytics exports (Google Analytics 4, Matomo, Plausible, HubSpot) read into visits per
// utm_content value, for the clicks join (join.ts). Pure: the service worker and the tests call
// it alike. What each vendor writes, and where that was read, is in docs/analytics-imports.md.
//
// Cost is linear in the file: one pass cuts the text into tables and `#` lines, each table goes
// through the library's CSV parser (one pass over char codes), and every cell is looked at once.
// No regular expression runs on a cell of unbounded length.

import { decodeExport, splitTables, withoutBom, type Table } from './tables';

export type AnalyticsVendor = 'ga4' | 'matomo' | 'plausible' | 'hubspot';

export interface AnalyticsRow {
  /** The utm_content value as the vendor wrote it (trimmed). */
  content: string;
  sessions: number;
  engaged?: number;
  views?: number;
  /** yyyy-mm-dd, when the export writes a date per row (a Date dimension, Matomo's several periods). */
  day?: string;
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
  {
    vendor: 'plausible',
    name: 'Plausible',
    content: ['name', 'utm_content'],
    sessions: ['visits', 'visitors'],
    engaged: [],
    views: ['pageviews'],
  },
];

/** Column names that make a table a time series; a table without one is preferred (see pickTable). */
const TIME_COLUMNS = new Set(['nth day', 'date', 'day', 'week', 'month', 'nth week', 'nth month']);

/** Rows that are sums of the others, never a utm_content value of anyone's. */
const TOTAL_LABELS = new Set(['grand total', 'total', 'totals']);

const MAX_COUNT_CHARS = 24;

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
    const day = columns.date === -1 ? null : dayOf(cells[columns.date] ?? '');
    if (day !== null) row.day = day;
    rows.push(row);
  }
  const period = periodFromComments(comments) ?? periodFromDates(table, columns.date);
  return { vendor: layout.vendor, period, rows, skipped };
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
  return {
    content,
    sessions,
    engaged: columnOf(layout.engaged, header),
    views: columnOf(layout.views, header),
    date: header.indexOf('date'),
  };
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
  const seen = tables[0]?.header
    .slice(0, 8)
    .map((name) => `'${name.trim().slice(0, 40)}'`)
    .join(', ');
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
    const day = dayOf(text);
    // One date we cannot read makes the period unknown rather than wrong.
    if (day === null) return null;
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  return from !== null && to !== null ? { from, to } : null;
}

/** A row's date: "2026-11-02" or GA4's "20261102"; null when it is neither. */
function dayOf(cell: string): string | null {
  const text = cell.trim();
  return isoDay(text) ?? compactDate(text);
}

function isoDay(text: string): string | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (text.charCodeAt(i) < 0x30 || text.charCodeAt(i) > 0x39) return null;
  return validDay(text);
}
