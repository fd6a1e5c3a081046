// What was shared lately, newest first: drafts until LinkedIn shows the message as sent.
import { t } from '../shared/i18n';
import type { ActivityEntry } from '../shared/contract';
import { RECENT_LIMIT, type SectionValue } from '../shared/popup-cache';
import { useRequest } from '../ui/use-request';
import { openDashboard } from './open-dashboard';
import { statusLabel } from '../ui/labels';

function describe({ interaction, contentTitle, prospectName }: ActivityEntry): string {
  const title = contentTitle ?? '?';
  if (interaction.kind === 'posted') return t('activityPosted', title);
  return t('activityShared', [title, prospectName ?? interaction.personName ?? interaction.prospectId ?? t('someone')]);
}

export function RecentActivity({ cached }: { cached?: SectionValue<'recent'> | undefined }) {
  const [recent] = useRequest('activity.recent', { limit: RECENT_LIMIT }, cached);
  if (recent.state !== 'ready') return null;
  return (
    <section aria-labelledby="activity-title" class="activity">
      <h2 id="activity-title">{t('activityTitle')}</h2>
      {recent.value.entries.length === 0 ? (
        <p class="muted">{t('noActivity')}</p>
      ) : (
        <ul data-testid="activity">
          {recent.value.entries.map((entry) => (
            <li key={entry.interaction.id}>
              {describe(entry)}
              {entry.interaction.status && (
                <span class={`chip ${entry.interaction.status}`}> {statusLabel(entry.interaction.status)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="link small" onClick={() => void openDashboard({ view: 'activity' })}>
        {t('seeAll')}
      </button>
    </section>
  );
}
