// Text folding for search and matching: users type "strategie" and expect "Stratégie".

const LIGATURES: ReadonlyMap<string, string> = new Map([
  ['œ', 'oe'],
  ['æ', 'ae'],
  ['ß', 'ss'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ł', 'l'],
  ['ı', 'i'],
]);

/** Lower case, accents and ligatures removed: the form every comparison is made in. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłı]/g, (c) => LIGATURES.get(c) ?? c);
}

// The one name folding: the content script and the background agree on who "Zoë Ørsted" is.
/** A name as names are compared: white space collapsed, then folded. */
export function foldName(name: string): string {
  return fold(squash(name)).replace(/\s+/g, ' ').trim();
}

/** Folded words: runs of letters and digits. Apostrophes split ("l'achat" -> l, achat). */
export function tokenize(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Collapses runs of white space into one space and trims; no text (a missing node's) is ''. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A short stable hash (FNV-1a, base 36): an id for what LinkedIn shows without one. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Cuts at a word boundary, with an ellipsis, so summaries stay short in lists. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The 1-based line on which `position` falls (the last line by default): parsers count in characters, people in lines. */
export function lineAt(text: string, position = text.length): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
