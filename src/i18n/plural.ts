// Plurals by the language's own rules (Intl.PluralRules), never "(s)". French and English need only
// two forms, but not at the same counts: French says "0 prospect" and "1,5 heure" (one), English
// "0 prospects" (other). So each counted message is two keys, <name>_one and <name>_other, both
// taking the formatted count as their first placeholder ($1).
import type { MessageKey, Translate } from './translate';

export type PluralCategory = 'one' | 'other';

/** The two messages of a counted text. */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let found = cache.get(locale);
  if (found === undefined) {
    // A locale Intl refuses (a malformed UI language) reads as English rather than throwing.
    try {
      found = make(locale);
    } catch {
      found = make('en');
    }
    cache.set(locale, found);
  }
  return found;
}

/**
 * Which of the two forms a count takes in a language. Languages with more forms (few, many)
 * fall back to the general one: our catalogs have one and other only.
 */
export function pluralCategory(count: number, locale: string): PluralCategory {
  return cached(rules, locale, (l) => new Intl.PluralRules(l)).select(count) === 'one' ? 'one' : 'other';
}

/** The count as the language writes it: "1 234" in French, "1,234" in English. */
export const formatCount = (count: number, locale: string): string =>
  cached(numbers, locale, (l) => new Intl.NumberFormat(l)).format(count);

/**
 * The message for a count, in the given language: the formatted count is the first substitution,
 * `rest` the following ones.
 */
export function pluralText(t: Translate, count: number, keys: PluralKeys, locale: string, rest: readonly string[] = []): string {
  return t(keys[pluralCategory(count, locale)], [formatCount(count, locale), ...rest]);
}
