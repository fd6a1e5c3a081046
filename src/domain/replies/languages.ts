// The languages the reply classifier reads (one file of phrases each, in lang/), each compiled
// once into what the matcher uses, and telling which of them a reply is written in by its
// frequent words.
import { en } from './lang/en';
import { fr } from './lang/fr';
import type { LanguagePack, Rule } from './types';

/** The languages the classifier reads; the first is the default when nothing tells them apart. */
export const LANGUAGES = { en, fr } as const satisfies Record<string, LanguagePack>;
export type ReplyLanguage = keyof typeof LANGUAGES;

export interface Compiled {
  pack: LanguagePack;
  rules: { rule: Rule; re: RegExp }[];
  cues: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  negatorPrefixes: readonly string[];
  postNegators: ReadonlySet<string>;
  contrast: RegExp;
  startsWithContrast: RegExp;
  breaks: RegExp;
  closings: RegExp;
}

/** Every language, in the order registered. */
export const PACKS: readonly LanguagePack[] = Object.values(LANGUAGES);
const compiled = new Map<string, Compiled>();

/** A language's words as the matcher reads them: built once per language, then reused. */
export function compile(pack: LanguagePack): Compiled {
  const known = compiled.get(pack.code);
  if (known) return known;
  const words = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  const result: Compiled = {
    pack,
    rules: pack.rules.map((rule) => ({ rule, re: new RegExp(`(?<![a-z0-9_])(?:${rule.re})(?![a-z0-9_])`, 'g') })),
    cues: new Set(pack.cues),
    negators: new Set(pack.negators.filter((w) => !w.endsWith("'"))),
    negatorPrefixes: pack.negators.filter((w) => w.endsWith("'")),
    postNegators: new Set(pack.postNegators),
    // A contrast word starts a new sentence: "not now, but ..." -> ["not now", "but ..."].
    contrast: new RegExp(`(?<![\\p{L}\\p{N}_'])(?=(?:${words(pack.contrast)})(?![\\p{L}\\p{N}_]))`, 'gu'),
    startsWithContrast: new RegExp(`^(?:${words(pack.contrast)})(?![\\p{L}\\p{N}_])`, 'u'),
    breaks: new RegExp(`(?<![\\p{L}\\p{N}_'])(?:${words(pack.clauseBreaks)})(?![\\p{L}\\p{N}_])`, 'gu'),
    closings: new RegExp(pack.closings.source, 'giu'),
  };
  compiled.set(pack.code, result);
  return result;
}

/** How many of each language's frequent words the reply holds. */
export function languageScores(folded: string): Map<ReplyLanguage, number> {
  const tokens = folded.match(/[\p{L}']+/gu) ?? [];
  const scores = new Map<ReplyLanguage, number>();
  for (const [code, pack] of Object.entries(LANGUAGES) as [ReplyLanguage, LanguagePack][]) {
    const { cues } = compile(pack);
    let score = 0;
    for (const token of tokens) {
      // "j'ai" counts "j" and "ai"; "don't" counts "don".
      for (const part of token.split("'")) if (part && cues.has(part)) score++;
    }
    scores.set(code, score);
  }
  return scores;
}

/** The language with the most frequent words; the first registered on a tie. */
export function bestLanguage(scores: ReadonlyMap<ReplyLanguage, number>): ReplyLanguage {
  let best = Object.keys(LANGUAGES)[0] as ReplyLanguage;
  for (const [code, score] of scores) if (score > scores.get(best)!) best = code;
  return best;
}
