// The saturation guard, in the picker's words and by the picker's rules (src/content/ui/Picker.tsx):
// would it please them, would it help them? Advice shown before inserting, never a block.
import type { ShareContext } from '../contract/index';
import type { Translate } from '../i18n/i18n';
import { pluralText } from '../i18n/plural';

/** How many shares in a row left unanswered make the guard speak. */
export const UNANSWERED_LIMIT = 2;

/**
 * What the person already heard from us too often: said once for them, whatever the item. `locale`
 * is the interface's language, for its plural rules ("1 partage ces dernières 24 heures").
 */
export function personWarnings(t: Translate, name: string, guard: ShareContext['guard'], locale: string): string[] {
  const warnings: string[] = [];
  if (guard.recentShares >= guard.max) {
    const shares = pluralText(t, guard.recentShares, { one: 'guardShares_one', other: 'guardShares_other' }, locale);
    const period = pluralText(t, guard.days, { one: 'guardDays_one', other: 'guardDays_other' }, locale);
    warnings.push(t('guardTooMany', [name, shares, period]));
  }
  if (guard.unansweredInARow >= UNANSWERED_LIMIT) warnings.push(t('guardUnanswered', name));
  return warnings;
}

/** Every warning before sending `contentId` to the person: the item first, then the person's. */
export function guardWarnings(
  t: Translate,
  name: string,
  context: Pick<ShareContext, 'sentContentIds' | 'guard'>,
  contentId: string,
  locale: string,
): string[] {
  const item = context.sentContentIds.includes(contentId) ? [t('guardAlreadySent', name)] : [];
  return [...item, ...personWarnings(t, name, context.guard, locale)];
}
