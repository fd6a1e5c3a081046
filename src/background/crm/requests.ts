// The CRM export's one request: a chunk of one CRM file.
import type { CRM_REQUESTS } from '../../contract/requests/crm';
import type { HandlersFor } from '../router';
import type { CrmExport } from './service';

export function crmHandlers({ crm }: { crm: CrmExport }): HandlersFor<typeof CRM_REQUESTS> {
  return {
    'crm.export': async (payload) => crm.chunk(payload),
  };
}
