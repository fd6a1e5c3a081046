// Chart words that show what they were given: a key with its substitutions, #n for a count, so a
// test reads which message and which number a chart or a sentence asked for, in no language.
import type { ChartWords } from '../../../src/dashboard/charts/chart-names';

export const markedWords: ChartWords = {
  t: (key, subs) => `${key}(${[subs ?? []].flat().join('|')})`,
  count: (value) => `#${value}`,
  counted: (value, keys) => `${keys[value === 1 ? 'one' : 'other']}(#${value})`,
  percent: (rate) => (rate === null ? '—' : `${Math.round(rate * 100)}%`),
  decimal: (value) => String(value),
  day: (day) => day,
  shortDay: (day) => day.slice(5),
};
