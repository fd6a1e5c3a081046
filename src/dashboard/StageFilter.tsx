// "All stages" or one stage of the journey (lost included): the filter the prospect list and
// the activity log share.
import type { ProspectStage } from '../domain/model';
import { t } from '../i18n/i18n';
import { PROSPECT_STAGES, stageName } from './prospect-labels';

export function StageFilter({ value, onChange }: { value: ProspectStage | ''; onChange: (stage: ProspectStage | '') => void }) {
  return (
    <select aria-label={t('filterStage')} value={value} onChange={(e) => onChange(e.currentTarget.value as ProspectStage | '')}>
      <option value="">{t('allStages')}</option>
      {PROSPECT_STAGES.map((stage) => (
        <option key={stage} value={stage}>
          {stageName(stage)}
        </option>
      ))}
    </select>
  );
}
