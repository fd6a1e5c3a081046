// The realistic data generator the benchmarks use, and what the code must survive of such
// data: names in several scripts, accents, quotes and formula-like notes, long captions.
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/background/db';
import { readBackup } from '../../src/domain/backup/backup-format';
import { CAPTION_MAX } from '../../src/domain/model';
import { parseCsv } from '../../src/domain/csv/parse';
import { csvHead, csvRow } from '../../src/domain/csv/write';
import { SearchIndex } from '../../src/domain/library/search';
import { backupText, makeCorpus, makeLog } from '../data/realistic';

const now = Date.UTC(2026, 10, 22);

describe('realistic data', () => {
  it('is the same every run', () => {
    expect(makeCorpus(200)).toEqual(makeCorpus(200));
    expect(makeLog(50, 500, now)).toEqual(makeLog(50, 500, now));
  });

  it('has names in several scripts, French accents and long captions', () => {
    const names = makeLog(200, 0, now)
      .prospects.map((p) => p.name)
      .join(' ');
    for (const script of [
      /\p{Script=Latin}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Han}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Devanagari}/u,
      /\p{Script=Greek}/u,
    ]) {
      expect(names).toMatch(script);
    }
    const corpus = makeCorpus(500);
    expect(corpus.some((item) => /[éèàç]/.test(item.title))).toBe(true);
    // As long as the library keeps them (a backup with longer ones is refused).
    expect(Math.max(...corpus.flatMap((item) => item.captions.map((c) => c.text.length)))).toBe(CAPTION_MAX);
  });

  it('goes through CSV and back unchanged, quotes, semicolons and all', () => {
    const { prospects, interactions } = makeLog(300, 900, now);
    const rows = interactions.map((entry) => {
      const prospect = prospects.find((p) => p.id === entry.prospectId)!;
      return [prospect.name, prospect.company, entry.kind, entry.note];
    });
    for (const separator of [',', ';'] as const) {
      const text =
        csvHead(['name', 'company', 'kind', 'note'], { separator, bom: true }) + rows.map((row) => csvRow(row, separator)).join('');
      const table = parseCsv(text.slice(1), { separator });
      expect(table.header).toEqual(['name', 'company', 'kind', 'note']);
      // Notes that look like formulas come back with the apostrophe that keeps Excel from running them.
      expect(table.rows.map((row) => row.cells)).toEqual(rows.map((row) => row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell))));
    }
  });

  it('makes a backup the backup reader accepts in full', () => {
    const read = readBackup(backupText(100, 50, 400, now), DB_VERSION);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.stores.content).toHaveLength(100);
    expect(read.backup.stores.prospects).toHaveLength(50);
    expect(read.backup.stores.interactions).toHaveLength(400);
  });

  it('is searchable with or without the accents', () => {
    const index = new SearchIndex(makeCorpus(1000));
    const accented = index.search({ text: 'stratégie' }, now);
    expect(accented.total).toBeGreaterThan(0);
    expect(index.search({ text: 'strategie' }, now)).toEqual(accented);
  });
});
