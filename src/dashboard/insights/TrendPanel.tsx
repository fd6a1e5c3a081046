// "Is my outreach working?": shares and replies per week over the period, every week drawn
// (the quiet ones as zeros), this week marked, and the same weeks in the table beside it.
import { t } from '../../i18n/i18n';
import type { Period } from '../../domain/insights/periods';
import { TrendChart } from '../charts/TrendChart';
import type { WeekPoint } from '../charts/trend-model';
import { uiWords } from '../charts/words';
import { trendCsv } from './insight-tables';
import { FiguresTable } from './FiguresTable';
import { Panel } from './Panel';

export function TrendPanel({ points, period }: { points: readonly WeekPoint[]; period: Period }) {
  const w = uiWords;
  return (
    <Panel title={t('insightTrendQuestion')} csv={() => trendCsv(points)} testId="trend-panel">
      <TrendChart points={points} period={period} />
      <FiguresTable
        of={t('insightWeeks')}
        testId="trend-table"
        columns={[t('insightWeek'), t('insightShares'), t('insightReplies'), t('insightRate')]}
      >
        {points.map((p) => (
          <tr key={p.week} data-week={p.week} class={p.current ? 'current' : undefined}>
            <th scope="row">
              {w.day(p.week)}
              {p.current && <span class="muted"> — {t('chartThisWeek')}</span>}
            </th>
            <td class="shares">{w.count(p.shares)}</td>
            <td class="replies">{w.count(p.replies)}</td>
            <td class="rate">{w.percent(p.rate)}</td>
          </tr>
        ))}
      </FiguresTable>
    </Panel>
  );
}
