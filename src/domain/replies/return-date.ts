// When an out-of-office reply says its writer is back: the dates it mentions ("back on Monday",
// "until 12/03", "in 2 weeks"), in the language's own words, the one after a return or until
// cue first.
import type { LanguagePack } from './types';

interface Mention {
  index: number;
  end: number;
  day: (base: Date) => Date | null;
}

const alternation = (names: Readonly<Record<string, number>>) =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .join('|');

function valid(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null;
}

/** The day, this year or next, on or after `base` (a year given is kept). */
function nextOccurrence(base: Date, month: number, day: number, year?: number): Date | null {
  if (year !== undefined) return valid(year < 100 ? 2000 + year : year, month, day);
  for (let y = base.getFullYear(); y <= base.getFullYear() + 4; y++) {
    const date = valid(y, month, day);
    if (date && date.getTime() >= base.getTime()) return date;
  }
  return null;
}

function nextDayOfMonth(base: Date, day: number, weekday?: number): Date | null {
  let first: Date | null = null;
  for (let i = 0; i < 14; i++) {
    const month = new Date(base.getFullYear(), base.getMonth() + i, 1);
    const candidate = valid(month.getFullYear(), month.getMonth(), day);
    if (!candidate || candidate.getTime() < base.getTime()) continue;
    first ??= candidate;
    if (weekday === undefined || candidate.getDay() === weekday) return candidate;
  }
  return first;
}

function nextWeekday(base: Date, weekday: number): Date {
  const date = new Date(base);
  do date.setDate(date.getDate() + 1);
  while (date.getDay() !== weekday);
  return date;
}

function addDays(base: Date, days: number): Date {
  const date = new Date(base);
  date.setDate(date.getDate() + days);
  return date;
}

function mentionsOf(text: string, pack: LanguagePack): Mention[] {
  const { months, weekdays, ordinal } = pack.dates;
  const M = alternation(months);
  const W = alternation(weekdays);
  const O = `(?:${ordinal})?`;
  const b = '(?<![\\p{L}\\p{N}])';
  const e = '(?![\\p{L}\\p{N}])';
  const found: Mention[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => Mention['day']) => {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const index = m.index;
      const end = index + m[0].length;
      if (!found.some((other) => index < other.end && end > other.index)) found.push({ index, end, day: make(m) });
    }
  };
  // Maps, not the records: a matched word is never a key of a plain object.
  const monthOf = new Map(Object.entries(months));
  const dayOf = new Map(Object.entries(weekdays));
  const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  add(new RegExp(`${b}(\\d{4})-(\\d{1,2})-(\\d{1,2})${e}`, 'gu'), (m) => () => valid(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  add(
    new RegExp(
      `${b}(?:(${W})\\.?,?\\s+)?(?:the\\s+|le\\s+)?(\\d{1,2})${O}\\s+(?:of\\s+|de\\s+)?(${M})\\.?${e}(?:,?\\s+(\\d{4})${e})?`,
      'gu',
    ),
    (m) => (base) => nextOccurrence(base, monthOf.get(m[3]!)!, Number(m[2]), num(m[4])),
  );
  add(
    new RegExp(`${b}(?:(${W})\\.?,?\\s+)?(${M})\\.?\\s+(?:the\\s+)?(\\d{1,2})${O}${e}(?:,?\\s+(\\d{4})${e})?`, 'gu'),
    (m) => (base) => nextOccurrence(base, monthOf.get(m[2]!)!, Number(m[3]), num(m[4])),
  );
  // Numeric dates read day first (12/01 is 12 January), unless the first number cannot be a month's day order.
  add(/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d./-]*\d)/g, (m) => (base) => {
    let [day, month] = [Number(m[1]), Number(m[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (month < 1 || month > 12) return null;
    return nextOccurrence(base, month - 1, day, num(m[3]));
  });
  add(
    new RegExp(`${b}(${W})\\.?,?\\s+(?:the\\s+|le\\s+)?(\\d{1,2})${O}${e}`, 'gu'),
    (m) => (base) => nextDayOfMonth(base, Number(m[2]), dayOf.get(m[1]!)),
  );
  const fullWeekdays = Object.keys(weekdays).filter((name) => name.length > 4);
  add(new RegExp(`${b}(${fullWeekdays.join('|')})${e}`, 'gu'), (m) => (base) => nextWeekday(base, dayOf.get(m[1]!)!));
  add(new RegExp(pack.dates.tomorrow.source, 'gu'), () => (base) => addDays(base, 1));
  add(new RegExp(pack.dates.nextWeek.source, 'gu'), () => (base) => nextWeekday(base, 1));
  add(new RegExp(pack.dates.inSome.source, 'gu'), (m) => (base) => {
    const count = Number(m[1]);
    if (!Number.isFinite(count) || count > 400) return null;
    return addDays(base, pack.dates.weekUnit.test(m[2] ?? '') ? count * 7 : count);
  });
  return found.sort((x, y) => x.index - y.index);
}

/** The return date an absence message gives, local midnight, or undefined. */
export function returnDate(folded: string, packs: readonly LanguagePack[], now: number): number | undefined {
  const start = new Date(now);
  const base = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  for (const pack of packs) {
    const mentions = mentionsOf(folded, pack);
    if (mentions.length === 0) continue;
    const after = (cue: RegExp) => {
      const re = new RegExp(cue.source, 'gu');
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const end = m.index + m[0].length;
        const next = mentions.find((mention) => mention.index >= end && mention.index - end <= 40);
        if (next) return next;
      }
      return undefined;
    };
    const back = after(pack.dates.returnCue);
    const chosen = back ?? after(pack.dates.untilCue) ?? mentions[mentions.length - 1]!;
    const day = chosen.day(base);
    if (!day) continue;
    const inclusive = !back && pack.dates.inclusive.test(folded.slice(chosen.end, chosen.end + 20));
    return (inclusive ? addDays(day, 1) : day).getTime();
  }
  return undefined;
}
