// A setting the company's policy locks or sets (src/domain/policy/managed-policy.ts): its control is
// disabled and described by "Set by your company", so a screen reader says why it cannot change.
import type { Settings } from '../domain/settings';
import { t } from '../i18n/i18n';
import { useRequest } from '../ui/use-request';

const NONE: ReadonlySet<keyof Settings> = new Set();

export const companyNoteId = (name: string): string => `set-by-company-${name}`;

/** The settings the user cannot change, live (the policy changes while the page is open). */
export function useReadOnlySettings(): ReadonlySet<keyof Settings> {
  const [status] = useRequest('policy.status', {});
  return status.state === 'ready' ? new Set(status.value.readOnlySettings) : NONE;
}

/** What a control of `name` carries when it is fixed: disabled, described by its note. */
export function lockedProps(
  fixed: ReadonlySet<keyof Settings>,
  name: keyof Settings,
  note: string = name,
): { disabled?: true; 'aria-describedby'?: string } {
  return fixed.has(name) ? { disabled: true, 'aria-describedby': companyNoteId(note) } : {};
}

/** The note beside a fixed control (nothing when the user may change it). */
export function CompanyNote({ fixed, name, note = name }: { fixed: ReadonlySet<keyof Settings>; name: keyof Settings; note?: string }) {
  if (!fixed.has(name)) return null;
  return (
    <small class="muted set-by-company" id={companyNoteId(note)} data-testid="set-by-company">
      {t('setByCompany')}
    </small>
  );
}
