// "Which content gets opened?": the import of the company's analytics export, then, once clicks
// were imported, each item's period read as shared → clicked → replied (a funnel for the item
// chosen, and the table of every item with its CSV file). Clicks come from clicks.figures, the
// shares and replies from the same period's insights.compute: the two are joined by item here.
import { t } from '../../i18n/i18n';
import type { ClickFiguresAnswer } from '../../contract/requests/clicks';
import type { Loaded } from '../../ui/use-request';
import type { RateCounts } from '../charts/ranking-model';
import { ClickFunnel } from './ClickFunnel';
import { ClicksImport } from './ClicksImport';
import { clickRows, contentClicksCsv } from './clicks-tables';
import { clickWords } from './clicks-words';
import { FiguresTable } from './FiguresTable';
import { Panel } from './Panel';

export interface ClicksPanelProps {
  figures: Loaded<ClickFiguresAnswer>;
  /** The period's content rows of the log (insights.compute's byContent). */
  byContent: readonly RateCounts[];
  /** By content id, the library's and the imports' (a Map: ids are data). */
  titles: ReadonlyMap<string, string>;
}

export function ClicksPanel({ figures, byContent, titles }: ClicksPanelProps) {
  const w = clickWords;
  const answer = figures.state === 'ready' ? figures.value : null;
  const rows = answer ? clickRows(byContent, answer.byContent, (key) => titles.get(key) ?? key) : [];
  const imported = answer !== null && answer.imports.length > 0;
  const caption = t('clicksPerContent');
  return (
    <Panel title={t('clicksQuestion')} csv={() => contentClicksCsv(rows)} testId="clicks-panel">
      <ClicksImport imports={answer?.imports ?? []} />
      {figures.state === 'error' && <p class="error">{figures.message}</p>}
      {imported && rows.length === 0 && <p class="muted">{t('chartNothingYet')}</p>}
      {imported && rows.length > 0 && (
        <>
          <ClickFunnel rows={rows} />
          <FiguresTable
            of={caption}
            testId="clicks-table"
            columns={[t('insightContent'), t('insightShares'), t('insightClicks'), t('insightClicksPerShare'), t('insightReplied')]}
          >
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.label}</th>
                <td class="shares">{w.count(row.shares)}</td>
                <td class="clicks">{w.count(row.clicks)}</td>
                <td class="clicks-per-share">{w.decimal(row.clicksPerShare)}</td>
                <td class="replied">{w.count(row.replied)}</td>
              </tr>
            ))}
          </FiguresTable>
        </>
      )}
    </Panel>
  );
}
