// The charts' words and numbers in the UI language: the browser's i18n and the Intl formats.
import { t, uiLanguage } from '../../i18n/i18n';
import { localTime } from '../../domain/time/local-date';
import { pluralText, type PluralKeys } from '../../i18n/plural';
import { count, dayText, decimal, percent } from '../../ui/format';
import type { ChartWords } from './chart-names';

// A week's axis label has the room of one bar pair: "23 nov." / "Nov 23", the year in its tooltip.
const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortDay(day: string): string {
  const language = uiLanguage();
  let format = shortFormats.get(language);
  if (!format) shortFormats.set(language, (format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' })));
  const time = localTime(day, 12);
  return time === null ? day : format.format(time);
}

const counted = (value: number, keys: PluralKeys) => pluralText(t, value, keys, uiLanguage());

export const uiWords: ChartWords = { t, count, counted, percent, decimal, day: dayText, shortDay };
