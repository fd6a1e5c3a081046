// What the user is told when a text needs a variable that is unknown and has no fallback: the
// picker on LinkedIn and the popup say it in the same words.
import type { MessageKey, Translate } from './i18n';
import type { TemplateVariable } from '../domain/library/template';

const MISSING: Record<TemplateVariable, MessageKey> = {
  firstName: 'missingFirstName',
  lastName: 'missingLastName',
  company: 'missingCompany',
  senderFirstName: 'missingSenderFirstName',
};

export const missingText = (t: Translate, missing: readonly TemplateVariable[]): string =>
  missing.map((name) => t(MISSING[name])).join(' ');
