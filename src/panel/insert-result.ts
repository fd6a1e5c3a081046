// What the user reads after Insert: done (they still press Send themselves), or why not.
import type { MessageKey } from '../i18n/i18n';
import type { PanelInsertAnswer } from '../contract/panel-protocol';

/** null: the tab did not answer (it left LinkedIn, or was opened before Nurture was installed or reloaded). */
export function insertMessage(answer: PanelInsertAnswer | null): { key: MessageKey; error: boolean } {
  if (answer === null) return { key: 'panelTabGone', error: true };
  if (answer.inserted) return { key: 'panelInserted', error: false };
  return answer.reason === 'no-composer' ? { key: 'panelNoComposer', error: true } : { key: 'panelInsertRefused', error: true };
}
