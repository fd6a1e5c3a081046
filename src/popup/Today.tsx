// Who needs the salesperson today: follow-ups due and prospects awaiting a reply, each one
// click from their LinkedIn profile.
import browser from 'webextension-polyfill';
import { TODAY_LIST_LENGTH } from '../shared/contract';
import type { Prospect } from '../shared/model';
import { t } from '../shared/i18n';
import { profileUrl } from '../shared/profile-ids';
import type { RouteRequest } from '../shared/routes';
import { useEffect } from 'preact/hooks';
import type { SectionValue } from '../shared/popup-cache';
import { useRequest } from '../ui/use-request';
import { markOnce } from './marks';
import { openDashboard } from './open-dashboard';

/** The due or awaiting list first shown (from the cache or the background), for the benchmarks. */
export const LISTS_MARK = 'nurture:lists-shown';

function People({ title, people, testId, all }: { title: string; people: Prospect[]; testId: string; all: RouteRequest }) {
  if (people.length === 0) return null;
  return (
    <div>
      <h2>{title}</h2>
      <ul data-testid={testId} class="people">
        {people.slice(0, TODAY_LIST_LENGTH).map((prospect) => (
          <li key={prospect.id}>
            <button type="button" class="link" onClick={() => {
                const url = profileUrl(prospect.id);
                if (url !== null) void browser.tabs.create({ url });
              }}>
              {prospect.name}
            </button>
            {prospect.company && <span class="muted"> · {prospect.company}</span>}
          </li>
        ))}
      </ul>
      <button type="button" class="link small" onClick={() => void openDashboard(all)}>
        {t('seeAll')}
      </button>
    </div>
  );
}

export function Today({ cached }: { cached?: SectionValue<'today'> | undefined }) {
  const [today] = useRequest('prospects.today', {}, cached);
  const shown = today.state === 'ready' && (today.value.due.length > 0 || today.value.awaiting.length > 0);
  useEffect(() => {
    if (shown) markOnce(LISTS_MARK);
  }, [shown]);
  if (today.state !== 'ready' || !shown) return null;
  const { due, awaiting } = today.value;
  return (
    <section class="today" data-cached={today.cached ? 'true' : undefined}>
      <People title={t('todayDue')} people={due} testId="due" all={{ view: 'prospects', filter: { due: true, sort: 'nextFollowUp' } }} />
      <People title={t('todayAwaiting')} people={awaiting} testId="awaiting" all={{ view: 'prospects', filter: { awaiting: true } }} />
    </section>
  );
}
