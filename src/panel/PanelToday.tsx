// On a LinkedIn page without a person (the feed, search, a company): who needs the salesperson
// today and who replied. A name opens their profile (or a reply its conversation) in the tab the
// panel follows, where the panel then shows them.
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n';
import type { Prospect } from '../domain/model';
import { profileUrl } from '../domain/people/profile-ids';
import { dashboardPath } from '../contract/routes';
import { NewReplies } from '../ui/NewReplies';
import { TodayLists } from '../ui/TodayLists';
import { useRequest } from '../ui/use-request';

export function PanelToday({ tabId }: { tabId: number }) {
  const [today] = useRequest('prospects.today', {});
  const open = (url: string) => void browser.tabs.update(tabId, { url });
  const openProfile = (prospect: Prospect) => {
    const url = profileUrl(prospect.id);
    if (url !== null) open(url);
  };
  return (
    <section class="panel-section today" aria-label={t('panelTodayTitle')} data-testid="panel-today">
      {today.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {today.state === 'error' && <p class="error">{today.message}</p>}
      {today.state === 'ready' &&
        (today.value.due.length === 0 && today.value.awaiting.length === 0 ? (
          <p class="muted">{t('panelTodayEmpty')}</p>
        ) : (
          <TodayLists
            due={today.value.due}
            awaiting={today.value.awaiting}
            onOpen={openProfile}
            onSeeAll={(route) => void browser.tabs.create({ url: browser.runtime.getURL(dashboardPath(route)) })}
          />
        ))}
      <NewReplies onOpen={open} />
    </section>
  );
}
