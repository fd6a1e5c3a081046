// Calendar days in the user's time zone: the one place a timestamp becomes a day and a day
// becomes a timestamp. A date input, a filter, a follow-up, a week in the insights and a file
// name all mean the day on the user's wall calendar, never the UTC one (east of UTC+9, 09:00
// local is still yesterday in UTC; west of UTC, 20:00 local is already tomorrow).

/** A calendar day as date inputs write it: "2026-11-22". */
export type LocalDay = string;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day of `time`: "2026-11-22". */
export function localDay(time: number): LocalDay {
  const date = new Date(time);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The parts of "yyyy-mm-dd", or null when it is not a real calendar day. */
function parts(day: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // new Date rolls 2026-02-30 over to March: refuse what does not come back the same.
  const check = new Date(year, month - 1, date, 12);
  return check.getFullYear() === year && check.getMonth() === month - 1 && check.getDate() === date ? [year, month, date] : null;
}

/**
 * The timestamp of `day` at `hour`:`minute` local time (midnight by default), or null when
 * `day` is not a calendar day. On a day the clocks jump forward over that hour, the Date
 * rules give the first valid time after it.
 */
export function localTime(day: string, hour = 0, minute = 0): number | null {
  const read = parts(day);
  if (!read) return null;
  const [year, month, date] = read;
  // Years 0-99 would be read as 1900-1999 by the constructor: set the year on its own.
  const time = new Date(2000, month - 1, date, hour, minute);
  time.setFullYear(year, month - 1, date);
  return time.getTime();
}

/** The hour a follow-up set for a day falls due: the start of a working day. */
export const FOLLOW_UP_HOUR = 9;

/** A follow-up on `day`: 09:00 local time, so it counts as due all that day. */
export const followUpTime = (day: string): number | null => localTime(day, FOLLOW_UP_HOUR);

/** The first and the last millisecond of a local day: what a day filter keeps. */
export function dayRange(day: string): { start: number; end: number } | null {
  const read = parts(day);
  if (!read) return null;
  const start = localTime(day)!;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return { start, end: next.getTime() - 1 };
}

/** The last millisecond of the local day of `time` (23:59:59.999, whatever the day's length). */
export function endOfLocalDay(time: number): number {
  return dayRange(localDay(time))!.end;
}

/** The Monday that starts the local week of `time`, as "yyyy-mm-dd" (ISO weeks start on Monday). */
export function weekStart(time: number): LocalDay {
  const date = new Date(time);
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return localDay(date.getTime());
}
