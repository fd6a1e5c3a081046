// Analytics exports (issue 28): a 100,000-row GA4 report read and joined to a 5,000-item library
// by utm_content, from text and from Matomo-style UTF-16LE bytes. Node, no browser:
// `npx vitest run --config vitest.bench.config.ts bench/analytics.bench.ts`. Budget: under 2 s.
import { it } from 'vitest';
import { joinClicks } from '../src/domain/analytics/join';
import { readAnalyticsExport } from '../src/domain/analytics/read';
import { measure, ms, table } from './figures';
import { record, type Figure } from './record';

const ROWS = 100_000;
const ITEMS = 5000;

/** A GA4 Traffic acquisition export: preamble, one row in twenty one of ours, grouped thousands. */
function ga4Export(separator: ',' | '\t'): string {
  // Comma-separated cells holding "1,234" are quoted, as GA4 writes them; tab-separated ones need not be.
  const count = (text: string) => (separator === ',' ? `"${text}"` : text);
  const lines = ['# Traffic acquisition: Session manual ad content', '# Start date: 20261101', '# End date: 20261130'];
  lines.push(['Session manual ad content', 'Sessions', 'Engaged sessions', 'Engagement rate', 'Views'].join(separator));
  for (let i = 0; i < ROWS; i++) {
    const content = i % 20 === 0 ? `article-${i % ITEMS}` : `campaign-${i}`;
    const cells = [
      content,
      count(`1,${String(i % 1000).padStart(3, '0')}`),
      String(i % 50),
      '0.61',
      count(`2,${String(i % 997).padStart(3, '0')}`),
    ];
    lines.push(cells.join(separator));
  }
  lines.push(['Grand total', count('99,999,999'), '1', '0.6', '1'].join(separator));
  return lines.join('\n');
}

const items = Array.from({ length: ITEMS }, (_, i) => ({ id: `id${i}`, url: `https://example.com/blog/article-${i}` }));

it('analytics export: 100,000 rows read and joined to 5,000 items', async () => {
  const text = ga4Export(',');
  const tsv = ga4Export('\t');
  const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));

  const readOnly = await measure(() => readAnalyticsExport(text), 10, 2);
  const whole = await measure(() => joinClicks(readAnalyticsExport(text).rows, items), 10, 2);
  const fromBytes = await measure(() => joinClicks(readAnalyticsExport(bytes).rows, items), 10, 2);
  const check = joinClicks(readAnalyticsExport(text).rows, items);

  table(`Analytics export, ${ROWS.toLocaleString('en')} rows, ${ITEMS.toLocaleString('en')} items (budget: read and join < 2 s)`, [
    { work: 'read (GA4 CSV text)', median: ms(readOnly.median), p95: ms(readOnly.p95) },
    { work: 'read + join (GA4 CSV text)', median: ms(whole.median), p95: ms(whole.p95) },
    { work: 'decode + read + join (UTF-16LE TSV bytes)', median: ms(fromBytes.median), p95: ms(fromBytes.p95) },
  ]);
  console.log(`Joined: ${check.matchedRows} rows to ${check.clicks.size} items, ${check.otherRows} rows not from Nurture links`);

  const rows = ROWS.toLocaleString('en');
  const figures: Figure[] = [
    { figure: `analytics export, ${rows} GA4 rows read`, median: readOnly.median, p95: readOnly.p95, budget: null },
    {
      figure: `analytics export, ${rows} GA4 rows read and joined to ${ITEMS.toLocaleString('en')} items`,
      median: whole.median,
      p95: whole.p95,
      budget: '< 2 s',
      met: whole.p95 < 2000,
    },
    {
      figure: `analytics export, ${rows} rows as UTF-16LE TSV bytes decoded, read and joined`,
      median: fromBytes.median,
      p95: fromBytes.p95,
      budget: '< 2 s',
      met: fromBytes.p95 < 2000,
    },
  ];
  record('analytics', figures);
});
