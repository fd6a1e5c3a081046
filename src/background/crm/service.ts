// The CRM files' rows, read in the background: a batch of people with their whole log (from
// Prospects), or a chunk of the filtered log with the people it names (from Activity). Only
// entries that name a tracked person go in, never a draft (a share not seen sent): a CRM note
// must belong to a record, and records what happened. Written by src/domain/crm.
import { CRM_WRITERS, writeRows, type Crm, type CrmChunk, type CrmEntry, type CrmFile } from '../../domain/crm';
import type { LogCursor } from '../../contract/index';
import type { ContentItem, Interaction, Prospect } from '../../domain/model';
import type { Payload } from '../../contract/requests';
import type { Activity } from '../activity';
import type { NurtureDb } from '../db';
import { readSettings } from '../settings';

const goesToCrm = (entry: Interaction) => entry.prospectId !== null && entry.status !== 'draft';

function crmEntry(entry: Interaction, prospect: Prospect, item: Pick<ContentItem, 'title' | 'url'> | null | undefined): CrmEntry {
  return {
    at: entry.at,
    kind: entry.kind,
    channel: entry.channel,
    prospect,
    contentTitle: item?.title ?? null,
    contentUrl: item?.url ?? null,
    pageUrl: entry.url,
    note: entry.note,
    stageFrom: entry.stageFrom,
    stageTo: entry.stageTo,
  };
}

function write(crm: Crm, file: CrmFile, records: { people?: Prospect[]; entries?: CrmEntry[] }, chunk: CrmChunk): string {
  const writer = CRM_WRITERS[crm];
  return file === 'people'
    ? writeRows(writer.people, records.people ?? [], chunk)
    : writeRows(writer.activity, records.entries ?? [], chunk);
}

export function createCrmExport({ db, activity }: { db: () => Promise<NurtureDb>; activity: Activity }) {
  /** Each person's entries, oldest first, person by person in the order asked. */
  async function peopleAndLog(ids: readonly string[], withLog: boolean) {
    const tx = (await db()).transaction(['prospects', 'interactions', 'content'], 'readonly');
    const people = (await Promise.all(ids.map((id) => tx.objectStore('prospects').get(id)))).filter(
      (prospect): prospect is Prospect => prospect !== undefined,
    );
    const entries: CrmEntry[] = [];
    if (!withLog) return { people, entries };
    const items = new Map<string, ContentItem | undefined>();
    for (const prospect of people) {
      const log = await tx
        .objectStore('interactions')
        .index('by-prospect-at')
        .getAll(IDBKeyRange.bound([prospect.id, -Infinity], [prospect.id, Infinity]));
      for (const entry of log.filter(goesToCrm)) {
        if (entry.contentId && !items.has(entry.contentId))
          items.set(entry.contentId, await tx.objectStore('content').get(entry.contentId));
        entries.push(crmEntry(entry, prospect, entry.contentId ? items.get(entry.contentId) : undefined));
      }
    }
    return { people, entries };
  }

  return {
    async chunk({ crm, file, scope, header }: Payload<'crm.export'>): Promise<{ text: string; next: LogCursor; people: string[] }> {
      const chunk = { header, bom: (await readSettings(await db())).csvBom };
      if (scope.by === 'people') {
        const records = await peopleAndLog(scope.ids, file === 'activity');
        return { text: write(crm, file, records, chunk), next: null, people: [] };
      }
      const { rows, next } = await activity.exportRows(scope.filter, scope.after, scope.limit, scope.exportId);
      const entries = rows.flatMap(({ entry, prospect, item }) => (prospect && goesToCrm(entry) ? [crmEntry(entry, prospect, item)] : []));
      return { text: write(crm, file, { entries }, chunk), next, people: [...new Set(entries.map((entry) => entry.prospect.id))] };
    },
  };
}

export type CrmExport = ReturnType<typeof createCrmExport>;
