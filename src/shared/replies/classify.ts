// What a prospect's reply says, decided on the device (issue 25): interested, a question, later,
// not interested, out of office (with the return date when given), asked to stop, or other.
// Rules and phrases, no model and no dependency: pure, deterministic, a reply in microseconds.
// Only the class is ever stored, never the reply.
//
// The engine is generic; each language is one file of phrases (lang/en.ts, lang/fr.ts) and
// registers in LANGUAGES below. How a reply is read:
// Phrases are matched on folded text (ASCII after folding), with ASCII word edges.
// 1. cleaned: quoted previous messages ("On ... wrote:"), signatures ("Best regards, ...") and
//    the greeting ("Hi Ana,") are dropped, the rest capped in length;
// 2. folded for matching: lower case, accents removed, ’ read as ', some emoji read as words;
// 3. its language told by frequent words (or given), that language's phrases rewritten
//    ("don't" -> "do not") and matched clause by clause, most specific first; a negation word
//    just before a phrase turns it around ("not interested", "not uninterested", "pas intéressé");
// 4. time words change a refusal into "later" ("not interested right now") and so do distant
//    dates after an agreement ("send me the deck in Q3"); after "but" / "mais" the second part
//    weighs more;
// 5. the strongest class wins: stop > out-of-office > (not the right person) > not-interested >
//    later > interested > question > other; a question mark alone makes a question.
import { fold } from '../text';
import { en } from './lang/en';
import { fr } from './lang/fr';
import { REPLY_CLASSES, type LanguagePack, type ReplyClass, type Rule, type RuleClass } from './types';

export { REPLY_CLASSES, type ReplyClass } from './types';

/** The languages the classifier reads; the first is the default when nothing tells them apart. */
export const LANGUAGES = { en, fr } as const satisfies Record<string, LanguagePack>;
export type ReplyLanguage = keyof typeof LANGUAGES;

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

/** Longer input is cut: nobody's answer is longer, and the work stays bounded. */
const MAX_INPUT = 20_000;
const MAX_BODY = 3_000;

interface Compiled {
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

const PACKS: readonly LanguagePack[] = Object.values(LANGUAGES);
const compiled = new Map<string, Compiled>();

function compile(pack: LanguagePack): Compiled {
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

// ---------------------------------------------------------------------------------------------
// Cleaning

/** Signs read as words before folding; other emoji are dropped. */
const EMOJI_WORDS: readonly (readonly [RegExp, string])[] = [
  [/[👍👌🤝✅🙌💯🚀]|:\+1:|\(y\)/gu, ' emojiyes '],
  [/[👎🙅❌🚫⛔]/gu, ' emojino '],
  [/[🏖🌴✈🏝⛱🏔⛷🎄🌞]/gu, ' emojiaway '],
];

/** What may follow a closing: nothing, a block on the next lines, or a short name ("Ada", "Bruno M."). */
function signatureLike(tail: string): boolean {
  if (tail.length > 400) return false;
  if (/^[\s,.!:-]*$/.test(tail)) return true;
  if (/^[ \t,.!:-]*\n/.test(tail)) return true;
  const name = /^[\s,.!:-]*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})[.!]?\s*$/u.exec(tail);
  return !!name && !/^(?:I|I'm|I’m|We|Let's|Happy|Not|No|Yes|Please|Je|Nous|Pas|Oui|Non)\b/u.test(name[1]!.trim());
}

