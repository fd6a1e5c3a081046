// "Which content starts conversations?": the top rows by replies, by interested answers (which
// content gets a "yes", not just an answer), or by reply rate among rows with at least N shares
// (N written in the choice), per content item, persona or stage; the table beside the chart
// holds every row that qualifies, in the chart's order, with its answers by class. Top content by
// replies is this ranking's first view, so it has no panel of its own any more. Once clicks were
// imported, content rows carry their clicks: two more orders (clicks, clicks per share among rows
// with N shares), two more columns, and two more columns at the end of the CSV file.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n/i18n';
import type { Insights } from '../../domain/insights/metrics';
import type { Stage } from '../../domain/model';
import { REPLY_CLASSES, type ReplyClass } from '../../domain/replies/types';
import { RankingChart } from '../charts/RankingChart';
import { RankingOptions, type RankDimension } from '../charts/RankingOptions';
import { DEFAULT_MIN_SHARES, isClickOrder, RANK_LIMIT, type RankOrder } from '../charts/ranking-model';
import { uiWords } from '../charts/words';
import { withClicks, type ClickPairs } from './clicks-tables';
import { rankingChartRows, rankingCsv, rankingTable } from './insight-tables';
import { FiguresTable } from './FiguresTable';
import { Panel } from './Panel';

const TITLE = { content: 'insightByContent', persona: 'insightByPersona', stage: 'insightByStage' } as const;
const COLUMN = { content: 'insightContent', persona: 'filterPersona', stage: 'filterStage' } as const;
// Message keys allow no hyphen: each class names its column's key.
const ANSWER_COLUMN: Record<ReplyClass, MessageKey> = {
  interested: 'insightAnswer_interested',
  question: 'insightAnswer_question',
  later: 'insightAnswer_later',
  'not-interested': 'insightAnswer_not_interested',
  'out-of-office': 'insightAnswer_out_of_office',
  stop: 'insightAnswer_stop',
  other: 'insightAnswer_other',
};

export interface RankingPanelProps {
  insights: Insights;
  /** By content id (a Map: ids are data, see the insights.compute answer). */
  titles: ReadonlyMap<string, string>;
  /** The period's clicks per item when any were imported, else null: no click order, no click column. */
  clicks?: ClickPairs | null;
}

export function RankingPanel({ insights, titles, clicks = null }: RankingPanelProps) {
  const [dimension, setDimension] = useState<RankDimension>('content');
  const [chosen, setChosen] = useState<RankOrder>('replies');
  const w = uiWords;
  // Only content has clicks: a click order chosen there reads as replies elsewhere, and again as itself back on content.
  const withClickFigures = dimension === 'content' && clicks !== null;
  const order = isClickOrder(chosen) && !withClickFigures ? 'replies' : chosen;
  const rows = { content: insights.byContent, persona: insights.byPersona, stage: insights.byStage }[dimension];
  const source = withClickFigures ? withClicks(rows, clicks) : rows;
  const labelOf = (key: string) =>
    dimension === 'content' ? (titles.get(key) ?? key) : dimension === 'stage' ? t(`stage_${key as Stage}` as MessageKey) : key;
  const table = rankingTable(source, dimension, order, DEFAULT_MIN_SHARES, labelOf);
  const title = isClickOrder(order) ? t('clicksPerContent') : t(TITLE[dimension]);
  const classColumns = REPLY_CLASSES.map((name) => t(ANSWER_COLUMN[name]));
  const clickColumns = withClickFigures ? [t('insightClicks'), t('insightClicksPerShare')] : [];
  return (
    <Panel title={t('insightRankingQuestion')} csv={() => rankingCsv(dimension, table, withClickFigures)} testId="ranking-panel">
      <RankingOptions
        dimension={dimension}
        onDimension={setDimension}
        order={order}
        onOrder={setChosen}
        minShares={DEFAULT_MIN_SHARES}
        clicks={withClickFigures}
      />
      <RankingChart title={title} rows={rankingChartRows(table)} order={order} />
      <p class="muted insight-note">
        {dimension === 'stage' ? t('insightStageOrder') : table.length > RANK_LIMIT ? t('insightRankLimit', w.count(RANK_LIMIT)) : ''}
      </p>
      <FiguresTable
        of={title}
        testId="ranking-table"
        columns={[
          t(COLUMN[dimension]),
          t('insightShares'),
          t('insightReplied'),
          t('insightRate'),
          ...classColumns,
          t('insightInterestedRate'),
          ...clickColumns,
        ]}
      >
        {table.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td class="shares">{w.count(row.shares)}</td>
            <td class="replied">{w.count(row.replied)}</td>
            <td class="rate">{w.percent(row.rate)}</td>
            {REPLY_CLASSES.map((name) => (
              <td key={name} class="answers" data-class={name}>
                {w.count(row.answers[name])}
              </td>
            ))}
            <td class="interested-rate">{w.percent(row.interestedRate)}</td>
            {withClickFigures && (
              <>
                <td class="clicks">{w.count(row.clicks ?? 0)}</td>
                <td class="clicks-per-share">{w.decimal(row.clicksPerShare ?? null)}</td>
              </>
            )}
          </tr>
        ))}
      </FiguresTable>
    </Panel>
  );
}
