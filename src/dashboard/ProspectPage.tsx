// One prospect's page: who they are (every field, editable), whether they asked not to be
// contacted, what they opened (per-person clicks), what they received, the timeline of every
// interaction, and erasure (asked in a dialog of ours: it cannot be undone, by design).
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { profileUrl } from '../domain/people/profile-ids';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DoNotContact } from '../ui/DoNotContact';
import { errorText } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { ProspectEditForm } from './ProspectEditForm';
import { ProspectHistory } from './ProspectHistory';
import { ProspectOpened } from './ProspectOpened';

export function ProspectPage({ id, onBack }: { id: string; onBack: () => void }) {
  const [loaded] = useRequest('prospects.get', { id });
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  if (loaded.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (loaded.state === 'error' || loaded.value === null) return <p class="muted">{t('prospectGone')}</p>;
  const prospect = loaded.value;
  const link = profileUrl(prospect.id);
  return (
    <section class="card" aria-labelledby="prospect-title" data-testid="prospect-page">
      <button type="button" class="secondary" onClick={onBack}>
        {t('backToProspects')}
      </button>
      <h2 id="prospect-title">{prospect.name}</h2>
      <p class="muted">
        {/* A link only to LinkedIn: an id restored from a crafted backup stays text. */}
        {link === null ? (
          prospect.id
        ) : (
          <a href={link} target="_blank" rel="noreferrer noopener">
            {prospect.id}
          </a>
        )}
        {prospect.headline && ` · ${prospect.headline}`}
        {prospect.location && ` · ${prospect.location}`}
      </p>
      {/* Saved on its own, at once: not held back with the form's unsaved edits. */}
      <DoNotContact
        marked={prospect.doNotContact === true}
        save={(patch) =>
          request('prospects.update', { id, patch }).then(
            () => setError(null),
            (failure: unknown) => setError(errorText(failure)),
          )
        }
      />
      <ProspectEditForm key={prospect.id} prospect={prospect} />
      <ProspectOpened id={prospect.id} />
      <ProspectHistory id={prospect.id} />
      {error && <p class="error">{error}</p>}
      <button type="button" class="danger" aria-haspopup="dialog" onClick={() => setAsking(true)}>
        {t('eraseProspect')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('eraseProspect')}
        text={t('confirmErase', prospect.name)}
        confirm={t('eraseConfirm')}
        onClose={() => setAsking(false)}
        onConfirm={() => void request('prospects.erase', { id }).then(onBack, (failure: unknown) => setError(errorText(failure)))}
      />
    </section>
  );
}
