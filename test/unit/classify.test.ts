// The on-device reply classifier (issue 25): per-class accuracy on the labelled corpora
// (test/data/replies/en.tsv and fr.tsv, invented replies) and the cases that must never slip:
// negations, absence dates, quoted text and signatures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReply, REPLY_CLASSES, type ReplyClass } from '../../src/domain/replies/classify';

interface Labelled {
  label: ReplyClass;
  text: string;
}

/** `<class>\t<reply>` per line; `#` starts a comment line; a literal "\n" is a line break. */
export function loadCorpus(language: 'en' | 'fr'): Labelled[] {
  return readFileSync(new URL(`../data/replies/${language}.tsv`, import.meta.url), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      const label = line.slice(0, tab) as ReplyClass;
      if (!REPLY_CLASSES.includes(label)) throw new Error(`unknown class in ${language}.tsv: ${line}`);
      return { label, text: line.slice(tab + 1).replace(/\\n/g, '\n') };
    });
}

// A fixed "now": Wednesday 10 December 2025, 15:00 local time.
const NOW = new Date(2025, 11, 10, 15, 0).getTime();
const day = (year: number, month: number, date: number) => new Date(year, month - 1, date).getTime();
const cls = (text: string, language?: 'en' | 'fr') => classifyReply(text, language ? { now: NOW, language } : { now: NOW }).class;

describe.each(['en', 'fr'] as const)('the %s corpus', (language) => {
  const corpus = loadCorpus(language);

  it('has at least 200 replies, every class 25 times or more', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const c of REPLY_CLASSES) expect(corpus.filter((row) => row.label === c).length, c).toBeGreaterThanOrEqual(25);
  });

  it('is classified at 90% or better in every class, and its language is told', () => {
    const misses: string[] = [];
    for (const c of REPLY_CLASSES) {
      const rows = corpus.filter((row) => row.label === c);
      const wrong = rows.filter((row) => classifyReply(row.text, { now: NOW }).class !== c);
      misses.push(...wrong.map((row) => `${c} -> ${classifyReply(row.text, { now: NOW }).class}: ${row.text}`));
      expect((rows.length - wrong.length) / rows.length, `${c}:\n${wrong.map((row) => row.text).join('\n')}`).toBeGreaterThanOrEqual(0.9);
    }
    const wrongLanguage = corpus.filter(
      (row) => /\p{L}{2}/u.test(row.text) && row.text.length > 25 && classifyReply(row.text).language !== language,
    );
    expect(wrongLanguage.map((row) => row.text)).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    ['Not interested', 'not-interested'],
    ["I'm not uninterested", 'interested'],
    ["I wouldn't say no", 'interested'],
    ['I would not say no to a call', 'interested'],
    ['No thanks', 'not-interested'],
    ['No problem, send it over', 'interested'],
    ["Don't hesitate to send me the guide", 'interested'],
    ["We don't need this", 'not-interested'],
    ['Not interested right now', 'later'],
    ['Not now, but send me the deck in Q3', 'later'],
    ["It doesn't sound relevant", 'not-interested'],
    ['Je ne dis pas non', 'interested'],
    ['Pas intéressé', 'not-interested'],
    ["Ce n'est pas inintéressant", 'interested'],
    ["Ça ne m'intéresse pas", 'not-interested'],
    ["Ça m'intéresse pas", 'not-interested'],
    ["Ça m'intéresse", 'interested'],
    ["N'hésitez pas à m'envoyer la doc", 'interested'],
    ['Pas de souci, envoyez-moi le lien', 'interested'],
    ['Je ne suis pas contre', 'interested'],
    ['Non merci', 'not-interested'],
  ] as const)('%s -> %s', (text, expected) => expect(cls(text)).toBe(expected));
});

describe('priorities', () => {
  it.each([
    ['Please remove me from your list', 'stop'],
    ['unsubscribe', 'stop'],
    ['Stop messaging me', 'stop'],
    ['Merci de ne plus me contacter', 'stop'],
    ['Not interested, and please do not contact me again', 'stop'],
    ["Don't contact me before March", 'later'],
    ['Ne me recontactez pas avant septembre', 'later'],
    ['Sounds good, let’s talk', 'interested'],
    ['Happy to chat next week', 'interested'],
    ['Oui avec plaisir', 'interested'],
    ["What's the price?", 'question'],
    ['Can you share a case study?', 'question'],
    ['Can you send me more info?', 'interested'],
    ['Interesting, but we already have a tool for this', 'not-interested'],
    ["I'm not the right person, try Ada in marketing", 'other'],
    ['Thanks!', 'other'],
  ] as const)('%s -> %s', (text, expected) => expect(cls(text)).toBe(expected));
});

