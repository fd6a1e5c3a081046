// The popup's first line over a LinkedIn profile, conversation or Sales Navigator lead: who the
// tab shows, and where they stand ("Ada Sample · Evaluation", the side panel one click away),
// or "Add to prospects" when they are not tracked yet. The popup is an extension page: the
// page cannot read this line (docs/development.md, "What LinkedIn's page may show").
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import type { Prospect } from '../domain/model';
import type { PagePerson } from '../contract/panel-protocol';
import { findPayload, trackPayload } from '../panel/person';
import { errorText } from '../ui/labels';
import { useQuery, type Loaded } from '../ui/use-query';
import { OpenSidePanel } from './OpenSidePanel';

/** The person's record, found by their profile or else by the name a conversation shows. */
function usePersonRecord(person: PagePerson): Loaded<Prospect | null> {
  const find = findPayload(person);
  const [found] = useQuery(
    `popup-find ${JSON.stringify(find)}`,
    () => (find === null ? Promise.resolve(null) : request('prospects.find', find)),
    ['prospects'],
  );
  return found;
}

/**
 * Mounted after the library's first results: its request never queues in front of them.
 * `onTracked`: whether the line offers the side panel (the person is tracked), so the header does not.
 */
export function TabPerson({ person, onTracked }: { person: PagePerson; onTracked?: (tracked: boolean) => void }) {
  const found = usePersonRecord(person);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [adding, setAdding] = useState(false);
  const record = found.state === 'ready' ? found.value : null;
  const track = trackPayload(person);
  const tracked = record !== null;
  useEffect(() => onTracked?.(tracked), [tracked]);

  const add = () => {
    if (track === null) return;
    setAdding(true);
    setStatus(null);
    // The line turns into their stage when the background announces the write (the query reads again).
    request('prospects.add', track)
      .then(
        ({ prospect }) => setStatus({ text: t('popupProspectAdded', prospect.name), error: false }),
        (error: unknown) => setStatus({ text: errorText(error), error: true }),
      )
      .finally(() => setAdding(false));
  };

  return (
    <section class="tab-person" aria-label={t('popupOnThisTab')} data-testid="tab-person">
      <p class="tab-person-line">
        <strong class="tab-person-name">{record?.name ?? person.name}</strong>
        {record && <span class="tab-person-stage"> · {t(`stage_${record.stage}`)}</span>}
        {record?.doNotContact && (
          <>
            {' '}
            <span class="chip dnc-badge">{t('doNotContactBadge')}</span>
          </>
        )}
      </p>
      {found.state === 'ready' &&
        (record !== null ? (
          <OpenSidePanel />
        ) : track !== null ? (
          <button type="button" class="secondary" disabled={adding} onClick={add}>
            {t('popupAddProspect')}
          </button>
        ) : (
          <span class="muted small">{t('panelOpenProfileToTrack')}</span>
        ))}
      {found.state === 'error' && <span class="error small">{found.message}</span>}
      <p class={status?.error ? 'tab-person-status error' : 'tab-person-status muted'} role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
