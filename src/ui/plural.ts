// Counted texts in the interface's language: `plural(t, 3, 'followUpNotification_one',
// 'followUpNotification_other')` → "3 prospects à relancer aujourd’hui". The rules are in
// src/i18n/plural.ts.
import { uiLanguage, type MessageKey, type Translate } from '../i18n/i18n';
import { pluralText } from '../i18n/plural';

/** The one or other message for `count`, with the count formatted as its first placeholder and `rest` after it. */
export function plural(t: Translate, count: number, one: MessageKey, other: MessageKey, ...rest: string[]): string {
  return pluralText(t, count, { one, other }, uiLanguage(), rest);
}
