// Settings that every shared link will carry (UTM attribution per salesperson and campaign).
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { Settings } from '../shared/contract';
import { t } from '../shared/i18n';
import { useRequest } from '../ui/use-request';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function SettingsForm() {
  const [loaded] = useRequest('settings.get', {});
  const [draft, setDraft] = useState<Settings | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    if (loaded.state === 'ready') setDraft(loaded.value);
  }, [loaded]);

  if (loaded.state === 'error') return <p class="error">{t('backgroundUnreachable', loaded.message)}</p>;
  if (!draft) return <p class="muted">{t('loading')}</p>;

  const field = (name: keyof Settings, label: string, hint: string) => (
    <label class="field">
      <span>{label}</span>
      <input
        name={name}
        value={draft[name]}
        onInput={(event) => {
          setDraft({ ...draft, [name]: event.currentTarget.value });
          setSave({ kind: 'idle' });
        }}
      />
      <small class="muted">{hint}</small>
    </label>
  );

  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSave({ kind: 'saving' });
          request('settings.update', { settings: draft }).then(
            (saved) => {
              setDraft(saved);
              setSave({ kind: 'saved' });
            },
            (error: unknown) => setSave({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
          );
        }}
      >
        {field('repId', t('settingRepId'), t('settingRepIdHint'))}
        {field('campaign', t('settingCampaign'), t('settingCampaignHint'))}
        <div class="actions">
          <button type="submit" class="primary" disabled={save.kind === 'saving'}>
            {t('save')}
          </button>
          <span role="status" data-testid="save-status">
            {save.kind === 'saved' && t('saved')}
            {save.kind === 'error' && <span class="error">{t('saveFailed', save.message)}</span>}
          </span>
        </div>
      </form>
    </section>
  );
}
