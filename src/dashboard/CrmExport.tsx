// "Export for CRM": the CRM chosen, one click downloads two files its own import reads without
// re-mapping, the people and their activity (docs/crm-export.md). From Prospects: the people
// listed and their whole log; from Activity: the filtered log and the people it names. Both
// come from the background in chunks (`crm.export`), into Blobs: no single string holds them.
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { LogCursor, LogFilter } from '../contract/index';
import { CRMS, CRM_FILE_NAMES, type Crm } from '../domain/crm';
import { CRM_BATCH } from '../contract/requests/crm';
import { t, type MessageKey } from '../i18n/i18n';
import { errorText } from '../ui/labels';
import { plural } from '../ui/plural';
import { datedName, downloadBlob } from './download';

const CHUNK = 2000;
const CRM_LABELS: Record<Crm, MessageKey> = { hubspot: 'crmHubspot', salesforce: 'crmSalesforce', pipedrive: 'crmPipedrive' };

export type CrmSource = { people: readonly string[] } | { filter: LogFilter };

function batches<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CRM_BATCH) out.push(list.slice(i, i + CRM_BATCH));
  return out;
}

/** The file of one CRM for these people, batch by batch. */
async function byPeople(crm: Crm, file: 'people' | 'activity', ids: readonly string[]): Promise<string[]> {
  const parts: string[] = [];
  for (const [i, batch] of batches(ids).entries())
    parts.push((await request('crm.export', { crm, file, scope: { by: 'people', ids: batch }, header: i === 0 })).text);
  return parts;
}

/** The activity file of the filtered log, chunk by chunk, and the people its entries name. */
async function byLog(crm: Crm, filter: LogFilter): Promise<{ parts: string[]; people: string[] }> {
  const parts: string[] = [];
  const people = new Set<string>();
  const exportId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  let after: LogCursor = null;
  do {
    const chunk: { text: string; next: LogCursor; people: string[] } = await request('crm.export', {
      crm,
      file: 'activity',
      scope: { by: 'log', filter, after, limit: CHUNK, exportId },
      header: after === null,
    });
    parts.push(chunk.text);
    for (const id of chunk.people) people.add(id);
    after = chunk.next;
  } while (after);
  return { parts, people: [...people] };
}

export function CrmExport({ source }: { source: CrmSource }) {
  const [crm, setCrm] = useState<Crm>('hubspot');
  const [status, setStatus] = useState<string | null>(null);

  const run = async () => {
    setStatus(t('working'));
    try {
      const log = 'filter' in source ? await byLog(crm, source.filter) : null;
      const people = log ? log.people : 'people' in source ? source.people : [];
      if (people.length === 0) {
        setStatus(t('crmNothing'));
        return;
      }
      const activity = log ? log.parts : await byPeople(crm, 'activity', people);
      const names = CRM_FILE_NAMES[crm];
      downloadBlob(new Blob(await byPeople(crm, 'people', people), { type: 'text/csv;charset=utf-8' }), datedName(names.people, 'csv'));
      downloadBlob(new Blob(activity, { type: 'text/csv;charset=utf-8' }), datedName(names.activity, 'csv'));
      setStatus(plural(t, people.length, 'crmExported_one', 'crmExported_other', t(CRM_LABELS[crm])));
    } catch (failure) {
      setStatus(errorText(failure));
    }
  };

  return (
    <div class="crm-export">
      <select aria-label={t('crmChoose')} value={crm} onChange={(event) => setCrm(event.currentTarget.value as Crm)}>
        {CRMS.map((value) => (
          <option key={value} value={value}>
            {t(CRM_LABELS[value])}
          </option>
        ))}
      </select>
      <button type="button" class="secondary" onClick={() => void run()}>
        {t('crmExport')}
      </button>
      {status && <span role="status">{status}</span>}
    </div>
  );
}
