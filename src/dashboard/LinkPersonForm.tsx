// A share logged with a name only (the conversation linked no profile, and not exactly one
// tracked prospect bore that name): the user says which prospect it was. The background then
// gives that prospect to this entry and to every other share logged with the same name.
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { profilePathOf } from '../domain/people/profile-ids';
import { errorText } from '../ui/labels';
import { ProspectCombobox } from '../ui/ProspectCombobox';
import { SubmitAndError } from './SubmitAndError';

// The combobox starts with the name the share was logged with, its matches listed: Enter takes
// the first, arrows another; a profile URL pasted names someone the search does not list.
function Chooser({ id, personName, onLinked }: { id: number; personName: string; onLinked: (linked: number) => void }) {
  const [value, setValue] = useState(personName);
  const [error, setError] = useState<string | null>(null);
  const chosen = profilePathOf(value);
  return (
    <form
      class="inline link-person"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) {
          setError(t('prospectComboUnknown'));
          return;
        }
        request('activity.linkPerson', { id, prospectId: chosen }).then(
          ({ linked }) => onLinked(linked),
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <ProspectCombobox label={t('activityLinkChoice')} value={value} onChange={setValue} openAtStart />
      <SubmitAndError label={t('activityLinkConfirm')} error={error} />
    </form>
  );
}

export function LinkPersonForm(props: { id: number; personName: string; onLinked: (linked: number) => void }) {
  const [open, setOpen] = useState(false);
  if (open) return <Chooser {...props} />;
  return (
    <button type="button" class="secondary" onClick={() => setOpen(true)}>
      {t('activityLinkPerson')}
    </button>
  );
}
