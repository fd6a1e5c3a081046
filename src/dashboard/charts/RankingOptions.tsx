// What the ranking compares (content, persona or stage) and how it orders them (most replies,
// most interested answers, or best reply rate among rows with enough shares to mean something;
// with clicks imported, content also by clicks and by clicks per share).
import { t } from '../../i18n/i18n';
import { count } from '../../ui/format';
import { CLICK_ORDERS, REPLY_ORDERS, type RankOrder } from './ranking-model';
import { Segmented } from './Segmented';

export const RANK_DIMENSIONS = ['content', 'persona', 'stage'] as const;
export type RankDimension = (typeof RANK_DIMENSIONS)[number];

const DIMENSION_LABEL = { content: 'insightContent', persona: 'filterPersona', stage: 'filterStage' } as const;

export interface RankingOptionsProps {
  dimension: RankDimension;
  onDimension: (dimension: RankDimension) => void;
  order: RankOrder;
  onOrder: (order: RankOrder) => void;
  /** The fewest shares a row needs to be ranked by its rate (rankRows' minShares). */
  minShares: number;
  /** Offer the click orders: clicks were imported and the rows are content items (nothing else has clicks). */
  clicks?: boolean;
}

function orderLabel(order: RankOrder, minShares: number): string {
  switch (order) {
    case 'rate':
      return t('rankBy_rate', count(minShares));
    case 'interested':
      return t('rankBy_interested');
    case 'clicks':
      return t('rankBy_clicks');
    case 'clicksPerShare':
      return t('rankBy_clicksPerShare', count(minShares));
    default:
      return t('rankBy_replies');
  }
}

export function RankingOptions({ dimension, onDimension, order, onOrder, minShares, clicks = false }: RankingOptionsProps) {
  const dimensions = RANK_DIMENSIONS.map((value) => ({ value, label: t(DIMENSION_LABEL[value]) }));
  const offered: readonly RankOrder[] = clicks ? [...REPLY_ORDERS, ...CLICK_ORDERS] : REPLY_ORDERS;
  const orders = offered.map((value) => ({ value, label: orderLabel(value, minShares) }));
  return (
    <div class="ranking-options">
      <Segmented
        name="rank-dimension"
        legend={t('chartRankWhat')}
        options={dimensions}
        value={dimension}
        onChange={onDimension}
        testId="rank-dimension"
      />
      <Segmented name="rank-order" legend={t('chartRankBy')} options={orders} value={order} onChange={onOrder} testId="rank-order" />
    </div>
  );
}
