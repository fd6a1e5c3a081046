// Which weeks every chart and table of Insights covers: 4 weeks, 12 weeks, this quarter, all.
import { t, type MessageKey } from '../../shared/i18n';
import { INSIGHT_PERIODS, type InsightPeriod } from '../../shared/insight-periods';
import { Segmented } from './Segmented';

export interface PeriodSelectorProps {
  value: InsightPeriod;
  onChange: (period: InsightPeriod) => void;
}

export function PeriodSelector({ value, onChange }: PeriodSelectorProps) {
  const options = INSIGHT_PERIODS.map((period) => ({ value: period, label: t(`period_${period}` as MessageKey) }));
  return <Segmented name="insight-period" legend={t('insightPeriod')} options={options} value={value} onChange={onChange} testId="insight-period" />;
}
