// Dates and numbers as the user reads them: through Intl, in the browser's UI language, in the
// user's time zone. Formatters are made once per language (they are costly to build).
import { uiLanguage } from '../shared/i18n';
import { localTime } from '../shared/local-date';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, make: (language: string) => F): F {
  const language = uiLanguage();
  const key = `${kind} ${language}`;
  let found = cache.get(key) as F | undefined;
  if (!found) cache.set(key, (found = make(language)));
  return found;
}

/** "22 nov. 2026, 10:05" / "Nov 22, 2026, 10:05 AM". */
export const dateTime = (time: number) => formatter('dateTime', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(time);

/** "22 nov. 2026" / "Nov 22, 2026". */
export const dateOnly = (time: number) => formatter('date', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(time);

/** A local calendar day ("2026-11-22") written as a date; what cannot be read stays as it is. */
export function dayText(day: string): string {
  const time = localTime(day, 12);
  return time === null ? day : dateOnly(time);
}

/** 1 234 / 1,234. */
export const count = (value: number) => formatter('number', (lang) => new Intl.NumberFormat(lang)).format(value);

/** A share of 1 as a percentage, "—" when there is none: 42 % / 42%. */
export const percent = (rate: number | null) =>
  rate === null ? '—' : formatter('percent', (lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(rate);

/** A duration in hours or days, "—" when there is none: "3,5 h" / "3.5 h". */
export const decimal = (value: number | null) => (value === null ? '—' : formatter('decimal', (lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })).format(value));
