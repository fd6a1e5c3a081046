// The quick choices of a next follow-up, as timestamps. A follow-up falls on a day of the user's
// wall calendar (09:00 local, src/domain/time/local-date.ts): "in 3 days" counts calendar days, so a
// change of the clocks in between moves nothing.
import { followUpTime, localDay, localTime, weekStart, type LocalDay } from '../domain/time/local-date';

/** The local day `days` calendar days after the day of `now`. */
function dayAfter(now: number, days: number): LocalDay {
  const date = new Date(now);
  // Noon: adding days never crosses midnight on a day the clocks change.
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return localDay(date.getTime());
}

/** A follow-up `days` days from today. */
export const inDays = (now: number, days: number): number => followUpTime(dayAfter(now, days))!;

/** A follow-up on the Monday of next week (weeks start on Monday, as in the insights). */
export function nextWeek(now: number): number {
  const monday = localTime(weekStart(now), 12)!;
  return inDays(monday, 7);
}

/** What a date input shows for a follow-up: its local day, or empty for none. */
export const dateInputValue = (time: number | null): string => (time === null ? '' : localDay(time));

/** The follow-up a date input asks for; null when it holds no whole date (still being typed). */
export const fromDateInput = (value: string): number | null => (value === '' ? null : followUpTime(value));
