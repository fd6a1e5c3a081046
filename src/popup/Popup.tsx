// The toolbar popup: is Nurture working, and what does it see on the current tab.
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import type { PageHealth, ReaderPart } from '../shared/contract';
import type { PopupCache } from '../shared/popup-cache';
import { t, type MessageKey } from '../shared/i18n';
import { request } from '../shared/client';
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
import { Today } from './Today';

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

function TabHealth() {
  // Quiet mode switched in the dashboard changes what the tab reports: asked again then.
  const [loaded] = useQuery('tab-health', tabHealth, ['settings']);
  if (loaded.state === 'loading') return <p class="muted">{t('loading')}</p>;
  const { tabId, health } = loaded.state === 'ready' ? loaded.value : { tabId: null, health: null };
  if (health === null) return <p class="muted" data-testid="tab-health">{t('tabNotLinkedIn')}</p>;
  const line = healthLine(health);
  // A health report means our content script runs in that tab: it is a www.linkedin.com page
  // (the only one the manifest injects into), and it can answer "Copy page structure".
  return (
    <>
      <p class="muted" data-testid="tab-health">
        {t(pageLabel[health.page])}
        {' · '}
        {line}
      </p>
      {tabId !== null && <CopyStructure tabId={tabId} />}
    </>
  );
}

/** A reply's conversation, beside LinkedIn's other tabs: the popup closes as the tab opens. */
const openInNewTab = (url: string) => void browser.tabs.create({ url });

/** `cache`: the last first screen (src/popup/cache.ts), shown until the background answers. */
export function Popup({ cache = {} }: { cache?: PopupCache }) {
  const [ping] = useRequest('app.ping', {});
  // Without a cached first page, the library answers first and the lists are asked after it,
  // so they never queue in front of it in the background; with one, everything is asked at once.
  const [searchShown, setSearchShown] = useState(cache.search !== undefined);
  // The backup notices are not cached: asked after the first paint, and after the library.
  const painted = useAfterPaint();
  return (
    <main class="popup">
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
        <OpenSidePanel />
      </header>
      <NextStep cached={cache.onboarding} />
      {painted && searchShown && <BackupNotices offer onOpenData={() => void openDashboard({ view: 'data' })} />}
      {searchShown && <Today cached={cache.today} />}
      {/* Not cached: asked after the first paint, behind the library like the notices. */}
      {painted && searchShown && <NewReplies onOpen={openInNewTab} />}
      <LibrarySearch cached={cache.search} onFirstResults={() => setSearchShown(true)} />
      {searchShown && <RecentActivity cached={cache.recent} />}
      <footer class="status">
        <div aria-live="polite">
          {ping.state === 'error' && <p class="error">{t('backgroundUnreachable', ping.message)}</p>}
          {ping.state === 'ready' && (
            <p class="muted" data-testid="connection">
              {t('connected', [ping.value.version, String(ping.value.schemaVersion)])}
            </p>
          )}
          <TabHealth />
        </div>
        <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('openDashboard')}
        </button>
      </footer>
    </main>
  );
}
