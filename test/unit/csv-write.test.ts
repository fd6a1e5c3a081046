import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvHead, csvRow, isoWithOffset, localOffsetMinutes, neutralise } from '../../src/domain/csv/write';

describe('csv writing', () => {
  it('quotes only what needs it, doubles quotes, ends records with CRLF', () => {
    expect(csvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ''], ',')).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",\r\n',
    );
    // Any separator is quoted, the file's or another (a tab too): a reader with another list
    // separator then finds the cell whole when its quote starts one of its fields.
    expect(csvRow(['a;b', 'a,b', 'a\tb'], ';')).toBe('"a;b";"a,b";"a\tb"\r\n');
    expect(csvRow(['a;b', 'a\tb'], ',')).toBe('"a;b","a\tb"\r\n');
  });

  it('neutralises formula prefixes (OWASP)', () => {
    for (const cell of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx']) expect(neutralise(cell)).toBe(`'${cell}`);
    expect(neutralise('safe = fine')).toBe('safe = fine');
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
  });

  it('writes a BOM only when asked', () => {
    expect(csvHead(['a', 'b'], { separator: ',', bom: true })).toBe(`${BOM}a,b\r\n`);
    expect(csvHead(['a', 'b'], { separator: ';', bom: false })).toBe('a;b\r\n');
  });

  it('writes ISO 8601 times with the offset', () => {
    const time = Date.UTC(2026, 10, 22, 9, 5, 0);
    expect(isoWithOffset(time, 60)).toBe('2026-11-22T10:05:00+01:00');
    expect(isoWithOffset(time, -300)).toBe('2026-11-22T04:05:00-05:00');
    expect(isoWithOffset(time, 0)).toBe('2026-11-22T09:05:00+00:00');
  });

  it('writes the same times as Date’s own formatting, in any order, across offsets and days', () => {
    // The writer keeps the last day, quarter-hour offset and offset text: none may leak into the next time.
    const reference = (time: number, offset = -new Date(time).getTimezoneOffset()) =>
      `${new Date(time + offset * 60_000).toISOString().slice(0, 19)}${offset >= 0 ? '+' : '-'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constantFrom(undefined, 0, 60, -300, 330, 345, -570)), {
          minLength: 1,
          maxLength: 30,
        }),
        (times) => {
          for (const [time, offset] of times) expect(isoWithOffset(time, offset)).toBe(reference(time, offset));
        },
      ),
    );
    expect(localOffsetMinutes(Date.UTC(2026, 6, 1))).toBe(-new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset());
  });

  it('round-trips any table through papaparse, apart from the documented neutralisation', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('=1+1', '+x', '-y', '@z', '\tq', '\rr', '"', ',', ';', '\r\n', '\n', 'é"ñ,;'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom<',' | ';'>(',', ';'),
        (rows, separator) => {
          const width = Math.max(...rows.map((row) => row.length));
          const table = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
          const text =
            csvHead(['h1', ...Array.from({ length: width - 1 }, (_, i) => `h${i + 2}`)], { separator, bom: true }) +
            table.map((row) => csvRow(row, separator)).join('');
          const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: separator, newline: '\r\n' });
          expect(parsed.errors).toEqual([]);
          // papaparse reads the final CRLF as one empty record.
          const records = parsed.data.slice(1, -1);
          expect(records).toEqual(table.map((row) => row.map(neutralise)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
