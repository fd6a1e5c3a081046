// Which weeks every chart and table of Insights covers: 4 weeks, 12 weeks, this quarter, all.
import { t, type MessageKey } from '../../i18n/i18n';
import { PERIODS, type Period } from '../../domain/insights/periods';
import { Segmented } from './Segmented';

export interface PeriodSelectorProps {
  value: Period;
  onChange: (period: Period) => void;
}

export function PeriodSelector({ value, onChange }: PeriodSelectorProps) {
  const options = PERIODS.map((period) => ({ value: period, label: t(`period_${period}` as MessageKey) }));
  return (
    <Segmented
      name="insight-period"
      legend={t('insightPeriod')}
      options={options}
      value={value}
      onChange={onChange}
      testId="insight-period"
    />
  );
}
