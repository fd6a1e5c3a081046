// The full-page dashboard (the options page, opened in a tab), one view per hash (#library...).
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { STORE_NAMES } from '../shared/contract';
import { useRequest } from '../ui/use-request';
import { LibraryView } from './LibraryView';
import { SettingsForm } from './SettingsForm';
import { SourcesView } from './SourcesView';
import { ProspectsView } from './ProspectsView';
import { ActivityView } from './ActivityView';
import { InsightsView } from './InsightsView';
import { BackupPanel } from './BackupPanel';
import { STORAGE_STATE_KEYS, persistentStorageOnce, type StorageState } from '../ui/persistent-storage';

const VIEWS = ['library', 'sources', 'prospects', 'activity', 'insights', 'settings', 'data'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, MessageKey> = { library: 'libraryTitle', sources: 'sourcesTitle', prospects: 'prospectsTitle', activity: 'activityTitle', insights: 'insightsTitle', settings: 'settings', data: 'yourData' };

/** "#library", or "#prospect=%2Fin%2Fada" for one prospect's page. */
const routeFromHash = (): { view: View; prospect: string | null } => {
  const hash = location.hash.slice(1);
  if (hash.startsWith('prospect=')) return { view: 'prospects', prospect: decodeURIComponent(hash.slice('prospect='.length)) };
  return { view: (VIEWS as readonly string[]).includes(hash) ? (hash as View) : 'library', prospect: null };
};

function DataSummary() {
  const [generation, setGeneration] = useState(0);
  const [stats] = useRequest('db.stats', {}, [generation]);
  const [storage, setStorage] = useState<StorageState | null>(null);
  useEffect(() => {
    let live = true;
    void persistentStorageOnce().then((state) => live && setStorage(state));
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('yourData')}</h2>
      <p class="muted">{t('dataStaysLocal')}</p>
      {storage && (
        <p class={storage === 'best-effort' ? 'error' : 'muted'} data-testid="storage-state" data-state={storage}>
          {t('storageLabel')}: {t(STORAGE_STATE_KEYS[storage])}
        </p>
      )}
      {stats.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {stats.state === 'error' && <p class="error">{t('backgroundUnreachable', stats.message)}</p>}
      {stats.state === 'ready' && (
        <dl class="facts" data-testid="db-stats">
          <dt>{t('schemaVersion')}</dt>
          <dd>{stats.value.schemaVersion}</dd>
          {STORE_NAMES.map((name) => (
            <Fragment key={name}>
              <dt>{t(`store_${name}`)}</dt>
              <dd data-store={name}>{stats.value.counts[name]}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
    <BackupPanel onRestored={() => setGeneration((n) => n + 1)} />
    </>
  );
}

export function Dashboard() {
  const [{ view, prospect }, setRoute] = useState(routeFromHash);
  const [libraryGeneration, setLibraryGeneration] = useState(0);
  useEffect(() => {
    const follow = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <div class="dashboard">
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('dashboardTitle')}</h1>
      </header>
      <nav class="tabs" aria-label={t('dashboardTitle')}>
        {VIEWS.map((name) => (
          <a key={name} href={`#${name}`} aria-current={view === name ? 'page' : undefined}>
            {t(VIEW_LABELS[name])}
          </a>
        ))}
      </nav>
      <main>
        {view === 'library' && <LibraryView key={libraryGeneration} />}
        {view === 'sources' && <SourcesView onChange={() => setLibraryGeneration((n) => n + 1)} />}
        {view === 'prospects' && (
          <ProspectsView selected={prospect} onSelect={(id) => (location.hash = id ? `prospect=${encodeURIComponent(id)}` : 'prospects')} />
        )}
        {view === 'activity' && <ActivityView />}
        {view === 'insights' && <InsightsView />}
        {view === 'settings' && <SettingsForm />}
        {view === 'data' && <DataSummary />}
      </main>
    </div>
  );
}
