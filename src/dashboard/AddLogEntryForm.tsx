// An interaction logged by hand, in the dialog "Log an interaction" of the Activity view: what it
// was (a call, a meeting, an email or a note: chosen, never assumed), with whom (a tracked
// prospect chosen by name, or a profile URL pasted) and a note.
import { useRef, useState } from 'preact/hooks';
import { request } from '../contract/client';
import { MANUAL_KINDS } from '../contract/index';
import { t } from '../i18n/i18n';
import { errorText, kindLabel } from '../ui/labels';
import { profilePathOf } from '../domain/people/profile-ids';
import { ProspectCombobox } from '../ui/ProspectCombobox';
import { DialogFormEnd } from './DialogFormEnd';

type ManualKind = (typeof MANUAL_KINDS)[number];

export function AddLogEntryForm({ onAdded, onCancel }: { onAdded?: () => void; onCancel?: () => void }) {
  // No default: a default kind would log what the user did not say.
  const [kind, setKind] = useState<ManualKind | ''>('');
  const [prospect, setProspect] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const kindField = useRef<HTMLSelectElement>(null);
  return (
    <form
      class="add-entry"
      onSubmit={(event) => {
        event.preventDefault();
        // Said in our words (and language), not the browser's bubble of a required select.
        if (kind === '') {
          setError(t('activityKindMissing'));
          kindField.current?.focus();
          return;
        }
        const prospectId = prospect.trim() ? profilePathOf(prospect) : null;
        // Words that name nobody chosen are not dropped silently: the entry would lose its person.
        if (prospect.trim() && !prospectId) {
          setError(t('prospectComboUnknown'));
          return;
        }
        request('activity.add', { kind, prospectId, note }).then(
          () => {
            setKind('');
            setProspect('');
            setNote('');
            setError(null);
            onAdded?.();
          },
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <label class="field">
        <span>{t('activityKind')}</span>
        <select
          ref={kindField}
          name="kind"
          value={kind}
          aria-invalid={error === t('activityKindMissing') ? 'true' : undefined}
          onChange={(e) => setKind(e.currentTarget.value as ManualKind | '')}
        >
          <option value="" disabled>
            {t('activityKindChoose')}
          </option>
          {MANUAL_KINDS.map((value) => (
            <option key={value} value={value}>
              {kindLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <div class="field">
        <span aria-hidden="true">{t('activityWho')}</span>
        <ProspectCombobox label={t('activityWho')} placeholder={t('activityWhoPlaceholder')} value={prospect} onChange={setProspect} />
      </div>
      <label class="field">
        <span>{t('activityNote')}</span>
        <textarea name="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} required />
      </label>
      <DialogFormEnd error={error} onCancel={onCancel} />
    </form>
  );
}
