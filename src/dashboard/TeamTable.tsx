// The team's merged view: a summary (files, reps, weeks, the duplicates rule), the content
// table (which content starts conversations, each item's persona and stage rows in a
// disclosure), and the team-wide rows per persona and per stage. Plain rendering of a
// TeamView: the numbers come from src/domain/team/team-merge.ts. A Clicks column, last, when any
// file carries clicks: an item no file counted clicks for has an empty cell (unknown, not 0).
import { t } from '../i18n/i18n';
import { hasClicks, type TeamRateRow, type TeamView } from '../domain/team/team-merge';
import { count, dayText, percent } from '../ui/format';
import type { ProspectStage } from '../domain/model';
import { stageName } from './prospect-labels';

// Rows are keyed by stage: a team file's stages were checked against the model's list.
const stageLabel = (key: string) => stageName(key as ProspectStage);
const same = (key: string) => key;

function Counts({ row }: { row: Pick<TeamRateRow, 'shares' | 'sent' | 'replies' | 'rate'> }) {
  return (
    <>
      <td>{count(row.shares)}</td>
      <td>{count(row.sent)}</td>
      <td>{count(row.replies)}</td>
      <td>{percent(row.rate)}</td>
    </>
  );
}

function CountHeads() {
  return (
    <>
      <th>{t('insightShares')}</th>
      <th>{t('teamSent')}</th>
      <th>{t('insightReplies')}</th>
      <th>{t('insightRate')}</th>
    </>
  );
}

function RowsTable({ rows, name, label, testId }: { rows: TeamRateRow[]; name: string; label: (key: string) => string; testId: string }) {
  return (
    <table class="data" data-testid={testId}>
      <thead>
        <tr>
          <th>{name}</th>
          <CountHeads />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{label(row.key)}</td>
            <Counts row={row} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const clicksCell = (clicks: number | undefined) => <td data-testid="team-clicks">{clicks === undefined ? '' : count(clicks)}</td>;

export function TeamTable({ view }: { view: TeamView }) {
  const clicks = hasClicks(view);
  return (
    <div data-testid="team-view">
      <p data-testid="team-summary">
        {t('teamSummary', [
          count(view.files),
          count(view.reps),
          view.period ? dayText(view.period.from) : '—',
          view.period ? dayText(view.period.to) : '—',
        ])}
      </p>
      <p class="muted">{t('teamOnce')}</p>
      {view.setAside.length > 0 && <p data-testid="team-set-aside">{t('teamSetAside', view.setAside.join(', '))}</p>}
      {!view.samePeriod && <p class="error">{t('teamPeriodsDiffer')}</p>}
      {view.labels.length > 0 && <p>{t('teamLabels', view.labels.join(', '))}</p>}
      {clicks && <p class="muted">{t('teamClicksNote')}</p>}
      <table class="data" data-testid="team-content">
        <caption>{t('teamContentTable')}</caption>
        <thead>
          <tr>
            <th>{t('insightContent')}</th>
            <th>{t('teamReps')}</th>
            <CountHeads />
            {clicks && <th>{t('teamClicks')}</th>}
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => (
            <tr key={item.url} data-url={item.url}>
              <td>
                <details>
                  <summary title={t('teamDetails')}>{item.title}</summary>
                  <RowsTable rows={item.byPersona} name={t('filterPersona')} label={same} testId="team-item-persona" />
                  <RowsTable rows={item.byStage} name={t('filterStage')} label={stageLabel} testId="team-item-stage" />
                </details>
              </td>
              <td>{count(item.reps)}</td>
              <Counts row={item} />
              {clicks && clicksCell(item.clicks)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="team-total">
            <th scope="row">{t('teamTotal')}</th>
            <td>{count(view.reps)}</td>
            <Counts row={view.totals} />
            {clicks && clicksCell(view.totals.clicks)}
          </tr>
        </tfoot>
      </table>
      <h3>{t('insightByPersona')}</h3>
      <RowsTable rows={view.byPersona} name={t('filterPersona')} label={same} testId="team-persona" />
      <h3>{t('insightByStage')}</h3>
      <RowsTable rows={view.byStage} name={t('filterStage')} label={stageLabel} testId="team-stage" />
    </div>
  );
}
