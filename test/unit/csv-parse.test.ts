import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, type CsvSeparator } from '../../src/domain/csv/parse';
import { parseError } from './helpers/parse-error';

// Reference RFC 4180 writer, independent of the parser: quote a field when it has to be.
function needsQuotes(field: string, separator: string, quoteAlso: readonly string[]): boolean {
  return [separator, '"', '\r', '\n', ...quoteAlso].some((c) => field.includes(c));
}

function writeField(field: string, separator: string, quoteAlso: readonly string[]): string {
  return needsQuotes(field, separator, quoteAlso) ? `"${field.replaceAll('"', '""')}"` : field;
}

function writeRecord(row: string[], separator: string, quoteAlso: readonly string[], first: boolean): string {
  // A lone empty field would be a blank line, which readers skip: write it "".
  if (row.length === 1 && row[0] === '') return '""';
  return row
    .map((field, i) =>
      // A BOM opening the file is read as the byte order mark, not as text.
      first && i === 0 && field.startsWith('\ufeff') ? `"${field.replaceAll('"', '""')}"` : writeField(field, separator, quoteAlso),
    )
    .join(separator);
}

function writeCsv(table: string[][], separator: string, trailingNewline: boolean, quoteAlso: readonly string[] = []): string {
  const text = table.map((row, i) => writeRecord(row, separator, quoteAlso, i === 0)).join('\r\n');
  return trailingNewline ? `${text}\r\n` : text;
}

