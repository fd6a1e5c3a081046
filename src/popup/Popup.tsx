// The toolbar popup: who is on the current tab, the library to share from, who needs the
// salesperson today, what happened lately; and is Nurture working on this tab.
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import type { PageHealth, ReaderPart } from '../contract/index';
import type { PopupCache } from '../features/popup-cache/sections';
import { t, type MessageKey } from '../i18n/i18n';
import { request } from '../contract/client';
import { BackupNotices } from '../ui/BackupReminder';
import { NewReplies } from '../ui/NewReplies';
import { useAfterPaint } from '../ui/use-after-paint';
import { useRequest } from '../ui/use-request';
import { useQuery } from '../ui/use-query';
import { activeTabId } from './active-tab';
import { CopyStructure } from './CopyStructure';
import { LibrarySearch } from './LibrarySearch';
import { NextStep } from './NextStep';
import { openDashboard } from './open-dashboard';
import { OpenSidePanel } from './OpenSidePanel';
import { RecentActivity } from './RecentActivity';
import { TabPerson } from './TabPerson';
import { Today } from './Today';
import { useTabPage } from './use-tab-page';

const pageLabel: Record<PageHealth['page'], MessageKey> = {
  feed: 'pageFeed',
  messaging: 'pageMessaging',
  profile: 'pageProfile',
  'sales-lead': 'pageSalesLead',
  'sales-account': 'pageSalesAccount',
  'sales-inbox': 'pageSalesInbox',
  other: 'pageOther',
};

const partLabel: Record<ReaderPart, MessageKey> = {
  'profile-name': 'readerPartProfileName',
  'profile-headline': 'readerPartProfileHeadline',
  'profile-actions': 'readerPartProfileActions',
  'message-composer': 'readerPartMessageComposer',
  'conversation-partner': 'readerPartConversationPartner',
  'conversation-list': 'readerPartConversationList',
};

const ALWAYS_ANCHORED = new Set<PageHealth['page']>(['messaging', 'sales-inbox', 'sales-lead']);

/** What the health line says of a page: a part the readers missed outranks "active". */
export function healthLine(health: PageHealth): string {
  const states = Object.values(health.features);
  if (states.includes('quiet')) return t('featuresQuiet');
  if (health.missing.length > 0) return t('readerPartsNotFound', health.missing.map((part) => t(partLabel[part])).join(', '));
  if (states.includes('mounted')) return t('featuresActive');
  // A messaging page or Sales Navigator's inbox always has a composer, a lead page its actions:
  // none found means LinkedIn's markup changed (or differs from what public code measured).
  return ALWAYS_ANCHORED.has(health.page) ? t('featuresNotRecognised') : t('featuresWaiting');
}

/** The tab the popup is over, and what its content script last reported (null: none). */
async function tabHealth(): Promise<{ tabId: number | null; health: PageHealth | null }> {
  const tabId = await activeTabId();
  const health = tabId === null ? null : await request('page.health', { tabId }).catch(() => null);
  return { tabId, health };
}

/**
 * Whether the background answers, what Nurture sees on this tab (a muted line), and under
 * "Report a problem" what a bug report needs: the version, the database schema, the page's
 * structure. Mounted once the library answered (or failed): its requests never queue in front
 * of the first results.
 */
function TabStatus() {
  const [ping] = useRequest('app.ping', {});
  // Quiet mode switched in the dashboard changes what the tab reports: asked again then.
  const [loaded] = useQuery('tab-health', tabHealth, ['settings']);
  const { tabId, health } = loaded.state === 'ready' ? loaded.value : { tabId: null, health: null };
  return (
    <>
      {ping.state === 'error' && <p class="error status-error">{t('backgroundUnreachable', ping.message)}</p>}
      {loaded.state === 'loading' ? (
        <p class="muted status-health">{t('loading')}</p>
      ) : (
        <p class="muted status-health" data-testid="tab-health" aria-live="polite">
          {health === null ? t('tabNotLinkedIn') : `${t(pageLabel[health.page])} · ${healthLine(health)}`}
        </p>
      )}
      <details class="report" data-testid="report-problem">
        <summary>{t('reportProblem')}</summary>
        {ping.state === 'ready' && (
          <p class="muted" data-testid="connection">
            {t('reportProblemVersion', [ping.value.version, String(ping.value.schemaVersion)])}
          </p>
        )}
        {/* A health report means our content script runs in that tab: it is a www.linkedin.com
            page (the only one the manifest injects into), and it can answer "Copy page structure". */}
        {health !== null && tabId !== null && <CopyStructure tabId={tabId} />}
      </details>
    </>
  );
}

/** A reply's conversation, beside LinkedIn's other tabs: the popup closes as the tab opens. */
const openInNewTab = (url: string) => void browser.tabs.create({ url });

/** `cache`: the last first screen (src/features/popup-cache/popup.ts), shown until the background answers. */
export function Popup({ cache = {} }: { cache?: PopupCache }) {
  // Without a cached first page, the library answers first and the lists are asked after it,
  // so they never queue in front of it in the background; with one, everything is asked at once.
  const [searchShown, setSearchShown] = useState(cache.search !== undefined);
  // The backup notices are not cached: asked after the first paint, and after the library.
  const painted = useAfterPaint();
  // Asked of the tab's content script at once (the background is not involved); shown, and the
  // person's record asked, once the library answered.
  const tab = useTabPage();
  const person = tab.state === 'page' ? tab.answer.person : null;
  const personShown = searchShown && person !== null;
  const [tracked, setTracked] = useState(false);
  return (
    <main class="popup">
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
        {/* Over a tracked person, the side panel is offered on their line. */}
        {!(personShown && tracked) && <OpenSidePanel />}
      </header>
      {personShown && <TabPerson person={person} onTracked={setTracked} />}
      <NextStep cached={cache.onboarding} />
      {painted && searchShown && <BackupNotices offer onOpenData={() => void openDashboard({ view: 'data' })} />}
      {searchShown && <Today cached={cache.today} />}
      {/* Not cached: asked after the first paint, behind the library like the notices. */}
      {painted && searchShown && <NewReplies onOpen={openInNewTab} />}
      <LibrarySearch cached={cache.search} person={person} onFirstResults={() => setSearchShown(true)} />
      {searchShown && <RecentActivity cached={cache.recent} />}
      <footer class="status">
        {searchShown && <TabStatus />}
        <button
          type="button"
          class="primary status-dashboard"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          {t('openDashboard')}
        </button>
      </footer>
    </main>
  );
}
