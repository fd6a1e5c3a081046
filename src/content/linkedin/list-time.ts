// The times the conversation list's rows show ("10:42 AM", "Yesterday", "lun.", "3 déc.",
// "03/12/2026"), read in LinkedIn's interface languages, relative to now in local time.
import { fold, squash } from '../../domain/text/fold';

/** A row's time: the earliest moment it can mean, to the minute or to the day. */
export interface ListTime {
  at: number;
  precision: 'minute' | 'day';
}

/** How an all-numeric date with day and month both ≤ 12 is read. */
export type DateOrder = 'dmy' | 'mdy';

/**
 * The page's language decides numeric dates (INFERRED, no capture shows one): LinkedIn's "en" is
 * American English (month first), every other language and English variant puts the day first.
 * No language: undefined (see parseListTime).
 */
export function dateOrderOf(lang: string): DateOrder | undefined {
  const tag = lang.trim().toLowerCase();
  if (!tag) return undefined;
  return tag === 'en' || tag === 'en-us' ? 'mdy' : 'dmy';
}

/** Each day's and month's names in LinkedIn's languages (en, fr, de, es, it, pt, nl), folded. Index: JS getDay(). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'dimanche', 'sonntag', 'domingo', 'domenica', 'zondag'],
  ['monday', 'lundi', 'montag', 'lunes', 'lunedi', 'segunda-feira', 'maandag'],
  ['tuesday', 'mardi', 'dienstag', 'martes', 'martedi', 'terca-feira', 'dinsdag'],
  ['wednesday', 'mercredi', 'mittwoch', 'miercoles', 'mercoledi', 'quarta-feira', 'woensdag'],
  ['thursday', 'jeudi', 'donnerstag', 'jueves', 'giovedi', 'quinta-feira', 'donderdag'],
  ['friday', 'vendredi', 'freitag', 'viernes', 'venerdi', 'sexta-feira', 'vrijdag'],
  ['saturday', 'samedi', 'samstag', 'sabado', 'sabato', 'zaterdag'],
];
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['february', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mars', 'marz', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro'],
];
const TODAY: ReadonlySet<string> = new Set(['today', "aujourd'hui", 'heute', 'hoy', 'oggi', 'hoje', 'vandaag']);
const YESTERDAY: ReadonlySet<string> = new Set(['yesterday', 'hier', 'gestern', 'ayer', 'ieri', 'ontem', 'gisteren']);

/** The index of the one entry a word abbreviates (3 letters or more: "lun.", "déc", "Sept"), else -1. */
function nameIndex(table: readonly (readonly string[])[], word: string): number {
  if (word.length < 3) return -1;
  let found = -1;
  for (let i = 0; i < table.length; i++) {
    if (!table[i]!.some((name) => name.startsWith(word))) continue;
    if (found !== -1) return -1;
    found = i;
  }
  return found;
}

