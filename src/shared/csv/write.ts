// CSV as spreadsheets and CRMs read it (RFC 4180), safe to open in Excel. Pure.

export interface CsvFormat {
  /** ";" for European Excel, which reads "," as the decimal mark. */
  separator: ',' | ';';
  /** A UTF-8 byte-order mark, without which Excel misreads accents. */
  bom: boolean;
}

export const BOM = '\uFEFF';

/**
 * OWASP's advice against formula injection: a cell that starts with = + - @ tab or CR is
 * prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string, separator: CsvFormat['separator']): string {
  const safe = neutralise(value);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly string[], separator: CsvFormat['separator']): string {
  return `${values.map((value) => csvField(value, separator)).join(separator)}\r\n`;
}

/** The start of a file: the BOM if wanted, then the header row. */
export function csvHead(header: readonly string[], format: CsvFormat): string {
  return (format.bom ? BOM : '') + csvRow(header, format.separator);
}

/** ISO 8601 with the local offset (2026-11-22T10:05:00+01:00): unambiguous in every spreadsheet. */
export function isoWithOffset(time: number, offsetMinutes = -new Date(time).getTimezoneOffset()): string {
  const local = new Date(time + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.toISOString().slice(0, 19)}${offset}`;
}
