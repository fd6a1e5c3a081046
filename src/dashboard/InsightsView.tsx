// What works: shares and replies per week, reply rates by content, persona and stage, time to
// reply, the funnel, top content; then the team's figures (TeamStats.tsx). Every chart has its
// table, and every table exports to CSV.
// Charts are plain SVG: no library to load, nothing the extension's CSP would refuse.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import type { RateRow } from '../shared/metrics';
import type { Stage } from '../shared/model';
import { useRequest } from '../ui/use-request';
import { downloadTable } from './csv-table';
import { count, dayText, decimal, percent } from '../ui/format';
import { TeamStats } from './TeamStats';

/** Horizontal bars, one per row, scaled to the largest value. */
function Bars({ values, label }: { values: { name: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...values.map((v) => v.value));
  const height = 18;
  return (
    <svg class="bars" role="img" aria-label={label} viewBox={`0 0 300 ${values.length * height}`} width="300" height={values.length * height}>
      {values.map((v, i) => (
        <rect key={v.name} x="0" y={i * height + 3} width={Math.max(1, (v.value / max) * 300)} height={height - 6} rx="3" class="bar">
          <title>{`${v.name}: ${count(v.value)}`}</title>
        </rect>
      ))}
    </svg>
  );
}

function Panel({ title, onExport, children }: { title: string; onExport: () => void; children: ComponentChildren }) {
  return (
    <section class="card insight">
      <div class="insight-head">
        <h2>{title}</h2>
        <button type="button" class="secondary" onClick={onExport}>
          {t('exportCsv')}
        </button>
      </div>
      {children}
    </section>
  );
}

function RateTable({ rows, keyLabel, name }: { rows: RateRow[]; keyLabel: (key: string) => string; name: string }) {
  return (
    <>
      <Bars values={rows.map((row) => ({ name: keyLabel(row.key), value: Math.round(row.rate * 100) }))} label={name} />
      <table class="data">
        <thead>
          <tr>
            <th>{name}</th>
            <th>{t('insightShares')}</th>
            <th>{t('insightReplied')}</th>
            <th>{t('insightRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>{keyLabel(row.key)}</td>
              <td>{count(row.shares)}</td>
              <td>{count(row.replied)}</td>
              <td>{percent(row.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const rateCsv = (rows: RateRow[], keyLabel: (key: string) => string) => rows.map((row) => [keyLabel(row.key), row.shares, row.replied, Math.round(row.rate * 1000) / 10]);

/** Marks the first chart drawn, once per page: the Insights benchmark measures navigation to it. */
function useFirstChartMark(drawn: boolean) {
  useEffect(() => {
    if (drawn && performance.getEntriesByName('nurture:first-chart').length === 0) performance.mark('nurture:first-chart');
  }, [drawn]);
}

function OwnInsights() {
  // All of it, as this view always showed; the period selector comes with its redesign.
  const [answer] = useRequest('insights.compute', { period: 'all' });
  useFirstChartMark(answer.state === 'ready');
  if (answer.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (answer.state === 'error') return <p class="error">{answer.message}</p>;
  const { insights, titles } = answer.value;
  const title = (id: string) => titles[id] ?? id;
  const stage = (key: string) => t(`stage_${key as Stage}` as MessageKey);
  const same = (key: string) => key;
  const rateHeader = (name: string) => [name, 'shares', 'replied', 'reply_rate_percent'];

  return (
    <div class="insights" data-testid="insights">
      <Panel title={t('insightWeeks')} onExport={() => void downloadTable('weekly', ['week', 'shares', 'replies'], insights.weeks.map((w) => [w.week, w.shares, w.replies]))}>
        <Bars values={insights.weeks.map((w) => ({ name: dayText(w.week), value: w.shares }))} label={t('insightWeeks')} />
        <table class="data">
          <thead>
            <tr>
              <th>{t('insightWeek')}</th>
              <th>{t('insightShares')}</th>
              <th>{t('insightReplies')}</th>
            </tr>
          </thead>
          <tbody>
            {insights.weeks.map((w) => (
              <tr key={w.week}>
                <td>{dayText(w.week)}</td>
                <td>{count(w.shares)}</td>
                <td>{count(w.replies)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t('insightMedianReply')} <strong data-testid="median-reply">{insights.medianHoursToReply === null ? '—' : t('hoursShort', decimal(insights.medianHoursToReply))}</strong>
        </p>
      </Panel>
      <Panel title={t('insightByContent')} onExport={() => void downloadTable('content-performance', rateHeader('content'), rateCsv(insights.byContent, title))}>
        <RateTable rows={insights.byContent} keyLabel={title} name={t('insightContent')} />
      </Panel>
      <Panel title={t('insightByPersona')} onExport={() => void downloadTable('by-persona', rateHeader('persona'), rateCsv(insights.byPersona, same))}>
        <RateTable rows={insights.byPersona} keyLabel={same} name={t('filterPersona')} />
      </Panel>
      <Panel title={t('insightByStage')} onExport={() => void downloadTable('by-stage', rateHeader('stage'), rateCsv(insights.byStage, same))}>
        <RateTable rows={insights.byStage} keyLabel={stage} name={t('filterStage')} />
      </Panel>
      <Panel
        title={t('insightFunnel')}
        onExport={() =>
          void downloadTable(
            'funnel',
            ['stage', 'reached', 'conversion_to_next_percent', 'median_days_in_stage'],
            insights.funnel.map((row) => [row.stage, row.reached, row.conversion === null ? null : Math.round(row.conversion * 1000) / 10, row.medianDaysInStage]),
          )
        }
      >
        <Bars values={insights.funnel.map((row) => ({ name: stage(row.stage), value: row.reached }))} label={t('insightFunnel')} />
        <table class="data" data-testid="funnel">
          <thead>
            <tr>
              <th>{t('filterStage')}</th>
              <th>{t('insightReached')}</th>
              <th>{t('insightConversion')}</th>
              <th>{t('insightDaysInStage')}</th>
            </tr>
          </thead>
          <tbody>
            {insights.funnel.map((row) => (
              <tr key={row.stage}>
                <td>{stage(row.stage)}</td>
                <td>{count(row.reached)}</td>
                <td>{percent(row.conversion)}</td>
                <td>{decimal(row.medianDaysInStage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel title={t('insightTopContent')} onExport={() => void downloadTable('top-content', ['content', 'replies'], insights.topContent.map((row) => [title(row.key), row.replies]))}>
        <ol>
          {insights.topContent.map((row) => (
            <li key={row.key}>
              {title(row.key)} — {count(row.replies)}
            </li>
          ))}
        </ol>
      </Panel>
    </div>
  );
}

/** This rep's insights, then the team's: the team view stands on its own, so a refetch or an error of the first never drops the files a manager loaded. */
export function InsightsView() {
  return (
    <div class="insights-page">
      <OwnInsights />
      <TeamStats />
    </div>
  );
}
