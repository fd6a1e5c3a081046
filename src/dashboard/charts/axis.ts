// Axis maths for the charts: round ticks from zero, and lengths scaled to the axis. Pure.

/**
 * Ticks from 0 up to at least `max`, in steps of 1, 2 or 5 times a power of ten, about `count`
 * of them beyond zero: 0, 5, 10, 15 for 13. Counts never get fractional steps (`integers`),
 * so a week of 3 shares reads 0, 1, 2, 3 and not 0, 0.5, 1 … A max of 0 gives [0, 1]: an empty
 * chart still has a scale.
 */
export function niceTicks(max: number, count = 4, integers = true): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 0;
  if (top === 0) return [0, 1];
  const rough = top / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough - 1e-12) ?? 10 * power;
  if (integers) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  // Multiply, never add: 0.1 + 0.2 must print as 0.3.
  for (let i = 0; ticks.length === 0 || ticks[ticks.length - 1]! < top - 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** `value` as a length along an axis of `length` whose end stands for `max`; 0 when max is 0. */
export function scale(value: number, max: number, length: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return (Math.min(value, max) / max) * length;
}

/**
 * A bar's length: scaled, but at least `minimum` for any value above zero, so one share among
 * hundreds still shows; zero stays zero.
 */
export function barLength(value: number, max: number, length: number, minimum = 2): number {
  const scaled = scale(value, max, length);
  return value > 0 ? Math.max(minimum, scaled) : 0;
}
