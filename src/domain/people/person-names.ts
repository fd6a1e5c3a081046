// Who a name names. Some LinkedIn conversations show the other person's name without a link
// to their profile: the name is then the only way to know them, and it is trusted only when it
// is certain: exactly one tracked prospect bears it.
import { foldName } from '../text/fold';

/**
 * Whether a title that links nobody may name several people: groups are titled with first
 * names ("Ines, Tom"), counts ("Ines and 3 others") or "&". "Ada Sample, PhD" is refused too:
 * better no person than the wrong one.
 */
export const mayNameSeveralPeople = (name: string): boolean => /[,&+;\d]|\s(and|et|y|und)\s/i.test(name);

/** The longest name a request may carry (the prospects' own limit). */
export const PERSON_NAME_MAX = 120;

/** The form names are compared in (the background's name for foldName). */
export const nameKey = foldName;

/**
 * The one prospect whose name is `name`, or null when none or several bear it: a name shared
 * by two tracked people credits neither of them.
 */
export function uniqueByName<P extends { name: string }>(prospects: Iterable<P>, name: string): P | null {
  const key = nameKey(name);
  if (key === '') return null;
  let found: P | null = null;
  for (const prospect of prospects) {
    if (nameKey(prospect.name) !== key) continue;
    if (found) return null;
    found = prospect;
  }
  return found;
}
