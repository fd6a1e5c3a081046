// Insights before there is anything to chart: what the view will show and how to get there,
// instead of empty tables. 'early' is the first week of data: figures, but no trend yet.
import { t } from '../../i18n/i18n';
import { routeHash } from '../../contract/routes';
import './charts.css';

export interface InsightsEmptyProps {
  /** From insightState: 'empty' before the first share, 'early' while all of it fits in one week. */
  state: 'empty' | 'early';
}

export function InsightsEmpty({ state }: InsightsEmptyProps) {
  const empty = state === 'empty';
  return (
    <section class="card insights-empty" data-testid={`insights-${state}`} aria-labelledby="insights-empty-title">
      <h2 id="insights-empty-title">{empty ? t('insightsEmptyTitle') : t('insightsEarlyTitle')}</h2>
      <p>{t('insightsEmptyText')}</p>
      <p>{empty ? t('insightsEmptyHow') : t('insightsEarlyText')}</p>
      <p class="insights-empty-links">
        <a href={routeHash({ view: 'library' })}>{t('insightsOpenLibrary')}</a>
        <a href={routeHash({ view: 'welcome' })}>{t('insightsOpenGuide')}</a>
      </p>
    </section>
  );
}
