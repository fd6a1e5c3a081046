// CSV importer of the content library: spreadsheets written by marketing teams, in English or
// French, with whatever column names they chose. Pure: runs in the service worker.

import { detectSeparator, parseCsv, type CsvSeparator } from '../csv/parse';
import { printable } from './binary';
import { readPack } from './pack';
import { REPORTED_FIELDS_MAX } from '../backup/unknown-fields';
import { ParseError, type ParsedFile, type RawItem, type RawPack, type Rejection } from './raw-item';

type ScalarField = 'id' | 'url' | 'title' | 'summary' | 'format' | 'language' | 'publishedAt' | 'expiresAt';
type ListField = 'topics' | 'personas' | 'stages';
/** The file's team pack: the same on every row that fills it (a file carries one pack). */
type PackField = 'packName' | 'packId' | 'packVersion' | 'packExpiresAt' | 'packCampaign' | 'packShortLink';
type Field = ScalarField | ListField | PackField | 'captions';

/** Column names as people type them; matched after `columnKey`, so spelling variants fold together. */
const ALIASES: Record<Field, readonly string[]> = {
  id: ['id'],
  url: ['url', 'link', 'lien', 'adresse', 'URL canonique', 'canonical url'],
  title: ['title', 'titre'],
  summary: ['summary', 'description', 'résumé', 'extrait'],
  format: ['format', 'type'],
  language: ['language', 'lang', 'langue'],
  topics: ['topics', 'topic', 'tags', 'tag', 'sujets', 'sujet', 'thèmes', 'thème', 'mots-clés', 'mot-clé', 'keywords'],
  personas: ['personas', 'persona', 'cible', 'cibles', 'audience', 'audiences'],
  stages: ['stages', 'stage', 'étape', 'étapes', 'phase', 'phases', 'buying stage'],
  captions: ['caption', 'captions', 'légende', 'légendes', 'accroche', 'accroches', 'message', 'messages'],
  publishedAt: ['published', 'published at', 'date', 'publication', 'date de publication', 'publié le', 'publish date', 'publication date'],
  expiresAt: ['expires', 'expires at', 'expiry', 'expiration', 'expire le', "date d'expiration", 'expiration date'],
  packName: ['pack', 'pack name', 'nom du pack'],
  packId: ['pack id', 'identifiant du pack', 'id du pack'],
  packVersion: ['pack version', 'version du pack'],
  packExpiresAt: ['pack expires', 'pack expiry', 'pack expiration', 'expiration du pack', 'pack expire le'],
  packCampaign: ['pack campaign', 'campagne du pack'],
  packShortLink: ['pack short link', 'lien court du pack'],
};

const PACK_FIELDS: Readonly<Record<PackField, 'name' | 'id' | 'version' | 'expiresAt' | 'campaign' | 'shortLink'>> = {
  packName: 'name',
  packId: 'id',
  packVersion: 'version',
  packExpiresAt: 'expiresAt',
  packCampaign: 'campaign',
  packShortLink: 'shortLink',
};
const isPackField = (field: Field): field is PackField => field in PACK_FIELDS;

const LIST_FIELDS: ReadonlySet<Field> = new Set<Field>(['topics', 'personas', 'stages']);

/**
 * Language words a header may use instead of a code: "Légende français", "caption English". A
 * Map: the word is the file's, and a header "caption constructor" looked up in an object found
 * Object's constructor and made it the captions' language.
 */
const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['english', 'en'],
  ['anglais', 'en'],
  ['french', 'fr'],
  ['francais', 'fr'],
  ['spanish', 'es'],
  ['espagnol', 'es'],
  ['german', 'de'],
  ['allemand', 'de'],
  ['italian', 'it'],
  ['italien', 'it'],
  ['dutch', 'nl'],
  ['neerlandais', 'nl'],
  ['portuguese', 'pt'],
  ['portugais', 'pt'],
]);

/** Lower case, accents stripped, split on anything that is not a letter or digit. */
function headerWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** "Date d'expiration", "date_d-expiration" and "DATE D EXPIRATION" all give "datedexpiration". */
export function columnKey(name: string): string {
  return headerWords(name).join('');
}

const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(
  (Object.entries(ALIASES) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [columnKey(n), field] as const)),
);

const CAPTION_KEYS: ReadonlySet<string> = new Set(ALIASES.captions.map(columnKey));

/** "fr", "en", "pt br" (from "caption_pt-BR"), "français": a BCP 47-ish tag, or null. */
function languageOf(words: string[]): string | null {
  const [lang, region, ...rest] = words;
  if (lang === undefined || rest.length > 0) return null;
  const base = LANGUAGE_NAMES.get(lang) ?? (/^[a-z]{2}$/.test(lang) ? lang : null);
  if (base === null) return null;
  if (region === undefined) return base;
  return /^[a-z]{2}$/.test(region) ? `${base}-${region.toUpperCase()}` : null;
}

type Column = { index: number; field: Exclude<Field, 'captions'> } | { index: number; field: 'captions'; language?: string };
type ItemColumn = Column & { field: Exclude<Field, PackField> };

/** "caption_fr", "Légende FR", "caption (en)", "accroche_pt-BR": a caption column with its language. */
function captionColumn(index: number, name: string): Column | null {
  const words = headerWords(name);
  for (let split = 1; split < words.length; split++) {
    if (!CAPTION_KEYS.has(words.slice(0, split).join(''))) continue;
    const language = languageOf(words.slice(split));
    if (language !== null) return { index, field: 'captions', language };
  }
  return null;
}

interface ColumnMap {
  columns: Column[];
  ignored: string[];
}

/**
 * Maps header cells to fields. A second column for the same single-value field is ignored
 * (first wins, so the result does not depend on which one is empty); list and caption columns add up.
 */
