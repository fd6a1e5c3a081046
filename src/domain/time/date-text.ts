// Calendar days typed and shown in the interface's language: 23/11/2026 in French, 11/23/2026 in
// US English, 23.11.2026 in German, whatever locale the browser gives its own date fields. The
// value behind them stays "2026-11-23" (src/domain/time/local-date.ts). Pure: the language comes in.

import type { LocalDay } from './local-date';

type Field = 'day' | 'month' | 'year';

/** How a language writes a day in digits: the order of its fields and what separates them. */
export interface DatePattern {
  order: readonly Field[];
  separator: string;
}

/** The letters a placeholder shows for each field: d m y in English, j m a in French. */
export interface DateLetters {
  day: string;
  month: string;
  year: string;
}

const FALLBACK: DatePattern = { order: ['month', 'day', 'year'], separator: '/' };
const patterns = new Map<string, DatePattern>();

/** The language's numeric date pattern, read from Intl (a language Intl refuses reads as US English). */
export function datePattern(language: string): DatePattern {
  let found = patterns.get(language);
  if (found) return found;
  try {
    const parts = new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(
      new Date(2026, 10, 23, 12),
    );
    const order = parts.map((part) => part.type).filter((type): type is Field => type === 'day' || type === 'month' || type === 'year');
    // The separator is what comes between the first two fields ("/", ".", "-"), trimmed: some
    // languages write "2026. 11. 23." and we keep the digits readable without the extra dots.
    const between = parts.slice(parts.findIndex((part) => part.type === order[0]) + 1).find((part) => part.type === 'literal');
    const separator = between?.value.trim() || '/';
    found = order.length === 3 && new Set(order).size === 3 && /^[/.\-]$/.test(separator) ? { order, separator } : FALLBACK;
  } catch {
    found = FALLBACK;
  }
  patterns.set(language, found);
  return found;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** What the field shows for a day: "23/11/2026" for "2026-11-23" in French; '' for none, what is not a day as it is. */
export function formatDay(day: LocalDay, pattern: DatePattern): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const values: Record<Field, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  return pattern.order.map((field) => values[field]).join(pattern.separator);
}

/** The placeholder: "jj/mm/aaaa" in French, "mm/dd/yyyy" in US English. */
export function datePlaceholder(pattern: DatePattern, letters: DateLetters): string {
  const width: Record<Field, number> = { day: 2, month: 2, year: 4 };
  return pattern.order.map((field) => letters[field].repeat(width[field])).join(pattern.separator);
}

/** A real calendar day from its numbers, or null (31/02, month 13, day 0). */
function calendarDay(year: number, month: number, day: number): LocalDay | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The day typed in the language's order, or null when it is not one. Separators may be / . - or
 * spaces, in any mix ("23.11.2026", "23 11 2026"); day and month take one or two digits; the year
 * takes four, or two meaning 20xx (a follow-up, an expiry, a filter: this century). "2026-11-23"
 * (a pasted ISO date) is read as such in every language, and eight digits alone in the
 * language's order ("23112026"). '' is not a day: the caller decides what empty means.
 */
export function parseDay(text: string, pattern: DatePattern): LocalDay | null {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  let pieces = typed.split(/\s*[/.\-\s]\s*/).filter((piece) => piece !== '');
  if (pieces.length === 1 && /^\d{8}$/.test(typed)) {
    const widths = pattern.order.map((field) => (field === 'year' ? 4 : 2));
    let at = 0;
    pieces = widths.map((width) => typed.slice(at, (at += width)));
  }
  if (pieces.length !== 3 || !pieces.every((piece) => /^\d+$/.test(piece))) return null;
  const values = new Map<Field, string>(pattern.order.map((field, i) => [field, pieces[i]!]));
  const [day, month, year] = [values.get('day')!, values.get('month')!, values.get('year')!];
  if (day.length > 2 || month.length > 2 || (year.length !== 4 && year.length !== 2)) return null;
  return calendarDay(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));
}
