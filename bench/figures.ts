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
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), runs };
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function table(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}
