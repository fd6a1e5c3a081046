// The full-page dashboard (the options page, opened in a tab).
import { Fragment } from 'preact';
import { t } from '../shared/i18n';
import { STORE_NAMES } from '../shared/contract';
import { useRequest } from '../ui/use-request';
import { SettingsForm } from './SettingsForm';

function DataSummary() {
  const [stats] = useRequest('db.stats', {});
  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('yourData')}</h2>
      <p class="muted">{t('dataStaysLocal')}</p>
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
  );
}

export function Dashboard() {
  return (
    <div class="dashboard">
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('dashboardTitle')}</h1>
      </header>
      <main>
        <DataSummary />
        <SettingsForm />
      </main>
    </div>
  );
}
