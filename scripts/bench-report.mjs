// Gathers bench-results/*.json (written by each benchmark) into bench-results.json and a
// BENCHMARKS.md table: figure, median, p95, budget, baseline, ratio.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

if (!existsSync('bench-results')) {
  console.error('No bench-results/: run the benchmarks first (npm run bench).');
  process.exit(1);
}
const groups = readdirSync('bench-results')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name: name.replace(/\.json$/, ''), figures: JSON.parse(readFileSync(`bench-results/${name}`, 'utf8')) }));

/** Met, missed, or null when the budget is not a plain upper bound the figure can be held to. */
function verdict(f) {
  if (typeof f.met === 'boolean') return f.met;
  const bound = /^< ([\d.]+) ?(ms|s|KB|MB)\b/.exec(f.budget ?? '');
  if (!bound) return null;
  const limit = Number(bound[1]) * (bound[2] === 's' ? 1000 : 1);
  return f.median < limit;
}
const mark = (f) => ({ true: 'met', false: '**missed**', null: '—' })[String(verdict(f))];

const value = (n, unit = 'ms') => (n === null || n === undefined ? '—' : `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ${unit}`);
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian's Chromium. Medians of several runs; a baseline is measured in the same run. Figures, not tests: nothing here fails on time.`,
  '',
];
for (const group of groups) {
  lines.push(
    `## ${group.name}`,
    '',
    '| figure | median | p95 | budget | baseline | ratio | budget met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const f of group.figures) {
    const ratio = f.baseline && f.baseline.median > 0 ? (f.median / f.baseline.median).toFixed(2) : '—';
    lines.push(
      `| ${f.figure} | ${value(f.median, f.unit)} | ${value(f.p95, f.unit)} | ${f.budget ?? '—'} | ${f.baseline ? `${f.baseline.name}: ${value(f.baseline.median, f.unit)}` : '—'} | ${ratio} | ${mark(f)} |`,
    );
  }
  lines.push('');
}
const budgeted = groups.flatMap((g) => g.figures).filter((f) => verdict(f) !== null);
const missed = budgeted.filter((f) => verdict(f) === false);
lines.splice(
  4,
  0,
  `**Budgets: ${budgeted.length - missed.length} of ${budgeted.length} met.** Missed: ${missed.map((f) => f.figure).join('; ') || 'none'}. Why, and the plan, under [Misses and plans](#misses-and-plans).`,
  '',
);
// The explanations are written by hand, next to the benchmarks, and carried over each run.
if (existsSync('bench/NOTES.md')) lines.push(readFileSync('bench/NOTES.md', 'utf8').trim(), '');
writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`);
writeFileSync('bench-results.json', `${JSON.stringify(Object.fromEntries(groups.map((g) => [g.name, g.figures])), null, 2)}\n`);
console.log(`BENCHMARKS.md and bench-results.json written (${groups.length} groups).`);
