// Top-k selection for ranked search results.

/**
 * The first `count` of `list` in `order`, without sorting all of it: a one-letter query
 * matches most of the library, and the popup shows twenty.
 */
export function best<T>(list: readonly T[], count: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (count <= 0) return kept;
  for (const entry of list) {
    if (kept.length === count && order(entry, kept[count - 1]!) >= 0) continue;
    // Binary search for its place among those kept (stable: after equals).
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(entry, kept[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, entry);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
