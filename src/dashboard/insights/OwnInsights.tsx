// This rep's Insights for the period in the address: the period choice, the period in figures,
// then the three questions a salesperson opens Insights for (is my outreach working, which
// content starts conversations, where do prospects get stuck), each a chart with its table, and
// the clicks imported from the company's web analytics (which content gets opened, and when).
// Before the first share, and during the first week of activity, the view says what it will
// show and how to get there (InsightsEmpty); that is decided on all-time data, never the period's.
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import type { Period } from '../../domain/insights/periods';
import { useRequest } from '../../ui/use-request';
import { InsightsEmpty } from '../charts/InsightsEmpty';
import { insightState } from '../charts/insight-state';
import { PeriodSelector } from '../charts/PeriodSelector';
import { weekSeries } from '../charts/trend-model';
import { FunnelPanel } from './FunnelPanel';
import { KeyFigures } from './KeyFigures';
import { ClicksPanel } from './ClicksPanel';
import { ClicksWeeksPanel } from './ClicksWeeksPanel';
import { RankingPanel } from './RankingPanel';
import { TrendPanel } from './TrendPanel';

/** Marks the first chart drawn, once per page: the Insights benchmark measures navigation to it. */
function useFirstChartMark(drawn: boolean) {
  useEffect(() => {
    if (drawn && performance.getEntriesByName('nurture:first-chart').length === 0) performance.mark('nurture:first-chart');
  }, [drawn]);
}

export interface OwnInsightsProps {
  period: Period;
  onPeriod: (period: Period) => void;
}

export function OwnInsights({ period, onPeriod }: OwnInsightsProps) {
  const [answer] = useRequest('insights.compute', { period });
  // Apart, so an import (or its failure) never holds back the log's charts.
  const [clicks] = useRequest('clicks.figures', { period });
  const state = answer.state === 'ready' ? insightState(answer.value.opening) : null;
  // Effects run once the render is in the page: the first chart is drawn when this marks.
  useFirstChartMark(state === 'charts' || state === 'early');
  if (answer.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (answer.state === 'error') return <p class="error">{answer.message}</p>;
  const { insights, titles, from, to, thisWeek } = answer.value;
  if (state === 'empty') {
    return (
      <div class="insights" data-testid="insights" data-state="empty">
        <InsightsEmpty state="empty" />
      </div>
    );
  }
  // The weeks the background summed (periods.ts): the chart, its table and the figures draw these.
  const points = weekSeries(insights.weeks, { from, to }, thisWeek);
  const figures = clicks.state === 'ready' ? clicks.value : null;
  const imported = figures !== null && figures.imports.length > 0;
  // An item clicked but not shared in the period has its title from the imports' answer.
  const allTitles = new Map([...(figures?.titles ?? []), ...titles]);
  return (
    // data-period: the period the figures on screen are of (the choice shows the new one at once).
    <div class="insights" data-testid="insights" data-state={state} data-period={answer.value.period}>
      <div class="insights-top">
        <PeriodSelector value={period} onChange={onPeriod} />
        <KeyFigures points={points} medianHours={insights.medianHoursToReply} />
      </div>
      {state === 'early' ? <InsightsEmpty state="early" /> : <TrendPanel points={points} period={answer.value.period} />}
      <RankingPanel insights={insights} titles={allTitles} clicks={imported ? figures.byContent : null} />
      <ClicksPanel figures={clicks} byContent={insights.byContent} titles={allTitles} />
      {imported && <ClicksWeeksPanel figures={figures} range={{ from, to }} thisWeek={thisWeek} />}
      <FunnelPanel rows={insights.funnel} />
    </div>
  );
}
