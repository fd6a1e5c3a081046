// An entry by hand in the activity log: a call, a meeting, an email or a note, with whom (a
// tracked prospect chosen by name, or a profile URL pasted).
import { useState } from 'preact/hooks';
import { request } from '../shared/client';
import { MANUAL_KINDS } from '../shared/contract';
import { t } from '../shared/i18n';
import { errorText, kindLabel } from '../ui/labels';
import { profilePathOf } from '../shared/profile-ids';
import { ProspectCombobox } from '../ui/ProspectCombobox';
import { SubmitAndError } from './SubmitAndError';

export function AddLogEntryForm() {
  const [kind, setKind] = useState<(typeof MANUAL_KINDS)[number]>('call');
  const [prospect, setProspect] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="inline add-entry"
      onSubmit={(event) => {
        event.preventDefault();
        const prospectId = prospect.trim() ? profilePathOf(prospect) : null;
        // Words that name nobody chosen are not dropped silently: the entry would lose its person.
        if (prospect.trim() && !prospectId) {
          setError(t('prospectComboUnknown'));
          return;
        }
        request('activity.add', { kind, prospectId, note }).then(
          () => {
            setNote('');
            setError(null);
          },
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <select aria-label={t('activityKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as (typeof MANUAL_KINDS)[number])}>
        {MANUAL_KINDS.map((value) => (
          <option key={value} value={value}>
            {kindLabel(value)}
          </option>
        ))}
      </select>
      <ProspectCombobox label={t('prospectComboLabel')} value={prospect} onChange={setProspect} />
      <input aria-label={t('activityNote')} placeholder={t('activityNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} required />
      <SubmitAndError label={t('add')} error={error} />
    </form>
  );
}
