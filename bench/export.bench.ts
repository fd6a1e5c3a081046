// Exporting 100,000 interactions to CSV the way the dashboard does: chunks of 2,000 rows from
// the background, assembled into a Blob. Figures only.
import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { createActivity } from '../src/background/activity';
import type { LogCursor } from '../src/shared/contract';
import { measure, ms, table } from './figures';
import { seedLog } from './seed';

it('export: 100,000 interactions to CSV in chunks', async () => {
  const now = Date.UTC(2026, 10, 22, 10);
  const db = await seedLog('bench-export', 10_000, 100_000, now);
  const activity = createActivity({ db, now: () => now });
  let biggest = 0;
  let bytes = 0;
  let rows = 0;
  const run = await measure(
    async () => {
      const parts: string[] = [];
      let before: LogCursor = null;
      let first = true;
      while (first || before) {
        first = false;
        const chunk: { text: string; next: LogCursor } = await activity.exportChunk({}, before, 2000);
        // (the cursor runs forward: oldest first)
        parts.push(chunk.text);
        biggest = Math.max(biggest, chunk.text.length);
        before = chunk.next;
      }
      const blob = new Blob(parts, { type: 'text/csv' });
      bytes = blob.size;
      rows = parts.reduce((sum, part) => sum + (part.match(/\r\n/g)?.length ?? 0), 0) - 1;
    },
    3,
    1,
  );
  table('CSV export of the whole log (budget: under 3 s; fake-indexeddb in Node, slower than a browser)', [
    { rows, 'file size': `${(bytes / 1e6).toFixed(1)} MB`, 'largest chunk': `${(biggest / 1e6).toFixed(2)} MB`, median: ms(run.median), p95: ms(run.p95) },
  ]);
}, 600_000);
