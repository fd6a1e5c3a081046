// Exporting 100,000 interactions to CSV in the background's own code: the rows writer and the
// CSV writer, 2,000 rows at a time (as the chunked request did; the dashboard's stream reads
// batches of 5,000, measured in Chromium by export-restore.bench.ts), assembled into a Blob.
// Figures only.
import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { createActivity } from '../src/background/activity';
import { exportCsvHead, exportCsvLines } from '../src/background/activity/export-csv';
import { readSettings } from '../src/background/settings';
import type { LogCursor } from '../src/contract/index';
import Papa from 'papaparse';
import { csvRow } from '../src/domain/csv/write';
import { measure, ms, table } from './figures';
import { record } from './record';
import { seedLog } from './seed';

it('export: 100,000 interactions to CSV in chunks', async () => {
  const now = Date.UTC(2026, 10, 22, 10);
  const db = await seedLog('bench-export', 10_000, 100_000, now);
  const activity = createActivity({ db, now: () => now });
  let biggest = 0;
  let runs = 0;
  let bytes = 0;
  let rows = 0;
  const run = await measure(
    async () => {
      runs++;
      const { csvSeparator: separator, csvBom: bom } = await readSettings(await db());
      const parts: string[] = [exportCsvHead({ separator, bom })];
      let after: LogCursor = null;
      do {
        // (the cursor runs forward: oldest first)
        const chunk = await activity.exportRows({}, after, 2000, `bench-${runs}`);
        const text = exportCsvLines(chunk.rows, separator);
        parts.push(text);
        biggest = Math.max(biggest, text.length);
        after = chunk.next;
      } while (after);
      const blob = new Blob(parts, { type: 'text/csv' });
      bytes = blob.size;
      rows = parts.reduce((sum, part) => sum + (part.match(/\r\n/g)?.length ?? 0), 0) - 1;
    },
    3,
    1,
  );
  // The CSV writing alone, against papaparse's unparse on the same rows.
  const sample = Array.from({ length: 100_000 }, (_, i) => [
    `2026-11-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+01:00`,
    'shared',
    'sent',
    'message',
    `Prénom ${i} "Nom"`,
    `https://www.linkedin.com/in/member-${i}/`,
    'Société, Inc.',
    'evaluation',
    'Étude de cas : le coût',
    'https://example.com/a',
    '',
    i % 7 ? '' : '=risky',
  ]);
  const ours = await measure(() => sample.map((row) => csvRow(row, ',')).join(''), 5, 1);
  const papa = await measure(() => Papa.unparse(sample, { newline: '\r\n' }), 5, 1);
  record('export', [
    { figure: 'CSV export of 100,000 interactions through chunks (fake-indexeddb)', median: run.median, p95: run.p95, budget: '< 3 s' },
    {
      figure: 'writing 100,000 CSV rows (in memory)',
      median: ours.median,
      p95: ours.p95,
      budget: null,
      baseline: { name: 'papaparse unparse', median: papa.median },
    },
  ]);
  table('CSV rows, writer only', [{ nurture: ms(ours.median), papaparse: ms(papa.median) }]);
  table('CSV export of the whole log (budget: under 3 s; fake-indexeddb in Node, slower than a browser)', [
    {
      rows,
      'file size': `${(bytes / 1e6).toFixed(1)} MB`,
      'largest chunk': `${(biggest / 1e6).toFixed(2)} MB`,
      median: ms(run.median),
      p95: ms(run.p95),
    },
  ]);
}, 600_000);
