// The dashboard's prospect list: adding by hand (in the dialog "+ Add prospect"), filters (in the
// address), the sortable table, the exports (CSV, and files for a CRM). Each prospect's page is
// ProspectPage. The list is a live query: a prospect added here, from LinkedIn or by a restore
// shows at once, and after Back too.
import type { ProspectsFilter } from '../contract/routes';
import { t } from '../i18n/i18n';
import { useRequest } from '../ui/use-request';
import { AddProspectForm } from './AddProspectForm';
import { DialogButton } from './DialogButton';
import { ProspectFilters } from './ProspectFilters';
import { ProspectTable, exportProspects } from './ProspectTable';
import { CrmExport } from './CrmExport';

export function ProspectsView({
  filter,
  onFilter,
  onOpen,
}: {
  filter: ProspectsFilter;
  onFilter: (filter: ProspectsFilter) => void;
  onOpen: (id: string) => void;
}) {
  const [list] = useRequest('prospects.list', {
    ...(filter.text ? { text: filter.text } : {}),
    ...(filter.stage ? { stage: filter.stage } : {}),
    ...(filter.awaiting ? { awaiting: true } : {}),
    ...(filter.due ? { due: true } : {}),
    ...(filter.persona.trim() ? { persona: filter.persona.trim() } : {}),
    ...(filter.tag.trim() ? { tag: filter.tag.trim() } : {}),
  });
  return (
    <section class="card" aria-labelledby="prospects-heading">
      <div class="view-head">
        <h2 id="prospects-heading">{t('prospectsTitle')}</h2>
        <DialogButton label={t('prospectAddOpen')}>
          {(close) => (
            <AddProspectForm
              onAdded={(id) => {
                close();
                onOpen(id);
              }}
              onCancel={close}
            />
          )}
        </DialogButton>
      </div>
      <ProspectFilters filter={filter} onFilter={onFilter} />
      {list.state === 'error' && <p class="error">{t('backgroundUnreachable', list.message)}</p>}
      {list.state === 'ready' && list.value.length > 0 && (
        <div class="filters">
          <button type="button" class="secondary" onClick={() => void exportProspects(list.value)}>
            {t('exportCsv')}
          </button>
          <CrmExport source={{ people: list.value.map((prospect) => prospect.id) }} />
        </div>
      )}
      {list.state === 'ready' && list.value.length === 0 && <p class="muted">{t('noProspects')}</p>}
      {list.state === 'ready' && <ProspectTable list={list.value} order={filter} onOrder={(order) => onFilter({ ...filter, ...order })} />}
    </section>
  );
}
