// What the ranking compares (content, persona or stage) and how it orders them (most replies,
// most interested answers, or best reply rate among rows with enough shares to mean something).
import { t } from '../../shared/i18n';
import { count } from '../../ui/format';
import { RANK_ORDERS, type RankOrder } from './ranking-model';
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
}

export function RankingOptions({ dimension, onDimension, order, onOrder, minShares }: RankingOptionsProps) {
  const dimensions = RANK_DIMENSIONS.map((value) => ({ value, label: t(DIMENSION_LABEL[value]) }));
  const orders = RANK_ORDERS.map((value) => ({ value, label: value === 'rate' ? t('rankBy_rate', count(minShares)) : value === 'interested' ? t('rankBy_interested') : t('rankBy_replies') }));
  return (
    <div class="ranking-options">
      <Segmented name="rank-dimension" legend={t('chartRankWhat')} options={dimensions} value={dimension} onChange={onDimension} testId="rank-dimension" />
      <Segmented name="rank-order" legend={t('chartRankBy')} options={orders} value={order} onChange={onOrder} testId="rank-order" />
    </div>
  );
}
