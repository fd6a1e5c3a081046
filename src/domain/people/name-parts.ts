// A first and a last name from the one name LinkedIn shows ("Ada Sample"), for message
// templates. A guess must not put a wrong word in someone's greeting: when the rule cannot
// tell, the part is unknown ('') and the template's fallback is used instead.
//
// The rule (docs/guide.en.md, "Message templates", says it for users):
// 1. What follows the first comma, bar, bullet or dash is dropped ("Ada Sample, PhD",
//    "Ada Sample | CFO"), and so is anything in
//    brackets ("Ada Sample (she/her)"), emoji and other symbols, and a leading title
//    (Dr, Mr, Mrs, Ms, Prof, M., Mme, Mlle).
// 2. Names written in scripts without spaces between the parts and family name first
//    (Chinese, Japanese, Korean) are not split: both parts unknown.
// 3. "DUPONT Jean" (family name in capitals first, as French forms write it): the leading words
//    in capitals are the last name, the rest the first name.
// 4. Otherwise the first word is the first name (a hyphenated "Jean-Pierre" is one word) and
//    every other word the last name ("de La Fontaine"). A single word is a first name.
//    "Mary Ann Smith" therefore gives "Mary": a template cannot know better.
// 5. A first name that is only an initial ("A." or "A") is unknown.

export interface NameParts {
  firstName: string;
  lastName: string;
}

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'm', 'mme', 'mlle', 'sir', 'dame']);
const SPACELESS_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const UNKNOWN: NameParts = { firstName: '', lastName: '' };

const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);
const inCapitals = (word: string) => /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase();

export function nameParts(fullName: string): NameParts {
  const cleaned = fullName
    .split(/[,|·•–—]| - /)[0]!
    .replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ')
    // Letters, marks, apostrophes, hyphens and full stops stay; emoji, pipes and digits go.
    .replace(/[^\p{L}\p{M}\s'’.-]/gu, ' ');
  if (SPACELESS_SCRIPTS.test(cleaned)) return UNKNOWN;
  const words = cleaned.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  while (words.length > 1 && TITLES.has(words[0]!.replace(/\.$/, '').toLowerCase())) words.shift();
  if (words.length === 0) return UNKNOWN;
  const capitals = words.findIndex((word) => !inCapitals(word));
  const [first, last] = capitals > 0 ? [words.slice(capitals), words.slice(0, capitals)] : [words.slice(0, 1), words.slice(1)];
  const firstName = first.join(' ');
  return { firstName: first.length === 1 && isInitial(firstName) ? '' : firstName, lastName: last.join(' ') };
}
