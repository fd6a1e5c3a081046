// The activity log's filters: dates, kind, prospect, stage, item. They live in the address
// (#activity?kind=shared…), so a filtered log can be bookmarked and Back restores it.
import { LOG_KINDS, type ActivityFilter, type LogKind } from '../contract/routes';
import { t } from '../i18n/i18n';
import { useRequest } from '../ui/use-request';
import { StageFilter } from './StageFilter';
import { ProspectCombobox } from '../ui/ProspectCombobox';
import { kindLabel } from '../ui/labels';
import { DateInput } from '../ui/DateInput';

export function ActivityFilters({ filter, onFilter }: { filter: ActivityFilter; onFilter: (filter: ActivityFilter) => void }) {
  const [library] = useRequest('library.search', { text: '', includeExpired: true, limit: 200 });
  const set = (change: Partial<ActivityFilter>) => onFilter({ ...filter, ...change });
  return (
    <>
      <label class="check">
        {t('activityFrom')} <DateInput value={filter.from} onInput={(from) => set({ from })} />
      </label>
      <label class="check">
        {t('activityTo')} <DateInput value={filter.to} onInput={(to) => set({ to })} />
      </label>
      <select aria-label={t('activityKind')} value={filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as LogKind | '' })}>
        <option value="">{t('activityAllKinds')}</option>
        {LOG_KINDS.map((value) => (
          <option key={value} value={value}>
            {kindLabel(value)}
          </option>
        ))}
      </select>
      {/* The chosen prospect's id (or a pasted profile address) goes in the address, as every filter. */}
      <ProspectCombobox label={t('prospectComboFilter')} value={filter.prospect} onChange={(prospect) => set({ prospect })} />
      <StageFilter value={filter.stage} onChange={(stage) => set({ stage })} />
      <select aria-label={t('insightContent')} value={filter.content} onChange={(e) => set({ content: e.currentTarget.value })}>
        <option value="">{t('activityAllContent')}</option>
        {library.state === 'ready' &&
          library.value.hits.map(({ item }) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
      </select>
    </>
  );
}
