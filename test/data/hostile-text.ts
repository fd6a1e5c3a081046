// Building blocks of the hostile inputs that the parsing tests and the hostile bench both make.

/** `unit` repeated to `length` characters or a little more. */
export const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

/** `length` characters or a little more of numbered parts (distinct attribute names, links). */
export function numbered(length: number, part: (index: number) => string): string {
  const parts: string[] = [];
  for (let index = 0, total = 0; total < length; index++) {
    const next = part(index);
    parts.push(next);
    total += next.length;
  }
  return parts.join('');
}
