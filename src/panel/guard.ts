// The saturation guard, in the picker's words and by the picker's rules (src/content/ui/Picker.tsx):
// would it please them, would it help them? Advice shown before inserting, never a block.
import type { ShareContext } from '../shared/contract';
import type { Translate } from '../shared/i18n';

/** How many shares in a row left unanswered make the guard speak. */
export const UNANSWERED_LIMIT = 2;

/** What the person already heard from us too often: said once for them, whatever the item. */
export function personWarnings(t: Translate, name: string, guard: ShareContext['guard']): string[] {
  const warnings: string[] = [];
  if (guard.recentShares >= guard.max) warnings.push(t('guardTooMany', [name, String(guard.recentShares), String(guard.days)]));
  if (guard.unansweredInARow >= UNANSWERED_LIMIT) warnings.push(t('guardUnanswered', name));
  return warnings;
}

/** Every warning before sending `contentId` to the person: the item first, then the person's. */
export function guardWarnings(t: Translate, name: string, context: Pick<ShareContext, 'sentContentIds' | 'guard'>, contentId: string): string[] {
  const item = context.sentContentIds.includes(contentId) ? [t('guardAlreadySent', name)] : [];
  return [...item, ...personWarnings(t, name, context.guard)];
}