/** Local midnight of a date, or null when it does not exist (February 30). */
export function localDay(year: number, month: number, day: number): number | null {
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/**
 * A row's time as LinkedIn shows it, relative to `now` in local time. `at` is the earliest
 * moment it can mean (a day's local midnight for 'day' precision).
 * - "10:42 AM", "22:42", "10 h 42": today at that minute; a time more than 5 minutes ahead of
 *   `now` is yesterday's (a label drawn before midnight).
 * - "Today"/"Yesterday" and their translations ("hier"): that day.
 * - A weekday ("Mon", "lun.", "Monday"): the latest such day BEFORE today (today's rows show
 *   a time, so "Mon" on a Monday means a week ago).
 * - A month and day ("Dec 3", "3 déc.", "3. Dez."): this year, or last year when that would be
 *   after today; with a year ("Dec 3, 2025", "3 déc. 2025"): that day.
 * - Numeric: "2026-12-03" is year-month-day; "03.12.2026" (dots) is day first; otherwise a part
 *   over 12 says which is the day. When both are ≤ 12 ("03/12/2026"), `order` decides (the
 *   page's language, see dateOrderOf); without it, the earlier of the two readings that is not
 *   after today (the earliest moment it can mean). Two-digit years are 20xx.
 * Dates after today and anything else ("5d", German "Mo") are null.
 */
export function parseListTime(text: string, now: number, order?: DateOrder): ListTime | null {
  const shown = fold(squash(text)).replace(/[’‘`´]/g, "'");
  if (!shown || shown.length > 40) return null;
  const date = new Date(now);
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  const today = new Date(year, month, day).getTime();

  const clock = /^(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*([ap])\.?\s*m\.?)?$/.exec(shown);
  if (clock) {
    let hours = Number(clock[1]);
    const minutes = Number(clock[2]);
    if (minutes > 59) return null;
    if (clock[3]) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (clock[3] === 'p' ? 12 : 0);
    } else if (hours > 23) return null;
    let at = new Date(year, month, day, hours, minutes).getTime();
    if (at > now + 5 * 60_000) at = new Date(year, month, day - 1, hours, minutes).getTime();
    return { at, precision: 'minute' };
  }

  const word = shown.replace(/\.$/, '');
  if (TODAY.has(word)) return { at: today, precision: 'day' };
  if (YESTERDAY.has(word)) return { at: new Date(year, month, day - 1).getTime(), precision: 'day' };
  if (/^[\p{L}-]+$/u.test(word)) {
    const weekday = nameIndex(WEEKDAYS, word);
    if (weekday === -1) return null;
    const back = (date.getDay() - weekday + 7) % 7 || 7;
    return { at: new Date(year, month, day - back).getTime(), precision: 'day' };
  }

  const past = (at: number | null) => (at !== null && at <= today ? at : null);
  const fullYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : digits.length === 4 ? Number(digits) : NaN);

  const numeric = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(shown);
  if (numeric) {
    const first = numeric[1]!;
    const separator = numeric[2]!;
    const second = numeric[3]!;
    const last = numeric[4]!;
    if (first.length === 4) {
      // Year first (ISO): the last part is the day.
      const at = past(localDay(Number(first), Number(second) - 1, Number(last)));
      return at === null ? null : { at, precision: 'day' };
    }
    if (first.length > 2) return null;
    const y = fullYear(last);
    const a = Number(first);
    const b = Number(second);
    const dayFirst = past(localDay(y, b - 1, a));
    const monthFirst = past(localDay(y, a - 1, b));
    let at: number | null;
    if (separator === '.' || a > 12) at = dayFirst;
    else if (b > 12) at = monthFirst;
    else if (order) at = (order === 'dmy' ? dayFirst : monthFirst) ?? (order === 'dmy' ? monthFirst : dayFirst);
    else at = dayFirst === null ? monthFirst : monthFirst === null ? dayFirst : Math.min(dayFirst, monthFirst);
    return at === null ? null : { at, precision: 'day' };
  }

  // A month's name, a day, perhaps a year, in either order: "Dec 3", "3 déc. 2025", "3 de dic.".
  const parts = shown
    .replace(/[.,]/g, ' ')
    .split(' ')
    .filter((part) => part !== '' && part !== 'de' && part !== 'del');
  const words = parts.filter((part) => /^\p{L}+$/u.test(part));
  const numbers = parts.filter((part) => /^\d+$/.test(part));
  if (words.length !== 1 || numbers.length < 1 || numbers.length > 2 || words.length + numbers.length !== parts.length) return null;
  const monthIndex = nameIndex(MONTHS, words[0]!);
  const dayNumber = numbers.find((part) => part.length <= 2);
  const yearDigits = numbers.find((part) => part.length === 4);
  if (monthIndex === -1 || dayNumber === undefined || (numbers.length === 2 && yearDigits === undefined)) return null;
  if (yearDigits !== undefined) {
    const at = past(localDay(Number(yearDigits), monthIndex, Number(dayNumber)));
    return at === null ? null : { at, precision: 'day' };
  }
  // No year: this year's, else the latest earlier year that has it (February 29).
  for (let y = year; y >= year - 8; y--) {
    const at = past(localDay(y, monthIndex, Number(dayNumber)));
    if (at !== null) return { at, precision: 'day' };
  }
  return null;
}
