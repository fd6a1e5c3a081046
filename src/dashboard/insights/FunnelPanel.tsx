// "Where do prospects get stuck?": the funnel of the prospects added in the period, and its
// table: reached, the passage rate to the next stage, the median days in each stage.
import { t } from '../../i18n/i18n';
import type { FunnelRow } from '../../domain/insights/metrics';
import { FunnelChart } from '../charts/FunnelChart';
import { stageName } from '../charts/chart-names';
import { funnelLayout } from '../charts/funnel-model';
import { uiWords } from '../charts/words';
import { funnelCsv } from './insight-tables';
import { FiguresTable } from './FiguresTable';
import { Panel } from './Panel';

export function FunnelPanel({ rows }: { rows: readonly FunnelRow[] }) {
  const w = uiWords;
  // The chart lays the same rows out the same way: stages in journey order, the same passages.
  const layout = funnelLayout(rows);
  return (
    <Panel title={t('insightFunnelQuestion')} csv={() => funnelCsv(layout)} testId="funnel-panel">
      <FunnelChart rows={rows} />
      <p class="muted insight-note">{t('insightFunnelCohort')}</p>
      <FiguresTable
        of={t('insightFunnel')}
        testId="funnel-table"
        columns={[t('filterStage'), t('insightReached'), t('insightConversion'), t('insightDaysInStage')]}
      >
        {layout.steps.map((step) => (
          <tr key={step.stage} data-stage={step.stage}>
            <th scope="row">{stageName(step.stage, w)}</th>
            <td class="reached">{w.count(step.reached)}</td>
            <td class="passage">{w.percent(step.passage)}</td>
            <td class="days">{w.decimal(step.medianDays)}</td>
          </tr>
        ))}
      </FiguresTable>
    </Panel>
  );
}
