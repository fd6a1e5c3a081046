// User Timing marks set once per popup: when something first showed, for the benchmarks.

/** Sets the mark `name` unless it is set already; answers whether it set it now. */
export function markOnce(name: string): boolean {
  if (performance.getEntriesByName(name).length > 0) return false;
  performance.mark(name);
  return true;
}
