import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../scripts/french-typography.mjs';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const fr = load('fr');

const NARROW = '\u202f';
const NBSP = '\u00a0';
// Placeholders, template variables, addresses and tags are not prose: they keep their own characters.
const PROTECTED = /\$[A-Za-z0-9_@]+\$|\{[^{}]*\}|https?:\/\/[^\s«»"]*|<[^<>]*>/g;
const prose = (message: string): string => message.replace(PROTECTED, 'X');
const show = (text: string): string => text.replaceAll(NARROW, '⍽').replaceAll(NBSP, '°');

/** What is wrong with a French message's typography, one line per fault. */
function faults(message: string): string[] {
  const text = prose(message);
  const found: string[] = [];
  const near = (index: number): string => show(text.slice(Math.max(0, index - 12), index + 4));
  for (const match of text.matchAll(/'/g)) found.push(`straight apostrophe: …${near(match.index)}…`);
  for (const match of text.matchAll(/[;?!»]/g)) {
    const before = text[match.index - 1];
    // "?!" keeps its signs together; a sign opening the message has nothing before it.
    if (before === undefined || (match[0] !== '»' && /[;?!]/.test(before))) continue;
    if (before !== NARROW) found.push(`${match[0]} without a narrow no-break space before: …${near(match.index)}…`);
  }
  for (const match of text.matchAll(/«/g)) {
    if (text[match.index + 1] !== NARROW) found.push(`« without a narrow no-break space after: …${near(match.index)}…`);
  }
  for (const match of text.matchAll(/:/g)) {
    const before = text[match.index - 1];
    if (before === undefined || (/\d/.test(before) && /\d/.test(text[match.index + 1] ?? ''))) continue;
    if (before !== NBSP) found.push(`: without a no-break space before: …${near(match.index)}…`);
  }
  return found;
}

describe('French typography in the catalog', () => {
  it('every French message has the house typography (npm run fix:french mends it)', () => {
    const wrong = Object.entries(fr).flatMap(([key, { message }]) => faults(message).map((fault) => `${key}: ${fault}`));
    expect(wrong).toEqual([]);
  });

  it('the fixer has nothing left to change in the French catalog', () => {
    const changed = Object.entries(fr)
      .filter(([, { message }]) => frenchTypography(message) !== message)
      .map(([key]) => key);
    expect(changed).toEqual([]);
  });

  it('no "(s)" plural in either language: plurals go through src/ui/plural.ts', () => {
    for (const [lang, catalog] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const wrong = Object.entries(catalog)
        .filter(([, { message }]) => /\((?:s|x|es)\)/i.test(message))
        .map(([key]) => `${lang}.${key}`);
      expect(wrong).toEqual([]);
    }
  });
});

describe('frenchTypography', () => {
  it('puts the French spaces around signs and the typographic apostrophe', () => {
    expect(show(frenchTypography("Supprimer « $TITLE$ » ? C'est définitif !"))).toBe('Supprimer «⍽$TITLE$⍽»⍽? C’est définitif⍽!');
    expect(show(frenchTypography('Étape : $FROM$ ; puis:$TO$'))).toBe('Étape°: $FROM$⍽; puis°:$TO$');
    expect(show(frenchTypography('Vraiment?!'))).toBe('Vraiment⍽?!');
    expect(show(frenchTypography('Dit : « ça va ? »'))).toBe('Dit°: «⍽ça va⍽?⍽»');
  });

  it('leaves times, placeholders, templates, addresses and tags alone', () => {
    expect(frenchTypography('à 10:30')).toBe('à 10:30');
    expect(frenchTypography("{company|l'équipe} et {firstName|}")).toBe("{company|l'équipe} et {firstName|}");
    expect(frenchTypography('voir https://example.com/a?b=1&c=2!')).toBe('voir https://example.com/a?b=1&c=2!');
    expect(frenchTypography('une adresse https:// complète')).toBe('une adresse https:// complète');
    expect(frenchTypography("<a href='x'>lien</a>")).toBe("<a href='x'>lien</a>");
    expect(frenchTypography('$COUNT$ prospects')).toBe('$COUNT$ prospects');
  });

  it('is idempotent and turns any space before a sign into the right one', () => {
    const once = frenchTypography("Nom : l'a-t-il dit ; oui ! « non »");
    expect(frenchTypography(once)).toBe(once);
    expect(frenchTypography(`Nom${NARROW}:`)).toBe(`Nom${NBSP}:`);
    expect(frenchTypography(`oui${NBSP}!`)).toBe(`oui${NARROW}!`);
    expect(faults(once)).toEqual([]);
  });
});
