// Plurals by each language's rules, through the real catalogs: French says "0 prospect" and
// "1 prospect", English "0 prospects" and "1 prospect"; every counted pair exists in both.
import { describe, expect, it } from 'vitest';
import { followUpNotification } from '../../src/background/follow-up-notification';
import { formatCount, pluralCategory, pluralText } from '../../src/i18n/plural';
import { translator } from '../../src/i18n/translate';
import { getMessageFrom, loadMessages } from './helpers/french';

const en = loadMessages('en');
const fr = loadMessages('fr');
const tEn = translator(getMessageFrom(en));
const tFr = translator(getMessageFrom(fr));

describe('pluralCategory', () => {
  it('French: 0 and 1 (and what lies between) are one', () => {
    expect([0, 1, 1.5, 2, 10, 1_000_000].map((n) => pluralCategory(n, 'fr'))).toEqual(['one', 'one', 'one', 'other', 'other', 'other']);
    expect(pluralCategory(1, 'fr-CA')).toBe('one');
  });

  it('English: only 1 is one', () => {
    expect([0, 1, 1.5, 2, 21].map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', 'other', 'other', 'other']);
    expect(pluralCategory(1, 'en-US')).toBe('one');
  });

  it("a language's extra forms fall back to other, and a malformed locale reads as English", () => {
    expect(pluralCategory(3, 'pl')).toBe('other');
    expect(pluralCategory(0, 'not a locale!')).toBe('other');
    expect(pluralCategory(1, 'not a locale!')).toBe('one');
  });

  it('writes the count as the language does', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'fr')).toBe('1\u202f234');
  });
});

describe('pluralText', () => {
  const keys = { one: 'followUpNotification_one', other: 'followUpNotification_other' } as const;

  it('picks the form and fills the count first, then the rest', () => {
    expect(pluralText(tFr, 0, keys, 'fr')).toBe('0 prospect à relancer aujourd’hui.');
    expect(pluralText(tFr, 1, keys, 'fr')).toBe('1 prospect à relancer aujourd’hui.');
    expect(pluralText(tFr, 2, keys, 'fr')).toBe('2 prospects à relancer aujourd’hui.');
    expect(pluralText(tEn, 0, keys, 'en')).toBe('0 prospects to follow up today.');
    expect(pluralText(tEn, 1, keys, 'en')).toBe('1 prospect to follow up today.');
    expect(pluralText(tEn, 1, { one: 'crmExported_one', other: 'crmExported_other' }, 'en', ['HubSpot'])).toBe(
      '1 person exported for HubSpot: two files, the people and their activity.',
    );
    const exported = { one: 'crmExported_one', other: 'crmExported_other' } as const;
    expect(pluralText(tFr, 3, exported, 'fr', ['HubSpot'])).toMatch(/^3 personnes exportées pour HubSpot\u00a0:/);
  });

  it('a form may leave the count out: "Every hour", "Toutes les heures"', () => {
    const hours = { one: 'everyHours_one', other: 'everyHours_other' } as const;
    expect([1, 3].map((n) => pluralText(tEn, n, hours, 'en'))).toEqual(['Every hour', 'Every 3 hours']);
    expect([1, 12].map((n) => pluralText(tFr, n, hours, 'fr'))).toEqual(['Toutes les heures', 'Toutes les 12 heures']);
  });
});

describe('the catalogs', () => {
  it('every counted message has both forms in both languages, and the other form shows the count', () => {
    // (A key may end in "_other" for another reason: replyClass_other is the class "other".)
    const counted = Object.keys(en)
      .filter((key) => key.endsWith('_one'))
      .map((key) => key.slice(0, -'_one'.length));
    expect(counted.length).toBeGreaterThan(10);
    for (const name of counted) {
      for (const catalog of [en, fr]) expect(catalog, name).toHaveProperty(`${name}_other`);
      expect(fr, name).toHaveProperty(`${name}_one`);
      expect(en[`${name}_other`]!.placeholders?.['count']?.content, name).toBe('$1');
    }
  });
});

describe('the follow-up notification', () => {
  it('says how many, in the right form, in both languages', () => {
    expect(followUpNotification(tEn, 1, 'en')).toEqual({ title: 'Nurture: follow-ups due', message: '1 prospect to follow up today.' });
    expect(followUpNotification(tEn, 4, 'en').message).toBe('4 prospects to follow up today.');
    expect(followUpNotification(tFr, 1, 'fr').message).toBe('1 prospect à relancer aujourd’hui.');
    expect(followUpNotification(tFr, 12, 'fr').message).toBe('12 prospects à relancer aujourd’hui.');
    expect(followUpNotification(tFr, 1, 'fr').title).not.toMatch(/\(s\)/);
  });
});
