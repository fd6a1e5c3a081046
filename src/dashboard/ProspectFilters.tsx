// The prospect list's filters. They live in the address (#prospects?stage=…): a filtered list
// can be bookmarked, and Back from a prospect's page finds it as it was.
import type { ProspectsFilter } from '../contract/routes';
import { t } from '../i18n/i18n';
import { StageFilter } from './StageFilter';

export function ProspectFilters({ filter, onFilter }: { filter: ProspectsFilter; onFilter: (filter: ProspectsFilter) => void }) {
  const set = (change: Partial<ProspectsFilter>) => onFilter({ ...filter, ...change });
  return (
    <div class="filters">
      <input
        type="search"
        placeholder={t('prospectSearch')}
        aria-label={t('prospectSearch')}
        value={filter.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <StageFilter value={filter.stage} onChange={(stage) => set({ stage })} />
      <input
        placeholder={t('filterPersona')}
        aria-label={t('filterPersona')}
        value={filter.persona}
        onInput={(e) => set({ persona: e.currentTarget.value })}
      />
      <input
        placeholder={t('prospectTag')}
        aria-label={t('prospectTag')}
        value={filter.tag}
        onInput={(e) => set({ tag: e.currentTarget.value })}
      />
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
