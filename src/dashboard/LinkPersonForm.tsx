// A share logged with a name only (the conversation linked no profile, and not exactly one
// tracked prospect bore that name): the user says which prospect it was. The background then
// gives that prospect to this entry and to every other share logged with the same name.
import { useState } from 'preact/hooks';
import { request } from '../shared/client';
import { t } from '../shared/i18n';
import { errorText } from '../ui/labels';
import { useRequest } from '../ui/use-request';

function Chooser({ id, personName, onLinked }: { id: number; personName: string; onLinked: (linked: number) => void }) {
  const [query, setQuery] = useState(personName);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [list] = useRequest('prospects.list', { text: query.trim().slice(0, 100) });
  const choices = list.state === 'ready' ? list.value.slice(0, 50) : [];
  // The first match until the user picks one that is still listed.
  const chosen = picked !== null && choices.some((prospect) => prospect.id === picked) ? picked : (choices[0]?.id ?? '');
  const shownError = error ?? (list.state === 'error' ? list.message : null);
  return (
    <form
      class="inline link-person"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        request('activity.linkPerson', { id, prospectId: chosen }).then(
          ({ linked }) => onLinked(linked),
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <input aria-label={t('activityLinkSearch')} placeholder={t('activityLinkSearch')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {choices.length === 0 ? (
        <span class="muted small">{t('activityLinkNone')}</span>
      ) : (
        <select aria-label={t('activityLinkChoice')} value={chosen} onChange={(e) => setPicked(e.currentTarget.value)}>
          {choices.map((prospect) => (
            <option key={prospect.id} value={prospect.id}>
              {prospect.company ? `${prospect.name} · ${prospect.company}` : prospect.name}
            </option>
          ))}
        </select>
      )}
      <button type="submit" class="primary" disabled={!chosen}>
        {t('activityLinkConfirm')}
      </button>
      {shownError && <span class="error">{shownError}</span>}
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
