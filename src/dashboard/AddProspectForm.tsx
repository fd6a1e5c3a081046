// Adding a prospect by hand, in the dialog "Add prospect" of the Prospects view: their LinkedIn
// address and name. The list shows them through the background's announcement; the page of the
// new prospect opens.
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { profilePathOf } from '../domain/people/profile-ids';
import { errorText } from '../ui/labels';
import { DialogFormEnd } from './DialogFormEnd';

export function AddProspectForm({ onAdded, onCancel }: { onAdded: (id: string) => void; onCancel?: () => void }) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="add-prospect"
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
      <label class="field">
        <span>{t('prospectProfileUrl')}</span>
        <input name="profile-url" placeholder="https://www.linkedin.com/in/…" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('prospectName')}</span>
        <input name="prospect-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <DialogFormEnd error={error} onCancel={onCancel} />
    </form>
  );
}
