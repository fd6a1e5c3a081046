// The latest entries of the log, newest first, each said as what it is and with whom by name:
// shares (drafts until LinkedIn shows the message as sent), posts, replies, stages, calls…
import { t } from '../i18n/i18n';
import { MANUAL_KINDS, type InteractionKind } from '../domain/model';
import { RECENT_LIMIT, type SectionValue } from '../features/popup-cache/sections';
import { ReplyClassChip } from '../ui/ReplyClassChip';
import { useRequest } from '../ui/use-request';
import { statusChipLabel } from '../ui/labels';
import { activityLine } from './activity-line';
import { openDashboard } from './open-dashboard';

const MANUAL = new Set<InteractionKind>(MANUAL_KINDS);

export function RecentActivity({ cached }: { cached?: SectionValue<'recent'> | undefined }) {
  const [recent] = useRequest('activity.recent', { limit: RECENT_LIMIT }, cached);
  if (recent.state !== 'ready') return null;
  return (
    <section aria-labelledby="activity-title" class="activity">
      <h2 id="activity-title">{t('popupRecentTitle')}</h2>
      {recent.value.entries.length === 0 ? (
        <p class="muted">{t('noActivity')}</p>
      ) : (
        <ul data-testid="activity">
          {recent.value.entries.map((entry) => {
            const { interaction } = entry;
            return (
              <li key={interaction.id} data-kind={interaction.kind}>
                <span class="activity-what">{activityLine(t, entry)}</span>
                {interaction.status && (
                  <>
                    {' '}
                    <span class={`chip ${interaction.status}`}>{statusChipLabel(interaction.status)}</span>
                  </>
                )}
                {interaction.replyClass && <ReplyClassChip replyClass={interaction.replyClass} />}
                {/* What the user wrote of a call or a meeting: theirs, on one line. */}
                {MANUAL.has(interaction.kind) && interaction.note.trim() !== '' && (
                  <span class="activity-note muted"> {interaction.note}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" class="link small" onClick={() => void openDashboard({ view: 'activity' })}>
        {t('seeAll')}
      </button>
    </section>
  );
}
