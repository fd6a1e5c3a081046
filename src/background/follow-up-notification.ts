// The daily reminder's words: how many follow-ups are due, in the browser's language and its plural
// rules ("1 prospect à relancer", "0 prospects" never shown: no notification then).
import type { Translate } from '../i18n/translate';
import { pluralText } from '../i18n/plural';

export interface NotificationText {
  title: string;
  message: string;
}

export function followUpNotification(t: Translate, due: number, locale: string): NotificationText {
  return {
    title: t('followUpNotificationTitle'),
    message: pluralText(t, due, { one: 'followUpNotification_one', other: 'followUpNotification_other' }, locale),
  };
}