/** Physical line where each record starts, counted in the written text. */
function recordLines(table: string[][], separator: string, quoteAlso: readonly string[] = []): number[] {
  let line = 1;
  return table.map((row, i) => {
    const start = line;
    line += (writeRecord(row, separator, quoteAlso, i === 0).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    return start;
  });
}

function padTo(row: string[], width: number): string[] {
  return row.length >= width ? row : [...row, ...Array<string>(width - row.length).fill('')];
}

// Strings that hit every special case often: quotes, separators, line breaks, plus any Unicode.
const tricky = fc.string({ unit: fc.constantFrom('"', ',', ';', '\t', '\r', '\n', ' ', 'a', 'é', '\ufeff', '😀') });
const cell = fc.oneof(tricky, fc.string({ unit: 'binary' }));
const row = fc.array(cell, { minLength: 1, maxLength: 6 });
const header = row.filter((cells) => cells.some((c) => c.trim() !== ''));
const separator = fc.constantFrom<CsvSeparator>(',', ';', '\t');

describe('parseCsv', () => {
  it('reads a simple file', () => {
    expect(parseCsv('a,b,c\n1,2,3\n4,5,6\n')).toEqual({
      header: ['a', 'b', 'c'],
      rows: [
        { line: 2, cells: ['1', '2', '3'] },
        { line: 3, cells: ['4', '5', '6'] },
      ],
    });
  });

  it('reads quoted fields with separators, doubled quotes and line breaks of every kind', () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"crlf\r\nlf\ncr\rend",""\n';
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual([
      ['x, y', 'say "hi"'],
      ['crlf\r\nlf\ncr\rend', ''],
    ]);
  });

  it('keeps spaces and separators of other kinds inside unquoted cells', () => {
    expect(parseCsv('a,b\n  x ; y\t, z \n').rows[0]?.cells).toEqual(['  x ; y\t', ' z ']);
  });

  it('separates records by CRLF, LF or CR, mixed in one file', () => {
    const { header, rows } = parseCsv('h1,h2\r\na,b\nc,d\re,f');
    expect(header).toEqual(['h1', 'h2']);
    expect(rows).toEqual([
      { line: 2, cells: ['a', 'b'] },
      { line: 3, cells: ['c', 'd'] },
      { line: 4, cells: ['e', 'f'] },
    ]);
  });

  it('drops a leading UTF-8 BOM, and only a leading one', () => {
    expect(parseCsv('\ufeffurl,title\nx,y\ufeff').header).toEqual(['url', 'title']);
    expect(parseCsv('\ufeffurl,title\nx,y\ufeff').rows[0]?.cells).toEqual(['x', 'y\ufeff']);
  });

  it('detects ; and tab from the header line, counting only outside quotes', () => {
    expect(parseCsv('Titre;Lien;Résumé\nA;b,c;d\n')).toEqual({
      header: ['Titre', 'Lien', 'Résumé'],
      rows: [{ line: 2, cells: ['A', 'b,c', 'd'] }],
    });
    expect(parseCsv('a\tb\n1,5\t2;3\n').rows[0]?.cells).toEqual(['1,5', '2;3']);
    expect(detectSeparator('"a;b;c;d",e\n')).toBe(',');
    expect(detectSeparator('\ufeff\n\na;b\n1,2,3,4,5\n')).toBe(';');
    expect(detectSeparator('"multi\nline;;;";x;y,z\n')).toBe(';');
    // One column: nothing to count, the RFC's comma.
    expect(detectSeparator('url\nhttps://a.example/?x=1;2\n')).toBe(',');
  });

  it('uses the separator it is given rather than guessing', () => {
    expect(parseCsv('a;b,c\n1;2,3\n', { separator: ',' }).header).toEqual(['a;b', 'c']);
    expect(parseCsv('a,b\n1,2\n', { separator: ';' }).header).toEqual(['a,b']);
  });

  it('skips blank lines anywhere, but not a line holding an empty quoted field', () => {
    const { header, rows } = parseCsv('\n\r\n\ra\n\n1\r\n\r\n""\n\n2\n\n\n');
    expect(header).toEqual(['a']);
    expect(rows).toEqual([
      { line: 6, cells: ['1'] },
      { line: 8, cells: [''] },
      { line: 10, cells: ['2'] },
    ]);
  });

  it('numbers records by the physical line they start on, after multi-line cells', () => {
    const text = 'title,caption\r\nA,"one\r\ntwo\r\nthree"\r\nB,"x\ny\rz"\r\n\r\nC,c\r\n';
    expect(parseCsv(text).rows.map((r) => [r.cells[0], r.line])).toEqual([
      ['A', 2],
      ['B', 5],
      ['C', 9],
    ]);
  });

  it('pads short rows with empty cells and keeps long rows whole', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4\n').rows).toEqual([
      { line: 2, cells: ['1', '', ''] },
      { line: 3, cells: ['1', '2', '3', '4'] },
    ]);
  });

  it('reads a last record without a final newline, and a trailing empty cell', () => {
    expect(parseCsv('a,b\n1,').rows).toEqual([{ line: 2, cells: ['1', ''] }]);
    expect(parseCsv('a,b\n"1","2"').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('fails on a quoted field that is never closed, pointing at the line that opens it', () => {
    const error = parseError(() => parseCsv('a,b\n1,2\n3,"four\nfive\nsix\n'));
    expect(error.where).toBe('line 3');
    expect(error.message).toMatch(/^line 3: .*never closed/);
  });

  it('fails on a stray quote in an unquoted field, with its line', () => {
    const error = parseError(() => parseCsv('a,b\n"multi\nline",ok\nsay "hi",2\n'));
    expect(error.where).toBe('line 4');
    expect(error.message).toContain('stray quote');
  });

  it('fails on text after a closing quote, with its line', () => {
    const error = parseError(() => parseCsv('a,b\n"x\ny"z,2\n'));
    expect(error.where).toBe('line 3');
    expect(error.message).toContain('closing quote');
  });

  it('fails on a file with no header', () => {
    expect(parseError(() => parseCsv('')).message).toContain('empty');
    expect(parseError(() => parseCsv('\ufeff')).message).toContain('empty');
    expect(parseError(() => parseCsv('\r\n\n\r')).message).toContain('empty');
    const blankHeader = parseError(() => parseCsv('\n ; ;\na;b\n'));
    expect(blankHeader.where).toBe('line 2');
    expect(blankHeader.message).toContain('no header');
  });

  it('reads a 5,000-row file', () => {
    const lines = ['url,title,summary,topics'];
    for (let i = 0; i < 5000; i++) lines.push(`https://example.com/${i},"Title ${i}, ""quoted""","Line one\nline two",a|b|c`);
    const { rows } = parseCsv(lines.join('\r\n'));
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toEqual({ line: 10000, cells: ['https://example.com/4999', 'Title 4999, "quoted"', 'Line one\nline two', 'a|b|c'] });
  });

  it('reads back any table an RFC 4180 writer produces', () => {
    fc.assert(
      fc.property(header, fc.array(row, { maxLength: 8 }), separator, fc.boolean(), (head, body, sep, trailing) => {
        const table = [head, ...body];
        const parsed = parseCsv(writeCsv(table, sep, trailing), { separator: sep });
        expect(parsed.header).toEqual(head);
        expect(parsed.rows.map((r) => r.cells)).toEqual(body.map((r) => padTo(r, head.length)));
        expect(parsed.rows.map((r) => r.line)).toEqual(recordLines(table, sep).slice(1));
      }),
      { numRuns: 500 },
    );
  });

  it('detects the separator of any header of two cells or more', () => {
    // A writer that quotes every candidate separator leaves only the real one outside quotes.
    const candidates = [',', ';', '\t'];
    fc.assert(
      fc.property(
        header.filter((h) => h.length >= 2),
        fc.array(row, { maxLength: 4 }),
        separator,
        (head, body, sep) => {
          const parsed = parseCsv(writeCsv([head, ...body], sep, true, candidates));
          expect(parsed.header).toEqual(head);
          expect(parsed.rows.map((r) => r.cells)).toEqual(body.map((r) => padTo(r, head.length)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
