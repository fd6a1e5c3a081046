// Dates and numbers as the user reads them: through Intl, in the browser's UI language, in the
// user's time zone. Formatters are made once per language (they are costly to build).
import { uiLanguage } from '../i18n/i18n';
import { localTime } from '../domain/time/local-date';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  make: (language: string) => F,
): F {
  const language = uiLanguage();
  const key = `${kind} ${language}`;
  let found = cache.get(key) as F | undefined;
  if (!found) cache.set(key, (found = make(language)));
  return found;
}

/** "22 nov. 2026, 10:05" / "Nov 22, 2026, 10:05 AM". */
export const dateTime = (time: number) =>
  formatter('dateTime', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(time);

/** "22 nov. 2026" / "Nov 22, 2026". */
export const dateOnly = (time: number) => formatter('date', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(time);

/** A local calendar day ("2026-11-22") written as a date; what cannot be read stays as it is. */
export function dayText(day: string): string {
  const time = localTime(day, 12);
  return time === null ? day : dateOnly(time);
}

/** Two local days as one span ("Nov 1 – 30, 2026", "1–30 nov. 2026"); days that cannot be read, or out of order, each as dayText. */
export function dayRangeText(from: string, to: string): string {
  const start = localTime(from, 12);
  const end = localTime(to, 12);
  if (start === null || end === null || end < start) return `${dayText(from)} – ${dayText(to)}`;
  return formatter('date', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).formatRange(start, end);
}

/** 1 234 / 1,234. */
export const count = (value: number) => formatter('number', (lang) => new Intl.NumberFormat(lang)).format(value);

/** A share of 1 as a percentage, "—" when there is none: 42 % / 42%. */
export const percent = (rate: number | null) =>
  rate === null
    ? '—'
    : formatter('percent', (lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(rate);

/** A duration in hours or days, "—" when there is none: "3,5 h" / "3.5 h". */
export const decimal = (value: number | null) =>
  value === null ? '—' : formatter('decimal', (lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })).format(value);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago, for lists of recent events: "5 minutes ago" / "il y a 5 minutes", "yesterday" /
 * "hier"; a week or more is a date, which reads better than "23 days ago". A time a little ahead
 * of the clock (another device's) reads as now.
 */
export function ago(time: number, now = Date.now()): string {
  const elapsed = Math.max(0, now - time);
  if (elapsed >= 7 * DAY) return dateOnly(time);
  const relative = formatter('relative', (lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  if (elapsed < MINUTE) return relative.format(0, 'second');
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  return relative.format(-Math.floor(elapsed / DAY), 'day');
}
