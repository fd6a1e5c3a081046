// What a prospect's reply says, decided on the device (issue 25): interested, a question, later,
// not interested, out of office (with the return date when given), asked to stop, or other.
// Rules and phrases, no model and no dependency: pure, deterministic, a reply in microseconds.
// Only the class is ever stored, never the reply.
//
// The engine is generic; each language is one file of phrases (lang/en.ts, lang/fr.ts) and
// registers in LANGUAGES (languages.ts). How a reply is read:
// Phrases are matched on folded text (ASCII after folding), with ASCII word edges.
// 1. cleaned (clean.ts): quoted previous messages ("On ... wrote:"), signatures ("Best
//    regards, ...") and the greeting ("Hi Ana,") are dropped, the rest capped in length;
// 2. folded for matching (clean.ts): lower case, accents removed, ’ read as ', some emoji read
//    as words;
// 3. its language told by frequent words (or given; languages.ts), that language's phrases
//    rewritten ("don't" -> "do not") and matched clause by clause, most specific first
//    (match.ts); a negation word just before a phrase turns it around ("not interested",
//    "not uninterested", "pas intéressé");
// 4. time words change a refusal into "later" ("not interested right now") and so do distant
//    dates after an agreement ("send me the deck in Q3"); after "but" / "mais" the second part
//    weighs more;
// 5. the strongest class wins: stop > out-of-office > (not the right person) > not-interested >
//    later > interested > question > other; a question mark alone makes a question.
// An absence's return date is read last (return-date.ts).
import { prepareReply } from './clean';
import { bestLanguage, compile, LANGUAGES, languageScores, PACKS, type ReplyLanguage } from './languages';
import { decide, hitsOf, sentencesOf } from './match';
import { returnDate } from './return-date';
import { REPLY_CLASSES, type LanguagePack, type ReplyClass } from './types';

export { REPLY_CLASSES, type ReplyClass } from './types';
export type { ReplyLanguage } from './languages';

export interface ReplyClassification {
  class: ReplyClass;
  /** Out of office: the return date given, local midnight in ms (the next such day after `now`). */
  returnsAt?: number;
  language: string;
}

export interface ClassifyOptions {
  /** The time the reply is read at, for "back on Monday" (default: Date.now()). */
  now?: number;
  /** The reply's language when known; otherwise told from its words. */
  language?: ReplyLanguage;
}

/** The class of a reply, its language, and for an absence the return date when given. */
export function classifyReply(text: string, options: ClassifyOptions = {}): ReplyClassification {
  const folded = prepareReply(text);
  const scores = languageScores(folded);
  const code = options.language ?? bestLanguage(scores);
  // Another language's phrases are tried only when the reply's own found nothing, and only a
  // language the reply has words of (a bilingual auto-reply, "Merci, not interested").
  const others = PACKS.filter((pack) => pack.code !== code && (scores.get(pack.code as ReplyLanguage)! > 0 || scores.get(code)! === 0));
  const order = [LANGUAGES[code], ...others];
  let result: ReplyClass = 'other';
  let used: LanguagePack = order[0]!;
  for (const pack of order) {
    const lang = compile(pack);
    let rewritten = folded;
    for (const [re, by] of pack.rewrites) rewritten = rewritten.replace(re, by);
    const sentences = sentencesOf(rewritten, lang);
    const hits = hitsOf(sentences, lang);
    result = decide(sentences, hits, lang);
    used = pack;
    if (hits.length > 0 || result !== 'other') break;
  }
  if (!(REPLY_CLASSES as readonly string[]).includes(result)) result = 'other';
  const out: ReplyClassification = { class: result, language: code };
  if (result === 'out-of-office') {
    const at = returnDate(folded, [used, ...PACKS.filter((pack) => pack !== used)], options.now ?? Date.now());
    if (at !== undefined) out.returnsAt = at;
  }
  return out;
}
