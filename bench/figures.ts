// Timing helpers for `npm run bench`: figures to read, never pass/fail.

export interface Figures {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `work` `runs` times after a warm-up and returns median and 95th percentile in ms. */
export async function measure(work: () => unknown, runs = 50, warmup = 5): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { median: medianOf(times), p95: p95Of(times), runs };
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The middle value of the runs (of an even count, the upper of the two middle ones). */
export const medianOf = (values: readonly number[]): number => ascending(values)[Math.floor(values.length / 2)]!;

/** The value at 95% of the runs in ascending order: the slowest of twenty runs or fewer. */
export const p95Of = (values: readonly number[]): number =>
  ascending(values)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function table(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}
