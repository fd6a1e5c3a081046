// What a language brings to the reply classifier: its phrases, negation words and date words.
// The engine (classify.ts and the modules it calls) knows no language; a new language is one file like lang/en.ts.

/** The classes a reply is sorted into; only the class is stored, never the reply. */
export const REPLY_CLASSES = ['interested', 'question', 'later', 'not-interested', 'out-of-office', 'stop', 'other'] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];

/**
 * The classes a rule can give. `redirect` ("not the right person", "I left the company") is
 * answered as `other`, but outranks interest and refusal: it is about the address, not the offer.
 * `social` (greetings, congratulations, "how are you?") is answered as `other` too, and ranks
 * lowest: it only keeps small talk with a question mark from counting as a question.
 */
export type RuleClass = Exclude<ReplyClass, 'other'> | 'redirect' | 'social';

/**
 * One phrase family. `re` is a regular expression source matched on folded text (lower case,
 * no accents, straight apostrophes, contractions expanded), inside word boundaries.
 * When a negation word stands just before it (or, where the language puts it, just after it),
 * `neg` says what it becomes: a class, `null` to ignore it, `'keep'` when negation does not
 * apply (the phrase already holds its own negation, like "not now").
 * Default: interested <-> not-interested flip each other; every other class keeps.
 */
export interface Rule {
  c: RuleClass;
  re: string;
  neg?: RuleClass | null | 'keep';
  /** A bare "no" / "non": dropped when the reply says anything else ("No, not right now" is a later). */
  weak?: boolean;
  /** Only in a sentence that is not a question: "the white paper" is interest, "is the white paper gated?" a question. */
  statement?: boolean;
}

export interface LanguagePack {
  code: string;
  /** Frequent words of the language, for telling languages apart (folded). */
  cues: readonly string[];
  /** Rewrites applied to folded text before matching: contractions, fixed phrases that look negative. */
  rewrites: readonly (readonly [RegExp, string])[];
  /** Words that negate what follows within the clause (folded tokens, or prefixes ending in '). */
  negators: readonly string[];
  /** Words that negate what stands just before them (French "ça m'intéresse pas"). */
  postNegators: readonly string[];
  /** Words that start a clause of contrast: what follows them weighs more ("not now, but..."). */
  contrast: readonly string[];
  /** Words that end a clause for negation's reach ("and", "because"). */
  clauseBreaks: readonly string[];
  /** Rules, most specific first: a match masks its words from the rules after it. */
  rules: readonly Rule[];
  /** Time words that turn a refusal into a "not now" ("at the moment", "this year"). */
  deferral: RegExp;
  /** Near time words that keep an agreement an agreement ("this week", "tomorrow", "Monday"). */
  soon: RegExp;
  /** Distant time words that turn an agreement into a "later" ("in Q3", "next year", "in September"). */
  future: RegExp;
  /** Where a quoted previous message starts ("On ... wrote:"). */
  quoteHeaders: readonly RegExp[];
  /** Greetings at the start ("Hi Ana,"), matched on the raw text, case-insensitive. */
  greeting: RegExp;
  /** Closings after which only a signature follows ("Best regards", "Cordialement"). */
  closings: RegExp;
  dates: DateWords;
}

export interface DateWords {
  /** Folded month names and abbreviations -> 0-11. */
  months: Readonly<Record<string, number>>;
  /** Folded weekday names and abbreviations -> 0 (Sunday) - 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Day suffixes after a number ("st", "th", "er"). */
  ordinal: string;
  /** Words before a return date ("back", "de retour"): the date they precede wins. */
  returnCue: RegExp;
  /** Words before the last day of an absence ("until", "jusqu'au"). */
  untilCue: RegExp;
  /** "inclusive", "inclus": the day after is the return. */
  inclusive: RegExp;
  tomorrow: RegExp;
  nextWeek: RegExp;
  /** "in 3 days" / "dans 2 semaines": group 1 the count, group 2 the unit (a day word or a week word). */
  inSome: RegExp;
  weekUnit: RegExp;
}
