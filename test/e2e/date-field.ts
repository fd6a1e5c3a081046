// Date fields show and read days in the interface's language (src/ui/DateInput.tsx), not in the
// browser's form locale: a test types a day in the order the field's own placeholder gives
// ("mm/dd/yyyy" in English, "jj/mm/aaaa" in French) and reads the yyyy-mm-dd value the form sends.
import type { Locator, Page } from 'playwright-core';

/** The visible text field of the date field a form reads under `name`. */
export const dateField = (page: Page, name: string): Locator =>
  page.locator('.date-input', { has: page.locator(`input[type="hidden"][name="${name}"]`) }).locator('input[type="text"]');

/** The yyyy-mm-dd value (or '') a form reads from the date field named `name`. */
export const dateValue = (page: Page, name: string): Promise<string> => page.locator(`input[type="hidden"][name="${name}"]`).inputValue();

/** "2026-11-23" as typed in a field whose placeholder is `placeholder`: "11/23/2026" for mm/dd/yyyy, "23/11/2026" for jj/mm/aaaa. */
export function asTyped(day: string, placeholder: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  const groups = placeholder.match(/\p{L}+/gu) ?? ['mm', 'dd', 'yyyy'];
  const separator = /[^\p{L}]/u.exec(placeholder)?.[0] ?? '/';
  // The year's group has four letters; "m" is the month in English and French; the other is the day.
  return groups.map((group) => (group.length === 4 ? year : /^m+$/i.test(group) ? month : date)).join(separator);
}

/** Types `day` ("yyyy-mm-dd", or '' for none) into the date field named `name`, as a user of that language would. */
export async function fillDate(page: Page, name: string, day: string): Promise<void> {
  const field = dateField(page, name);
  await field.fill(asTyped(day, (await field.getAttribute('placeholder')) ?? 'mm/dd/yyyy'));
}
