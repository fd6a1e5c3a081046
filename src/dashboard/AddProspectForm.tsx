// Adding a prospect by hand: their LinkedIn address and name. The list shows them through the
// background's announcement; the page of the new prospect opens.
import { useState } from 'preact/hooks';
import { request } from '../shared/client';
import { t } from '../shared/i18n';
import { profilePathOf } from '../shared/profile-ids';
import { errorText } from '../ui/labels';


export function AddProspectForm({ onAdded }: { onAdded: (id: string) => void }) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="inline add-prospect"
      onSubmit={(event) => {
        event.preventDefault();
        const profilePath = profilePathOf(url);
        if (!profilePath || !name.trim()) return setError(t('prospectAddInvalid'));
        request('prospects.add', { profilePath, name: name.trim(), headline: '', company: '' }).then(
          ({ prospect }) => onAdded(prospect.id),
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <input name="profile-url" placeholder="https://www.linkedin.com/in/…" aria-label={t('prospectProfileUrl')} value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
      <input name="prospect-name" placeholder={t('prospectName')} aria-label={t('prospectName')} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <button type="submit" class="primary">
        {t('add')}
      </button>
      {error && <span class="error">{error}</span>}
    </form>
  );
}
