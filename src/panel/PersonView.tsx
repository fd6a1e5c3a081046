// The person the tab shows: who they are as the page reads them (so the user sees who they are
// about to track), then their record if they are tracked, or "Add to prospects".
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import type { PagePerson } from '../contract/panel-protocol';
import { errorText } from '../ui/labels';
import { useQuery } from '../ui/use-query';
import { findPayload, trackPayload } from './person';
import type { Say, Status } from './status';
import { TrackedPerson } from './TrackedPerson';

export function PersonView({ tabId, person }: { tabId: number; person: PagePerson }) {
  const find = findPayload(person);
  const [found] = useQuery(
    `panel-find ${JSON.stringify(find)}`,
    () => (find === null ? Promise.resolve(null) : request('prospects.find', find)),
    ['prospects'],
  );
  const [status, setStatus] = useState<Status | null>(null);
  const [tracking, setTracking] = useState(false);
  const say: Say = (text, error = false) => setStatus({ text, error });
  const track = trackPayload(person);
  const details = [person.company, person.location].filter((part) => part !== '').join(' · ');

  const onTrack = () => {
    if (track === null) return;
    setTracking(true);
    // The record shows when the background announces the write (the query above reads again).
    request('prospects.add', track)
      .then(
        () => say(t('panelTracked', person.name)),
        (error: unknown) => say(errorText(error), true),
      )
      .finally(() => setTracking(false));
  };

  return (
    <section class="panel-section person" aria-labelledby="person-name" data-testid="panel-person">
      <h2 id="person-name">{person.name}</h2>
      {person.headline && <p class="person-headline">{person.headline}</p>}
      {details && <p class="muted">{details}</p>}
      {found.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {found.state === 'error' && <p class="error">{found.message}</p>}
      {found.state === 'ready' && found.value === null && (
        <div class="untracked">
          {track === null ? (
            <p class="muted">{t('panelOpenProfileToTrack')}</p>
          ) : (
            <>
              <p class="muted">{t('panelNotTracked')}</p>
              <button type="button" class="primary" disabled={tracking} onClick={onTrack}>
                {t('panelTrack')}
              </button>
            </>
          )}
        </div>
      )}
      {found.state === 'ready' && found.value !== null && <TrackedPerson prospect={found.value} tabId={tabId} say={say} />}
      <p class={status?.error ? 'panel-status error' : 'panel-status'} role="status" aria-live="polite" data-testid="panel-status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