function dropQuotesAndSignature(text: string): string {
  let body = text
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  let cut = body.length;
  for (const pack of PACKS) {
    for (const header of pack.quoteHeaders) {
      const found = header.exec(body);
      if (found && found.index < cut) cut = found.index;
    }
  }
  body = body.slice(0, cut);
  // A closing ("Best regards", "Cordialement", "Sent from my iPhone") after a sentence, with
  // nothing but a name or a signature block after it.
  let end = body.length;
  for (const pack of PACKS) {
    const re = compile(pack).closings;
    re.lastIndex = 0;
    for (let found = re.exec(body); found; found = re.exec(body)) {
      if (found[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (found.index === 0 || found.index >= end) continue;
      const before = body.slice(Math.max(0, found.index - 3), found.index);
      if (!/(?:^|[\n.!?,;)]|\s-)\s*$/.test(before) && found.index > 0) continue;
      if (signatureLike(body.slice(found.index + found[0].length))) end = found.index;
    }
  }
  body = body.slice(0, end);
  for (const pack of PACKS) body = body.replace(pack.greeting, ' ');
  return body;
}

/** Lower case, no accents, straight apostrophes, emoji as words, single spaces (line breaks kept as full stops). */
function foldForMatching(text: string): string {
  let out = text;
  for (const [re, word] of EMOJI_WORDS) out = out.replace(re, word);
  out = out
    .replace(/[\u2018\u2019\u02bc\u00b4`\u2032]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u2026/g, '...')
    .replace(/[\u00a0\u202f\t]/g, ' ');
  out = fold(out)
    .replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
    .replace(/\n+/g, ' . ')
    .replace(/ {2,}/g, ' ');
  return out.trim();
}

/** How many of each language's frequent words the reply holds. */
function languageScores(folded: string): Map<ReplyLanguage, number> {
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
function bestLanguage(scores: ReadonlyMap<ReplyLanguage, number>): ReplyLanguage {
  let best = Object.keys(LANGUAGES)[0] as ReplyLanguage;
  for (const [code, score] of scores) if (score > scores.get(best)!) best = code;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface Hit {
  c: RuleClass;
  weak: boolean;
  sentence: number;
  clause: number;
  /** Where the hit came from, for the time-word conversions. */
  negatedStop: boolean;
}

interface Sentence {
  text: string;
  contrast: boolean;
  question: boolean;
}

function sentencesOf(text: string, lang: Compiled): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?;:]+[.!?;:]*/g;
  for (let found = re.exec(text); found; found = re.exec(text)) {
    const whole = found[0];
    const question = whole.includes('?');
    const parts = whole.replace(/[.!?;:]+$/, '').split(lang.contrast);
    parts.forEach((part, i) => {
      const trimmed = part.trim();
      if (trimmed) out.push({ text: trimmed, contrast: i > 0 || lang.startsWithContrast.test(trimmed), question: question && i === parts.length - 1 });
    });
  }
  return out;
}

function isNegator(token: string, lang: Compiled): boolean {
  if (lang.negators.has(token)) return true;
  return lang.negatorPrefixes.some((prefix) => token.startsWith(prefix));
}

function negated(clause: string, start: number, end: number, lang: Compiled): boolean {
  const before = clause.slice(0, start).split(/\s+/).filter(Boolean).slice(-4);
  if (before.some((token) => isNegator(token, lang))) return true;
  if (lang.postNegators.size === 0) return false;
  const after = clause.slice(end).split(/\s+/).filter(Boolean).slice(0, 2);
  return after.some((token) => lang.postNegators.has(token));
}

function flip(c: RuleClass): RuleClass | null {
  if (c === 'interested') return 'not-interested';
  if (c === 'not-interested') return 'interested';
  return c;
}

function hitsOf(sentences: readonly Sentence[], lang: Compiled): Hit[] {
  const hits: Hit[] = [];
  sentences.forEach((sentence, s) => {
    const clauses = sentence.text.split(/,|\s-\s|\(|\)/).flatMap((part) => part.split(lang.breaks));
    clauses.forEach((original, k) => {
      let clause = ` ${original.trim()} `;
      for (const { rule, re } of lang.rules) {
        if (rule.statement && sentence.question) continue;
        re.lastIndex = 0;
        let found: RegExpExecArray | null;
        const spans: [number, number, RuleClass | null][] = [];
        while ((found = re.exec(clause))) {
          if (found[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const start = found.index;
          const end = start + found[0].length;
          let c: RuleClass | null = rule.c;
          if (rule.neg !== 'keep' && negated(clause, start, end, lang)) c = rule.neg === undefined ? flip(rule.c) : rule.neg;
          spans.push([start, end, c]);
        }
        for (const [start, end, c] of spans) {
          // Masked: the words of a phrase found are not read again by the rules after it.
          clause = clause.slice(0, start) + '_'.repeat(end - start) + clause.slice(end);
          if (c) hits.push({ c, weak: rule.weak === true && c === rule.c, sentence: s, clause: k, negatedStop: rule.c === 'stop' && /\bnot?\b|\bne\b|\bn'|\bpas\b|\bplus\b|\bjamais\b/.test(original) });
        }
      }
    });
  });
  return hits;
}

const RANK: Record<RuleClass, number> = { stop: 7, 'out-of-office': 6, redirect: 5, 'not-interested': 4, later: 3, interested: 2, question: 1, social: 0 };

function strongest(hits: readonly Hit[]): RuleClass | null {
  let best: RuleClass | null = null;
  for (const hit of hits) if (!best || RANK[hit.c] > RANK[best]) best = hit.c;
  return best;
}

function decide(sentences: readonly Sentence[], hits: Hit[], lang: Compiled): ReplyClass {
  // Time words: "not interested right now" is a "later"; so is "don't contact me before
  // September" and "send me the deck in Q3".
  for (const hit of hits) {
    const text = sentences[hit.sentence]!.text;
    if (hit.c === 'not-interested' && lang.pack.deferral.test(text)) hit.c = 'later';
    else if (hit.c === 'stop' && hit.negatedStop && (lang.pack.deferral.test(text) || lang.pack.future.test(text))) hit.c = 'later';
    else if (hit.c === 'interested' && lang.pack.future.test(text) && !lang.pack.soon.test(text)) hit.c = 'later';
  }
  // A bare "no" says nothing more than what comes with it: "No, not before March" is a later.
  if (hits.some((hit) => hit.weak) && hits.some((hit) => !hit.weak && hit.c !== 'question')) hits = hits.filter((hit) => !hit.weak);
  const top = strongest(hits);
  if (top === 'stop' || top === 'out-of-office' || top === 'redirect' || top === 'social') return top === 'redirect' || top === 'social' ? 'other' : top;
  if (top) {
    // After "but", the second part weighs more: "interesting, but we already have a tool".
    let lastContrast = -1;
    hits.forEach((hit) => {
      if (sentences[hit.sentence]!.contrast && hit.c !== 'question') lastContrast = Math.max(lastContrast, hit.sentence);
    });
    if (lastContrast >= 0) {
      const after = hits.filter((hit) => hit.sentence >= lastContrast && hit.c !== 'question');
      const before = hits.filter((hit) => hit.sentence < lastContrast);
      const second = strongest(after);
      // "Not now, but send me the deck": a deferral with interest is a later.
      if (second === 'interested' && before.some((hit) => hit.c === 'later')) return 'later';
      if (second) return second as ReplyClass;
    }
    return top as ReplyClass;
  }
  return sentences.some((sentence) => sentence.question) ? 'question' : 'other';
}

// ---------------------------------------------------------------------------------------------
// Return dates

interface Mention {
  index: number;
  end: number;
  day: (base: Date) => Date | null;
}

const alternation = (names: Readonly<Record<string, number>>) =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .join('|');

function valid(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null;
}

/** The day, this year or next, on or after `base` (a year given is kept). */
function nextOccurrence(base: Date, month: number, day: number, year?: number): Date | null {
  if (year !== undefined) return valid(year < 100 ? 2000 + year : year, month, day);
  for (let y = base.getFullYear(); y <= base.getFullYear() + 4; y++) {
    const date = valid(y, month, day);
    if (date && date.getTime() >= base.getTime()) return date;
  }
  return null;
}

function nextDayOfMonth(base: Date, day: number, weekday?: number): Date | null {
  let first: Date | null = null;
  for (let i = 0; i < 14; i++) {
    const month = new Date(base.getFullYear(), base.getMonth() + i, 1);
    const candidate = valid(month.getFullYear(), month.getMonth(), day);
    if (!candidate || candidate.getTime() < base.getTime()) continue;
    first ??= candidate;
    if (weekday === undefined || candidate.getDay() === weekday) return candidate;
  }
  return first;
}

function nextWeekday(base: Date, weekday: number): Date {
  const date = new Date(base);
  do date.setDate(date.getDate() + 1);
  while (date.getDay() !== weekday);
  return date;
}

function addDays(base: Date, days: number): Date {
  const date = new Date(base);
  date.setDate(date.getDate() + days);
  return date;
}

function mentionsOf(text: string, pack: LanguagePack): Mention[] {
  const { months, weekdays, ordinal } = pack.dates;
  const M = alternation(months);
  const W = alternation(weekdays);
  const O = `(?:${ordinal})?`;
  const b = '(?<![\\p{L}\\p{N}])';
  const e = '(?![\\p{L}\\p{N}])';
  const found: Mention[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => Mention['day']) => {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const index = m.index;
      const end = index + m[0].length;
      if (!found.some((other) => index < other.end && end > other.index)) found.push({ index, end, day: make(m) });
    }
  };
  // Maps, not the records: a matched word is never a key of a plain object.
  const monthOf = new Map(Object.entries(months));
  const dayOf = new Map(Object.entries(weekdays));
  const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  add(new RegExp(`${b}(\\d{4})-(\\d{1,2})-(\\d{1,2})${e}`, 'gu'), (m) => () => valid(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  add(new RegExp(`${b}(?:(${W})\\.?,?\\s+)?(?:the\\s+|le\\s+)?(\\d{1,2})${O}\\s+(?:of\\s+|de\\s+)?(${M})\\.?${e}(?:,?\\s+(\\d{4})${e})?`, 'gu'), (m) => (base) =>
    nextOccurrence(base, monthOf.get(m[3]!)!, Number(m[2]), num(m[4])),
  );
  add(new RegExp(`${b}(?:(${W})\\.?,?\\s+)?(${M})\\.?\\s+(?:the\\s+)?(\\d{1,2})${O}${e}(?:,?\\s+(\\d{4})${e})?`, 'gu'), (m) => (base) =>
    nextOccurrence(base, monthOf.get(m[2]!)!, Number(m[3]), num(m[4])),
  );
  // Numeric dates read day first (12/01 is 12 January), unless the first number cannot be a month's day order.
  add(/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d./-]*\d)/g, (m) => (base) => {
    let [day, month] = [Number(m[1]), Number(m[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (month < 1 || month > 12) return null;
    return nextOccurrence(base, month - 1, day, num(m[3]));
  });
  add(new RegExp(`${b}(${W})\\.?,?\\s+(?:the\\s+|le\\s+)?(\\d{1,2})${O}${e}`, 'gu'), (m) => (base) => nextDayOfMonth(base, Number(m[2]), dayOf.get(m[1]!)));
  const fullWeekdays = Object.keys(weekdays).filter((name) => name.length > 4);
  add(new RegExp(`${b}(${fullWeekdays.join('|')})${e}`, 'gu'), (m) => (base) => nextWeekday(base, dayOf.get(m[1]!)!));
  add(new RegExp(pack.dates.tomorrow.source, 'gu'), () => (base) => addDays(base, 1));
  add(new RegExp(pack.dates.nextWeek.source, 'gu'), () => (base) => nextWeekday(base, 1));
  add(new RegExp(pack.dates.inSome.source, 'gu'), (m) => (base) => {
    const count = Number(m[1]);
    if (!Number.isFinite(count) || count > 400) return null;
    return addDays(base, pack.dates.weekUnit.test(m[2] ?? '') ? count * 7 : count);
  });
  return found.sort((x, y) => x.index - y.index);
}

/** The return date an absence message gives, local midnight, or undefined. */
export function returnDate(folded: string, packs: readonly LanguagePack[], now: number): number | undefined {
  const start = new Date(now);
  const base = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  for (const pack of packs) {
    const mentions = mentionsOf(folded, pack);
    if (mentions.length === 0) continue;
    const after = (cue: RegExp) => {
      const re = new RegExp(cue.source, 'gu');
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const end = m.index + m[0].length;
        const next = mentions.find((mention) => mention.index >= end && mention.index - end <= 40);
        if (next) return next;
      }
      return undefined;
    };
    const back = after(pack.dates.returnCue);
    const chosen = back ?? after(pack.dates.untilCue) ?? mentions[mentions.length - 1]!;
    const day = chosen.day(base);
    if (!day) continue;
    const inclusive = !back && pack.dates.inclusive.test(folded.slice(chosen.end, chosen.end + 20));
    return (inclusive ? addDays(day, 1) : day).getTime();
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/** Cleans and folds a reply: what the rules read (exported for the tests and the benchmark). */
export function prepareReply(text: string): string {
  const raw = text.slice(0, MAX_INPUT).replace(/\r\n?/g, '\n');
  return foldForMatching(dropQuotesAndSignature(raw).slice(0, MAX_BODY));
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
