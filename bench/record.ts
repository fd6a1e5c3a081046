// Every benchmark records its figures here as well as printing them; `npm run bench` then
// writes BENCHMARKS.md and bench-results.json from all of them (scripts/bench-report.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';

export interface Figure {
  /** What was measured, e.g. "search over 5,000 items, 'neg'". */
  figure: string;
  /** Milliseconds, unless `unit` says otherwise. */
  median: number;
  p95: number | null;
  unit?: 'ms' | 'KB' | 'MB' | '%';
  /** Whether the budget is met, when the benchmark judges it (a budget relative to a baseline). */
  met?: boolean;
  budget: string | null;
  /** A baseline measured in the same run (MiniSearch, papaparse, the page without the extension). */
  baseline?: { name: string; median: number } | null;
}

export function record(file: string, figures: readonly Figure[]): void {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/${file}.json`, `${JSON.stringify(figures, null, 2)}\n`);
}
