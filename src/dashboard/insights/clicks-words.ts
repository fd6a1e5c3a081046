// The clicks views' words: the charts' words (charts/words.ts) and a span of days written in the
// interface's language, as Intl writes a range ("Nov 1 – 30, 2026", "1–30 nov. 2026").
import { dayRangeText } from '../../ui/format';
import { uiWords } from '../charts/words';
import type { ClickWords } from './clicks-report';

export const clickWords: ClickWords = { ...uiWords, range: dayRangeText };
