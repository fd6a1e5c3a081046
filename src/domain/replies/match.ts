// Steps 3 to 5 of reading a reply (see classify.ts): its sentences and clauses, the phrases
// they hold (negation turning them around), time words and contrast, then the strongest class.
import type { Compiled } from './languages';
import type { ReplyClass, RuleClass } from './types';

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

export function sentencesOf(text: string, lang: Compiled): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?;:]+[.!?;:]*/g;
  for (let found = re.exec(text); found; found = re.exec(text)) {
    const whole = found[0];
    const question = whole.includes('?');
    const parts = whole.replace(/[.!?;:]+$/, '').split(lang.contrast);
    parts.forEach((part, i) => {
      const trimmed = part.trim();
      if (trimmed)
        out.push({ text: trimmed, contrast: i > 0 || lang.startsWithContrast.test(trimmed), question: question && i === parts.length - 1 });
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

export function hitsOf(sentences: readonly Sentence[], lang: Compiled): Hit[] {
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
          if (c)
            hits.push({
              c,
              weak: rule.weak === true && c === rule.c,
              sentence: s,
              clause: k,
              negatedStop: rule.c === 'stop' && /\bnot?\b|\bne\b|\bn'|\bpas\b|\bplus\b|\bjamais\b/.test(original),
            });
        }
      }
    });
  });
  return hits;
}

const RANK: Record<RuleClass, number> = {
  stop: 7,
  'out-of-office': 6,
  redirect: 5,
  'not-interested': 4,
  later: 3,
  interested: 2,
  question: 1,
  social: 0,
};

function strongest(hits: readonly Hit[]): RuleClass | null {
  let best: RuleClass | null = null;
  for (const hit of hits) if (!best || RANK[hit.c] > RANK[best]) best = hit.c;
  return best;
}

export function decide(sentences: readonly Sentence[], hits: Hit[], lang: Compiled): ReplyClass {
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
  if (top === 'stop' || top === 'out-of-office' || top === 'redirect' || top === 'social')
    return top === 'redirect' || top === 'social' ? 'other' : top;
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
