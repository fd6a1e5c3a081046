// The clicks views' words: the charts' words (charts/words.ts) and a span of days written in the
// interface's language, as Intl writes a range ("Nov 1 – 30, 2026", "1–30 nov. 2026").
import { uiLanguage } from '../../i18n/i18n';
import { localTime } from '../../domain/time/local-date';
import { uiWords } from '../charts/words';
import type { ClickWords } from './clicks-report';

const formats = new Map<string, Intl.DateTimeFormat>();

function range(from: string, to: string): string {
  const start = localTime(from, 12);
  const end = localTime(to, 12);
  if (start === null || end === null || end < start) return `${uiWords.day(from)} – ${uiWords.day(to)}`;
  const language = uiLanguage();
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' })));
  return format.formatRange(start, end);
}

export const clickWords: ClickWords = { ...uiWords, range };
