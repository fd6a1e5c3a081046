// Which tracked prospects a few typed words name: every word in the name or the company,
// accents and case folded ("lucia acme" finds "Lucía Ejemplo · ACME"). Pure, for the combobox.
import type { Prospect } from '../domain/model';
import { profilePathOf } from '../domain/people/profile-ids';
import { foldName } from '../domain/text/fold';

/** How many options the combobox lists at most. */
export const MAX_OPTIONS = 20;

/** "Name · Company", or the name alone: how a prospect is shown wherever one is chosen. */
export const prospectLabel = (prospect: Pick<Prospect, 'name' | 'company'>): string =>
  prospect.company ? `${prospect.name} · ${prospect.company}` : prospect.name;

/** The words of a search, folded; none for a profile address (that is taken as it is). */
export function searchWords(text: string): string[] {
  if (looksLikeProfile(text)) return [];
  return foldName(text)
    .split(' ')
    .filter((word) => word !== '');
}

/** Whether the text is a profile URL or "/in/…" path rather than words of a name. */
export const looksLikeProfile = (text: string): boolean => /\/in\//i.test(text) && profilePathOf(text) !== null;

/**
 * The longest word: what the background is asked to match (it matches one run of text in name,
 * company and headline), so its answer holds every prospect the words can name, and few more.
 */
export const serverText = (words: readonly string[]): string =>
  words.reduce((longest, word) => (word.length > longest.length ? word : longest), '').slice(0, 100);

/** The prospects every word names (in name or company), names starting with the first word first, then by name. */
export function matchProspects(prospects: readonly Prospect[], words: readonly string[], max = MAX_OPTIONS): Prospect[] {
  const scored = prospects
    .map((prospect) => ({ prospect, name: foldName(prospect.name), both: foldName(`${prospect.name} ${prospect.company}`) }))
    .filter(({ both }) => words.every((word) => both.includes(word)));
  const first = words[0] ?? '';
  const starts = (name: string) => (first !== '' && name.startsWith(first) ? 0 : 1);
  scored.sort((a, b) => starts(a.name) - starts(b.name) || a.name.localeCompare(b.name) || a.prospect.id.localeCompare(b.prospect.id));
  return scored.slice(0, max).map(({ prospect }) => prospect);
}
