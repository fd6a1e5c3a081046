// Days typed and shown in the interface's language, never the browser's form-control locale.
import { describe, expect, it } from 'vitest';
import { datePattern, datePlaceholder, formatDay, parseDay } from '../../src/domain/time/date-text';

const fr = datePattern('fr');
const us = datePattern('en-US');

describe('datePattern', () => {
  it('reads the order and the separator of each language from Intl', () => {
    expect(fr).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(us).toEqual({ order: ['month', 'day', 'year'], separator: '/' });
    expect(datePattern('en')).toEqual(us);
    expect(datePattern('en-GB')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(datePattern('de')).toEqual({ order: ['day', 'month', 'year'], separator: '.' });
    expect(datePattern('ja').order).toEqual(['year', 'month', 'day']);
    expect(datePattern('not a language!')).toEqual(us);
  });

  it('gives a placeholder in the language’s letters', () => {
    expect(datePlaceholder(fr, { day: 'j', month: 'm', year: 'a' })).toBe('jj/mm/aaaa');
    expect(datePlaceholder(us, { day: 'd', month: 'm', year: 'y' })).toBe('mm/dd/yyyy');
    expect(datePlaceholder(datePattern('de'), { day: 'T', month: 'M', year: 'J' })).toBe('TT.MM.JJJJ');
  });
});

describe('formatDay', () => {
  it('writes the day as the language does, and leaves empty or odd values as they are', () => {
    expect(formatDay('2026-11-23', fr)).toBe('23/11/2026');
    expect(formatDay('2026-03-01', us)).toBe('03/01/2026');
    expect(formatDay('2026-03-01', datePattern('de'))).toBe('01.03.2026');
    expect(formatDay('', fr)).toBe('');
    expect(formatDay('soon', fr)).toBe('soon');
  });

  it('reads back what it writes, in every language', () => {
    for (const language of ['fr', 'en-US', 'en-GB', 'de', 'ja', 'nl', 'sv']) {
      const pattern = datePattern(language);
      for (const day of ['2026-11-23', '2024-02-29', '2027-01-01'])
        expect(parseDay(formatDay(day, pattern), pattern), `${language} ${day}`).toBe(day);
    }
  });
});

describe('parseDay', () => {
  it('French: day first', () => {
    expect(parseDay('23/11/2026', fr)).toBe('2026-11-23');
    expect(parseDay('1/3/2026', fr)).toBe('2026-03-01');
    expect(parseDay('01.03.2026', fr)).toBe('2026-03-01');
    expect(parseDay(' 23 11 2026 ', fr)).toBe('2026-11-23');
    expect(parseDay('23 / 11 / 2026', fr)).toBe('2026-11-23');
    expect(parseDay('23-11-2026', fr)).toBe('2026-11-23');
    expect(parseDay('23112026', fr)).toBe('2026-11-23');
  });

  it('US English: month first', () => {
    expect(parseDay('11/23/2026', us)).toBe('2026-11-23');
    expect(parseDay('3/1/2026', us)).toBe('2026-03-01');
    expect(parseDay('23/11/2026', us)).toBeNull();
    expect(parseDay('11232026', us)).toBe('2026-11-23');
  });

  it('refuses what is not a calendar day', () => {
    const wrong = ['31/02/2026', '29/02/2025', '00/01/2026', '12/13/2026', '32/01/2026', '', '   ', '23/11', '23/11/2026/1', 'demain'];
    for (const text of [...wrong, '23/11/20266', '123/1/2026', '2026-02-30', '1e1/2/2026']) {
      expect(parseDay(text, fr), text).toBeNull();
    }
    expect(parseDay('29/02/2024', fr)).toBe('2024-02-29');
  });

  it('two-digit years are this century; a pasted ISO date is read in any language', () => {
    expect(parseDay('23/11/26', fr)).toBe('2026-11-23');
    expect(parseDay('1/2/07', us)).toBe('2007-01-02');
    expect(parseDay('2026-11-23', fr)).toBe('2026-11-23');
    expect(parseDay('2026-1-5', us)).toBe('2026-01-05');
    expect(parseDay('1/1/726', fr)).toBeNull();
  });
});
