// The full-page dashboard (the options page, opened in a tab), one view per route
// (src/contract/routes.ts: #library, #prospects?stage=…, #prospect=/in/…).
import { Fragment } from 'preact';
import { useRef } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n';
import { DATA_STORES } from '../contract/index';
import { VIEWS, routeHash, viewOf, type RouteRequest, type View } from '../contract/routes';
import { useRequest } from '../ui/use-request';
import { useRoute } from './use-route';
import { count } from '../ui/format';
import { useFirstView } from './use-first-view';
import { WelcomeView } from './WelcomeView';
import { LibraryView } from './LibraryView';
import { SettingsForm } from './SettingsForm';
import { SourcesView } from './SourcesView';
import { ProspectsView } from './ProspectsView';
import { ProspectPage } from './ProspectPage';
import { ActivityView } from './ActivityView';
import { InsightsView } from './InsightsView';
import { BackupPanel } from './BackupPanel';
import { UndoProvider } from '../ui/UndoToast';
import { PolicyProblems } from './PolicyProblems';

const VIEW_LABELS: Record<View | 'welcome', MessageKey> = {
  welcome: 'welcomeTab',
  library: 'libraryTitle',
  sources: 'sourcesTitle',
  prospects: 'prospectsTitle',
  activity: 'activityTitle',
  insights: 'insightsTitle',
  settings: 'settings',
  data: 'yourData',
};

/**
 * The navigation's tabs: "Getting started" first while the guide has steps to do and is not
 * hidden, and whenever it is the view shown (so the current view always has its tab).
 */
export function navTabs(current: View | 'welcome', guide: { next: unknown; dismissed: boolean } | null): readonly (View | 'welcome')[] {
  const guideOpen = guide !== null && guide.next !== null && !guide.dismissed;
  return current === 'welcome' || guideOpen ? ['welcome', ...VIEWS] : VIEWS;
}

/** Where the focus goes when what had it is gone (a deleted row's Undo time is over): the view's title. */
function focusViewTitle() {
  const title = document.querySelector<HTMLElement>('main h2');
  if (!title) return;
  title.tabIndex = -1;
  title.focus();
}

function DataSummary() {
  // Counts follow every write, a restore included, through the background's announcements.
  // Whether the browser keeps the data is said with the automatic backups (BackupPanel).
  const [stats] = useRequest('db.stats', {});
  return (
    <>
      <section class="card" aria-labelledby="data-title">
        <h2 id="data-title">{t('yourData')}</h2>
        <p class="muted">{t('dataStaysLocal')}</p>
        {stats.state === 'loading' && <p class="muted">{t('loading')}</p>}
        {stats.state === 'error' && <p class="error">{t('backgroundUnreachable', stats.message)}</p>}
        {stats.state === 'ready' && (
          <dl class="facts" data-testid="db-stats">
            <dt>{t('schemaVersion')}</dt>
            <dd>{stats.value.schemaVersion}</dd>
            {DATA_STORES.map((name) => (
              <Fragment key={name}>
                <dt>{t(`store_${name}`)}</dt>
                <dd data-store={name}>{count(stats.value.counts[name])}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </section>
      <BackupPanel />
    </>
  );
}

export function Dashboard() {
  const [route, navigate] = useRoute();
  const view = viewOf(route);
  // "Back to prospects" returns to the list as it was filtered when this prospect was opened.
  const list = useRef<RouteRequest>({ view: 'prospects' });
  if (route.view === 'prospects') list.current = route;
  const [guide] = useRequest('onboarding.status', {});
  if (useFirstView(navigate)) return null;
  const tabs = navTabs(view, guide.state === 'ready' ? guide.value : null);

  return (
    <UndoProvider onFocusLost={focusViewTitle}>
      <div class="dashboard">
        <header class="brand">
          <img src="/icons/icon-32.png" alt="" />
          <h1>{t('dashboardTitle')}</h1>
        </header>
        <nav class="tabs" aria-label={t('dashboardTitle')}>
          {tabs.map((name) => (
            <a key={name} href={routeHash({ view: name })} aria-current={view === name ? 'page' : undefined}>
              {t(VIEW_LABELS[name])}
            </a>
          ))}
        </nav>
        {/* Outside main: the view's own title stays the first heading of main (focusViewTitle). */}
        <PolicyProblems />
        <main>
          {route.view === 'welcome' && <WelcomeView />}
          {route.view === 'library' && <LibraryView />}
          {route.view === 'sources' && <SourcesView />}
          {route.view === 'prospects' && (
            <ProspectsView
              filter={route.filter}
              onFilter={(filter) => navigate({ view: 'prospects', filter }, { replace: true })}
              onOpen={(id) => navigate({ view: 'prospect', id })}
            />
          )}
          {route.view === 'prospect' && <ProspectPage key={route.id} id={route.id} onBack={() => navigate(list.current)} />}
          {route.view === 'activity' && (
            <ActivityView filter={route.filter} onFilter={(filter) => navigate({ view: 'activity', filter }, { replace: true })} />
          )}
          {route.view === 'insights' && (
            <InsightsView period={route.period} onPeriod={(period) => navigate({ view: 'insights', period }, { replace: true })} />
          )}
          {view === 'settings' && <SettingsForm />}
          {view === 'data' && <DataSummary />}
        </main>
      </div>
    </UndoProvider>
  );
}