function mapColumns(header: string[]): ColumnMap {
  const columns: Column[] = [];
  const ignored: string[] = [];
  const taken = new Set<Field>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    const field = FIELD_BY_KEY.get(columnKey(name));
    if (field === undefined) {
      const caption = captionColumn(index, name);
      if (caption) columns.push(caption);
      else ignored.push(name);
      return;
    }
    if (taken.has(field) && !LIST_FIELDS.has(field) && field !== 'captions') {
      ignored.push(name);
      return;
    }
    taken.add(field);
    columns.push({ index, field });
  });
  return { columns, ignored };
}

/** Names as the user typed them, one line each, and not too many: a binary "header" can be huge. */
function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 12).map((n) => `"${printable(n)}"`);
  if (names.length > shown.length) shown.push(`and ${names.length - shown.length} more`);
  return shown.join(', ');
}

function missingKeyColumns(header: string[]): ParseError {
  const found = header.map((h) => h.trim()).filter((h) => h !== '');
  return new ParseError(
    `the header needs a url or a title column; found ${found.length > 0 ? quoteList(found) : 'no column names'}. ` +
      `Accepted for the url: ${quoteList(ALIASES.url)}; for the title: ${quoteList(ALIASES.title)}`,
  );
}

/** `|` always; `;` and `,` too unless they separate the file's cells (then they cannot be in a cell unquoted). */
function listSplitter(separator: CsvSeparator): RegExp {
  const chars = ['|', ...[';', ','].filter((c) => c !== separator)];
  return new RegExp(`[${chars.map((c) => `\\${c}`).join('')}]`);
}

function splitList(cell: string, splitter: RegExp): string[] {
  return cell
    .split(splitter)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Several captions per cell: separated by a line holding only `---`, or by `||`. */
const CAPTION_BREAK = /(?:^|\r\n|\r|\n)[ \t]*---[ \t]*(?=\r\n|\r|\n|$)|\|\|/;

function splitCaptions(cell: string): string[] {
  return cell
    .split(CAPTION_BREAK)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function addUnique(list: string[], values: string[]): string[] {
  for (const v of values) if (!list.includes(v)) list.push(v);
  return list;
}

/**
 * Adds the row's pack cells to the file's pack; the reason when a cell names another value than
 * an earlier row did (the row is then rejected: which pack would it be in?).
 */
function readPackCells(cells: string[], columns: Column[], pack: RawPack): string | null {
  for (const column of columns) {
    if (!isPackField(column.field)) continue;
    const key = PACK_FIELDS[column.field];
    const cell = (cells[column.index] ?? '').trim();
    if (cell === '') continue;
    const known = pack[key];
    if (known === undefined) Object.assign(pack, { [key]: cell });
    else if (known !== cell)
      return `its pack ${key} "${printable(cell, 40)}" differs from "${printable(known, 40)}" above: a file carries one pack`;
  }
  return null;
}

function itemOf(cells: string[], where: string, columns: ItemColumn[], splitter: RegExp): RawItem {
  const item: RawItem = { where };
  for (const column of columns) {
    const cell = cells[column.index] ?? '';
    if (cell.trim() === '') continue;
    // Lists and captions are left out when only separators were typed, like any empty cell.
    if (column.field === 'captions') {
      const lang = column.language;
      const captions = splitCaptions(cell).map((text) => (lang === undefined ? { text } : { language: lang, text }));
      if (captions.length > 0) item.captions = [...(item.captions ?? []), ...captions];
    } else if (column.field === 'topics' || column.field === 'personas' || column.field === 'stages') {
      const values = addUnique([...(item[column.field] ?? [])], splitList(cell, splitter));
      if (values.length > 0) item[column.field] = values;
    } else {
      item[column.field] = cell.trim();
    }
  }
  return item;
}

/**
 * Reads a library CSV: columns found by name (English or French, any case or accents), one item
 * per row. Throws ParseError when the file cannot be read or has neither a url nor a title column.
 */
export function parseCsvItems(text: string): ParsedFile & { ignoredColumns: string[] } {
  const separator = detectSeparator(text);
  const { header, rows } = parseCsv(text, { separator });
  const { columns, ignored } = mapColumns(header);
  if (!columns.some((c) => c.field === 'url' || c.field === 'title')) throw missingKeyColumns(header);
  const splitter = listSplitter(separator);
  const itemColumns = columns.filter((c): c is ItemColumn => !isPackField(c.field));
  const packColumns = columns.filter((c) => isPackField(c.field));
  const pack: RawPack = {};
  const items: RawItem[] = [];
  const rejected: Rejection[] = [];
  for (const { line, cells } of rows) {
    const where = `line ${line}`;
    // Excel pads its exports with separator-only lines: they are blank, not broken rows.
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length > header.length) {
      rejected.push({ where, reason: `${cells.length} cells, the header has ${header.length}` });
      continue;
    }
    const packConflict = packColumns.length > 0 ? readPackCells(cells, packColumns, pack) : null;
    if (packConflict !== null) {
      rejected.push({ where, reason: packConflict });
      continue;
    }
    const item = itemOf(cells, where, itemColumns, splitter);
    if (item.url === undefined && item.title === undefined) {
      rejected.push({ where, reason: 'no url and no title' });
      continue;
    }
    items.push(item);
  }
  const parsed: ParsedFile & { ignoredColumns: string[] } = { kind: 'csv', items, rejected, ignoredColumns: ignored };
  if (ignored.length > 0) parsed.ignored = ignored.slice(0, REPORTED_FIELDS_MAX).map((name) => printable(name, 60));
  if (Object.keys(pack).length > 0) parsed.pack = readPack(pack);
  return parsed;
}
