// CSV as spreadsheets and CRMs read it (RFC 4180), safe to open in Excel. Pure: the times keep
// the last day, zone offset and their texts, which only save work (the same time, the same text).

export interface CsvFormat {
  /** ";" for European Excel, which reads "," as the decimal mark. */
  separator: ',' | ';';
  /** A UTF-8 byte-order mark, without which Excel misreads accents. */
  bom: boolean;
}

export const BOM = '\uFEFF';

/**
 * A cell of a file: text, which may be anyone's (a LinkedIn headline, a note, a feed's title) and
 * is always neutralised; a number Nurture computed itself (a count, a rate, a median), written as
 * is, so that a negative figure stays a number (-3, not '-3); or nothing (an empty cell).
 * A number that is not finite is no figure: it is written as the text String() gives it.
 */
export type CsvCell = string | number | null;

// What a reader skips before a field's first character: quotes, and white space other than the
// separators (a tab, CR or LF starts a field of its own, looked at on its own).
const SKIPPED = String.raw`(?:"|[^\S\t\r\n])*`;
/** The characters that make a field a formula in some spreadsheet: = + - @, full-width too, tab, CR. */
const TRIGGER = String.raw`[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]`;
const SEPARATOR = String.raw`[,;\t\r\n]`;
/** The cell starts with a formula. */
const FIRST_FIELD = new RegExp(`^${SKIPPED}${TRIGGER}`);
/** A separator inside the cell, followed by a formula: the apostrophe goes right after it. */
const LATER_FIELDS = new RegExp(`${SEPARATOR}(?=${SKIPPED}${TRIGGER})`, 'g');
/** Either of the two, anywhere. Linear: SKIPPED never crosses a separator, so no run is scanned twice. */
const DANGER = new RegExp(`(?:^|${SEPARATOR})${SKIPPED}${TRIGGER}`);

/**
 * Formula injection, whatever the reader's list separator. OWASP's rule (prefix an apostrophe
 * when a cell starts with = + - @ tab or CR) looks at the cell's first character, but a
 * spreadsheet whose list separator is not the file's splits the cell itself: the HubSpot file is
 * comma-separated, and a reader splitting at ";" (most of Europe) opens the headline
 * `VP Sales;=HYPERLINK(F2&A2);` with `=HYPERLINK(F2&A2)` as a cell of its own. Quoting the cell
 * does not help: a reader honours a quote only at the start of one of its own fields, and to a
 * ";" reader the quote of `"VP Sales;=HYPERLINK(…)"` is in the middle of `"VP Sales`.
 *
 * So every place a field can start is looked at: the cell's start, and the character after each
 * `,` `;` tab, CR or LF inside it. When what follows, past quotes and spaces (which a reader
 * strips: `;"=1` is `=1` to a reader ignoring quotes, ` =1` to one trimming spaces), is = + - @,
 * their full-width forms ＝ ＋ － ＠, a tab or a CR, an apostrophe goes at that place:
 * `VP Sales;'=HYPERLINK(F2&A2);`. Every reader then sees a field starting with the apostrophe,
 * which a spreadsheet shows as text; the rest of the text is kept as it was.
 *
 * Removing it, for a user who trusts the file: the apostrophe Nurture adds is always the cell's
 * first character or right after a , ; tab or line break, and before = + - @ (or a tab, a CR, or
 * their full-width forms, possibly after spaces or quotes). In a spreadsheet, Find and Replace
 * `'=` by `=`, `'+` by `+`, `'-` by `-` and `'@` by `@` (this brings back the formulas, if any);
 * in code, `text.replace(UNNEUTRALISE, '$1')`. Text that itself had an apostrophe in such a place
 * loses it too: the rule is for reading a file, not for a round trip back into Nurture.
 */
export function neutralise(value: string): string {
  // One test first, a regex over the whole cell: this runs for every cell of a 100,000-row
  // export, and most cells have no field start followed by a formula character.
  if (!DANGER.test(value)) return value;
  return (FIRST_FIELD.test(value) ? "'" : '') + value.replace(LATER_FIELDS, "$&'");
}

/** Undoes neutralise() on text read back (see there): `text.replace(UNNEUTRALISE, '$1')`. */
export const UNNEUTRALISE = new RegExp(`(^|${SEPARATOR})'(?=${SKIPPED}${TRIGGER})`, 'g');

/**
 * A cell is quoted when it holds a quote, a line break or any separator, the file's or another:
 * a reader with another list separator then still finds the cell whole when its quote starts
 * one of its fields (`"a;b",c` to a ";" reader), and RFC 4180 readers read it back unchanged.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One cell as written: a text neutralised and quoted if need be, a finite number as it is. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  // A figure of ours, not anyone's text: String() of a finite number is digits, a point, an
  // exponent and a leading minus at most, never a separator, a quote or a formula.
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  const safe = neutralise(String(cell));
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. The only way any file of Nurture writes a row. */
export function csvRow(cells: readonly CsvCell[], separator: CsvFormat['separator']): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : separator) + csvField(cells[i]!);
  return `${line}\r\n`;
}

/** The start of a file: the BOM if wanted, then the header row. */
export function csvHead(header: readonly string[], format: CsvFormat): string {
  return (format.bom ? BOM : '') + csvRow(header, format.separator);
}

/** The last quarter-hour asked for and its offset: a log's neighbouring entries share it. */
let lastQuarter = NaN;
let lastOffset = 0;

/**
 * The local time zone's offset at `time`, in minutes east of UTC. Zones change offset only on
 * a quarter-hour of UTC (every offset is a multiple of 15 minutes, every change on a local hour
 * or half hour), so one quarter-hour has one offset, asked of Date once per quarter-hour in a row.
 */
export function localOffsetMinutes(time: number): number {
  const quarter = Math.floor(time / 900_000);
  if (quarter !== lastQuarter) {
    lastOffset = -new Date(time).getTimezoneOffset();
    lastQuarter = quarter;
  }
  return lastOffset;
}

const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
/** The last day written ("2026-11-22T") and offset ("+01:00"): a log's neighbouring entries share them. */
let lastDay = NaN;
let lastDayText = '';
let lastOffsetMinutes = NaN;
let lastOffsetText = '';

/** ISO 8601 with the local offset (2026-11-22T10:05:00+01:00): unambiguous in every spreadsheet. */
export function isoWithOffset(time: number, offsetMinutes = localOffsetMinutes(time)): string {
  // Built from the day's text, kept while the day lasts, and the time of day in arithmetic:
  // Date's own formatting was a fifth of a 100,000-row export's writing.
  const local = time + offsetMinutes * 60_000;
  const day = Math.floor(local / DAY_MS);
  if (day !== lastDay) {
    lastDayText = new Date(day * DAY_MS).toISOString().slice(0, 11);
    lastDay = day;
  }
  if (offsetMinutes !== lastOffsetMinutes) {
    const abs = Math.abs(offsetMinutes);
    lastOffsetText = `${offsetMinutes >= 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    lastOffsetMinutes = offsetMinutes;
  }
  const seconds = Math.floor((local - day * DAY_MS) / 1000);
  return `${lastDayText}${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}${lastOffsetText}`;
}
