// The side panel beside LinkedIn: the person on the tab it follows and everything personal
// about them (their record, what they received, what to send next), or today's follow-ups on
// other LinkedIn pages. Everything here is in an extension page LinkedIn's page cannot reach.
import browser from 'webextension-polyfill';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { dashboardPath } from '../contract/routes';
import { BackupNotices } from '../ui/BackupReminder';
import { useAfterPaint } from '../ui/use-after-paint';
import { Elsewhere } from './Elsewhere';
import { PanelToday } from './PanelToday';
import { personKey } from './person';
import { PersonView } from './PersonView';
import { useFollowedPage } from './use-followed-page';

/** User Timing mark: the person's card first shown after a switch of tab, for the benchmarks. */
export const PERSON_MARK = 'nurture:panel-person';

export function Panel() {
  const { tabId, switches, page } = useFollowedPage();
  const person = page.state === 'page' ? page.answer.person : null;
  const marked = useRef(0);
  const painted = useAfterPaint();
  // Latched: a tab switch goes back to "asking", and the notices must not be asked again then.
  const noticesShown = useRef(false);
  if (painted && page.state !== 'asking') noticesShown.current = true;

  useEffect(() => {
    if (person === null || marked.current === switches) return;
    marked.current = switches;
    performance.mark(PERSON_MARK);
  });

  return (
    <main class="panel">
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {/* Asked once the panel knows its first page: the person's card comes first. The
          dashboard opens in a tab of its own; the panel stays. */}
      {noticesShown.current && (
        <BackupNotices
          compact
          onOpenData={() => void browser.tabs.create({ url: browser.runtime.getURL(dashboardPath({ view: 'data' })) })}
        />
      )}
      {page.state === 'asking' && <p class="muted">{t('loading')}</p>}
      {page.state === 'none' && <Elsewhere />}
      {page.state === 'page' && tabId !== null && person !== null && (
        <PersonView key={personKey(tabId, person)} tabId={tabId} person={person} />
      )}
      {page.state === 'page' && tabId !== null && person === null && <PanelToday tabId={tabId} />}
    </main>
  );
}
