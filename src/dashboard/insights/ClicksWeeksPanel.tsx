// "When were the links opened?": the clicks of each week of the period, the same weeks as the
// trend's, and what the weeks cannot show: clicks from an undated export of several weeks (they
// count for the period, not for a week) and imports that fall mostly outside the period.
import { t } from '../../i18n/i18n';
import type { ClickFiguresAnswer } from '../../contract/requests/clicks';
import { clickWeeks, spanOf, weeklyClicksCsv } from './clicks-tables';
import { clickWords } from './clicks-words';
import { FiguresTable } from './FiguresTable';
import { Panel } from './Panel';

export interface ClicksWeeksPanelProps {
  figures: ClickFiguresAnswer;
  /** The trend's weeks (insights.compute's from..to): the clicks' own span is added for 'all'. */
  range: { from: string; to: string };
  thisWeek: string;
}

export function ClicksWeeksPanel({ figures, range, thisWeek }: ClicksWeeksPanelProps) {
  const w = clickWords;
  const weeks = clickWeeks(figures.byWeek, spanOf(range, figures), thisWeek);
  return (
    <Panel title={t('clicksWeeksQuestion')} csv={() => weeklyClicksCsv(weeks)} testId="clicks-weeks-panel">
      <FiguresTable of={t('clicksWeeks')} testId="clicks-weeks" columns={[t('insightWeek'), t('insightClicks')]}>
        {weeks.map((week) => (
          <tr key={week.week} data-week={week.week} class={week.current ? 'current' : undefined}>
            <th scope="row">
              {w.day(week.week)}
              {week.current && <span class="muted"> — {t('chartThisWeek')}</span>}
            </th>
            <td class="clicks">{w.count(week.clicks)}</td>
          </tr>
        ))}
      </FiguresTable>
      {figures.notByWeek > 0 && (
        <p class="muted insight-note" data-testid="clicks-not-by-week">
          {w.counted(figures.notByWeek, { one: 'clicksNotByWeek_one', other: 'clicksNotByWeek_other' })}
        </p>
      )}
      {figures.leftOut > 0 && (
        <p class="muted insight-note" data-testid="clicks-left-out">
          {w.counted(figures.leftOut, { one: 'clicksLeftOut_one', other: 'clicksLeftOut_other' })}
        </p>
      )}
    </Panel>
  );
}