describe('out-of-office return dates, the next such day after now (10 Dec 2025)', () => {
  it.each([
    ['I am out of the office until 12 January', day(2026, 1, 12)],
    ['Out of office, back on Monday 5th', day(2026, 1, 5)],
    ['I am on leave, back on Monday', day(2025, 12, 15)],
    ['Out of office until December 12th', day(2025, 12, 12)],
    ['OOO until Jan 8th, 2027', day(2027, 1, 8)],
    ['I am away from 20 Dec to 3 Jan', day(2026, 1, 3)],
    ['Automatic reply: back tomorrow', day(2025, 12, 11)],
    ['Out of office, returning 2026-02-01', day(2026, 2, 1)],
    ['Je suis en congés, de retour le 12/01', day(2026, 1, 12)],
    ['Je suis absente jusqu au 12 janvier', day(2026, 1, 12)],
    ["Absent jusqu'au 3 janvier", day(2026, 1, 3)],
    ["Absent jusqu'au 3 janvier inclus", day(2026, 1, 4)],
    ['Je suis en vacances du 1er au 15 août', day(2026, 8, 15)],
    ['Absente, je reprends le lundi 9 février', day(2026, 2, 9)],
    ['En déplacement, de retour lundi', day(2025, 12, 15)],
    ['Message automatique : absent du 22 décembre au 2 janvier', day(2026, 1, 2)],
  ] as const)('%s', (text, expected) => {
    const found = classifyReply(text, { now: NOW });
    expect(found.class).toBe('out-of-office');
    expect(found.returnsAt).toBe(expected);
  });

  it('gives no date when none is given, and none for other classes', () => {
    expect(classifyReply('I am currently out of the office.', { now: NOW })).toEqual({ class: 'out-of-office', language: 'en' });
    expect(classifyReply('Happy to talk on 12 January', { now: NOW }).returnsAt).toBeUndefined();
  });
});

describe('cleaning', () => {
  it('ignores the quoted previous message', () => {
    const reply =
      'Sounds good, let’s talk.\n\nOn Tue, 9 Dec 2025 at 10:02, Ada Lovell <ada@example.com> wrote:\n> Not interested? Reply STOP to unsubscribe.';
    expect(cls(reply)).toBe('interested');
    expect(cls('Volontiers.\n\nLe mar. 9 déc. 2025 à 10:02, Ada a écrit :\n> Répondez STOP pour vous désabonner')).toBe('interested');
    expect(cls('Not interested\n> Would you like our deck? Happy to chat next week')).toBe('not-interested');
  });

  it('ignores greetings and signatures', () => {
    expect(cls('Hi Ana,\nnot interested, thanks.\nBest regards,\nBruno Example\nHead of Sales | Available Mon-Fri')).toBe('not-interested');
    expect(cls('Bonjour Chloé,\nPas pour le moment.\nCordialement,\nDavid\nResponsable des achats, disponible au 01 00 00 00 00')).toBe(
      'later',
    );
    expect(cls('Thanks, Ada')).toBe('other');
    expect(cls('Thanks, I am interested')).toBe('interested');
  });

  it('reads curly apostrophes, accents left out and shouting alike', () => {
    expect(cls('I don’t need this')).toBe('not-interested');
    expect(cls('CA NE M INTERESSE PAS', 'fr')).toBe('not-interested');
    expect(cls('NOT INTERESTED')).toBe('not-interested');
  });

  it('tells the language', () => {
    expect(classifyReply('Merci, je ne suis pas intéressé').language).toBe('fr');
    expect(classifyReply('Thanks, I am not interested').language).toBe('en');
    expect(classifyReply('Thanks, I am not interested', { language: 'fr' }).language).toBe('fr');
  });

  it('stays bounded on very long or empty input', () => {
    expect(cls('')).toBe('other');
    expect(cls('   \n  ')).toBe('other');
    // Only the first 20,000 characters are read: what follows cannot change the answer (or
    // its cost, which npm run bench measures); the speed itself is no test's business.
    const long = `${'blah '.repeat(200_000)} not interested`;
    expect(REPLY_CLASSES).toContain(cls(long));
    expect(classifyReply(long, { now: NOW })).toEqual(classifyReply(long.slice(0, 20_000), { now: NOW }));
  });

  it('is deterministic', () => {
    const text = 'Not now, but send me the deck in Q3';
    expect(classifyReply(text, { now: NOW })).toEqual(classifyReply(text, { now: NOW }));
  });
});
