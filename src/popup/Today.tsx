// Who needs the salesperson today: follow-ups due and prospects awaiting a reply, each one
// click from their LinkedIn profile.
import browser from 'webextension-polyfill';
import { TODAY_LIST_LENGTH } from '../shared/contract';
import type { Prospect } from '../shared/model';
import { t } from '../shared/i18n';
import { profileUrl } from '../shared/profile-ids';
import type { RouteRequest } from '../shared/routes';
import { useRequest } from '../ui/use-request';
import { openDashboard } from './open-dashboard';

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

export function Today() {
  const [today] = useRequest('prospects.today', {});
  if (today.state !== 'ready') return null;
  const { due, awaiting } = today.value;
  if (due.length === 0 && awaiting.length === 0) return null;
  return (
    <section class="today">
      <People title={t('todayDue')} people={due} testId="due" all={{ view: 'prospects', filter: { due: true, sort: 'nextFollowUp' } }} />
      <People title={t('todayAwaiting')} people={awaiting} testId="awaiting" all={{ view: 'prospects', filter: { awaiting: true } }} />
    </section>
  );
}
