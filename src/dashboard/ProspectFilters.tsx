// The prospect list's filters. They live in the address (#prospects?stage=…): a filtered list
// can be bookmarked, and Back from a prospect's page finds it as it was.
import type { ProspectStage } from '../shared/model';
import type { ProspectsFilter } from '../shared/routes';
import { t } from '../shared/i18n';
import { PROSPECT_STAGES, stageName } from './prospect-labels';

export function ProspectFilters({ filter, onFilter }: { filter: ProspectsFilter; onFilter: (filter: ProspectsFilter) => void }) {
  const set = (change: Partial<ProspectsFilter>) => onFilter({ ...filter, ...change });
  return (
    <div class="filters">
      <input type="search" placeholder={t('prospectSearch')} aria-label={t('prospectSearch')} value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} />
      <select aria-label={t('filterStage')} value={filter.stage} onChange={(e) => set({ stage: e.currentTarget.value as ProspectStage | '' })}>
        <option value="">{t('allStages')}</option>
        {PROSPECT_STAGES.map((value) => (
          <option key={value} value={value}>
            {stageName(value)}
          </option>
        ))}
      </select>
      <input placeholder={t('filterPersona')} aria-label={t('filterPersona')} value={filter.persona} onInput={(e) => set({ persona: e.currentTarget.value })} />
      <input placeholder={t('prospectTag')} aria-label={t('prospectTag')} value={filter.tag} onInput={(e) => set({ tag: e.currentTarget.value })} />
      <label class="check">
        <input type="checkbox" checked={filter.awaiting} onChange={(e) => set({ awaiting: e.currentTarget.checked })} />
        {t('filterAwaiting')}
      </label>
      <label class="check">
        <input type="checkbox" checked={filter.due} onChange={(e) => set({ due: e.currentTarget.checked })} />
        {t('filterDue')}
      </label>
    </div>
  );
}
