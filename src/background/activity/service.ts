// The interaction log as the screens read it: the popup's newest entries, the dashboard's pages
// newest first through the by-at index (never everything at once), the rows of its exports
// (export-rows.ts: the streamed CSV and the CRM files), entries by hand.
import type { LogCursor, LogEntry, LogFilter } from '../../contract/index';
import type { Payload } from '../../contract/requests';
import type { Interaction, Prospect, ContentItem } from '../../domain/model';
import { createExportRows, matches } from './export-rows';
import { recentEntries } from './recent';
import { stageAt, stageHistory } from '../../domain/insights/stage-history';
import { insightsOfWeeks } from '../../domain/insights/metrics-period';
import { periodRange, type Period } from '../../domain/insights/periods';
import { weekStart } from '../../domain/time/local-date';
import { createInsightsSummary } from './insights-summary';
import type { NurtureDb } from '../db';
import { findProspect } from '../prospects';
import { nameKey } from '../../domain/people/person-names';

export interface ActivityDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
}

export function createActivity({ db, now }: ActivityDeps) {
  /**
   * Walks the log newest first from `before`, keeping entries that pass the filter, until
   * `limit` are found. Returns them with the cursor where the next page starts.
   */
  async function walk(filter: LogFilter, before: LogCursor, limit: number) {
    const conn = await db();
    const tx = conn.transaction(['interactions', 'prospects', 'content'], 'readonly');
    const byAt = tx.objectStore('interactions').index('by-at');
    const upper = before ? before.at : filter.to;
    const range =
      upper === undefined
        ? filter.from === undefined
          ? null
          : IDBKeyRange.lowerBound(filter.from)
        : filter.from === undefined
          ? IDBKeyRange.upperBound(upper)
          : IDBKeyRange.bound(filter.from, upper);
    // Stage changes are few next to the whole log: read them once, to give each row the stage of its day.
    const history = stageHistory(
      await tx
        .objectStore('interactions')
        .index('by-kind-at')
        .getAll(IDBKeyRange.bound(['stage', -Infinity], ['stage', Infinity])),
    );
    const prospects = new Map<string, Prospect | undefined>();
    const content = new Map<string, ContentItem | undefined>();
    const found: LogEntry[] = [];
    let next: LogCursor = null;
    for await (const cursor of byAt.iterate(range, 'prev')) {
      const entry = cursor.value;
      // Same time as the cursor: only entries after it in this order (lower ids).
      if (before && entry.at === before.at && (entry.id ?? 0) >= before.id) continue;
      if (!matches(entry, filter)) continue;
      if (entry.prospectId && !prospects.has(entry.prospectId))
        prospects.set(entry.prospectId, await tx.objectStore('prospects').get(entry.prospectId));
      if (entry.contentId && !content.has(entry.contentId))
        content.set(entry.contentId, await tx.objectStore('content').get(entry.contentId));
      const prospect = entry.prospectId ? prospects.get(entry.prospectId) : undefined;
      const stage = prospect ? stageAt(history, prospect.id, entry.at, prospect.stage) : null;
      if (filter.stage && stage !== filter.stage) continue;
      if (found.length === limit) {
        next = { at: found[found.length - 1]!.interaction.at, id: found[found.length - 1]!.interaction.id ?? 0 };
        break;
      }
      found.push({
        interaction: entry,
        prospectName: prospect?.name ?? null,
        contentTitle: entry.contentId ? (content.get(entry.contentId)?.title ?? null) : null,
        stage,
      });
    }
    return { found, next };
  }

  const exports = createExportRows({ db, now });
  const summary = createInsightsSummary({ db });

  return {
    exportRows: exports.rows,
    /** Drops the export's cached lookups (an erased person's record must not linger in memory). */
    forgetExport: exports.forget,

    /** The newest entries of the log, whom each was with as a name (recent.ts). */
    async recent(limit: number) {
      return recentEntries(await db(), limit);
    },

    async page(filter: LogFilter, before: LogCursor, limit: number): Promise<{ entries: LogEntry[]; next: LogCursor }> {
      const { found, next } = await walk(filter, before, limit);
      return { entries: found, next };
    },

    /** The insights summary: the router hands it each committed write (create-background.ts). */
    followWrite: summary.follow,

    /**
     * The insights of a period (metrics-period.ts says what a period and its funnel are), from
     * the week records of the summary, never the whole log; with the titles of the items shown,
     * the period's weeks (periods.ts: the range the charts draw, so chart and tables agree) and
     * the all-time opening weeks (what decides the empty and early states, whatever the period).
     */
    async insights(period: Period) {
      const at = now();
      // 'all' reads every record (its funnel counts every prospect); the others their weeks.
      const known = period === 'all' ? null : periodRange(period, at);
      const { weeks, opening, lastActive } = await summary.read(known?.from ?? null, known?.to ?? null);
      const { from, to } = known ?? periodRange('all', at, opening[0]?.week ?? null, lastActive);
      const insights = insightsOfWeeks(weeks);
      const shown = [...new Set([...insights.byContent.map((row) => row.key), ...insights.topContent.map((row) => row.key)])];
      const tx = (await db()).transaction('content');
      const items = await Promise.all(shown.map((id) => tx.store.get(id)));
      const titles = items.flatMap((item): [string, string][] => (item ? [[item.id, item.title]] : []));
      return { period, from, to, thisWeek: weekStart(at), insights, titles, opening };
    },

    async add(entry: Payload<'activity.add'>): Promise<{ id: number }> {
      const conn = await db();
      const id = await conn.add('interactions', {
        at: entry.at ?? now(),
        kind: entry.kind,
        prospectId: entry.prospectId,
        contentId: null,
        channel: 'other',
        url: null,
        externalId: null,
        note: entry.note,
      });
      return { id };
    },

    /**
     * Gives a prospect to an entry logged with a name only, and to every other share logged with
     * the same name (folded) and no prospect: the user said who that name is. Only shares are
     * ever logged by name (replies of an unknown name are not kept), so only they are walked.
     * The name is dropped from the entries: the prospect's record names them now.
     */
    async linkPerson(id: number, rawProspectId: string): Promise<{ linked: number }> {
      const conn = await db();
      const tx = conn.transaction(['interactions', 'prospects'], 'readwrite');
      const interactions = tx.objectStore('interactions');
      const entry = await interactions.get(id);
      if (!entry) throw new Error('this entry no longer exists');
      if (entry.prospectId !== null || !entry.personName) throw new Error('this entry already names its person');
      const prospect = await findProspect(tx.objectStore('prospects'), rawProspectId);
      if (!prospect) throw new Error('this prospect is no longer tracked');
      const key = nameKey(entry.personName);
      let linked = 0;
      let lastSentAt: number | null = null;
      const link = async (record: Interaction, update: (value: Interaction) => Promise<unknown>) => {
        const { personName: _name, ...rest } = record;
        await update({ ...rest, prospectId: prospect.id });
        linked++;
        if (record.kind === 'shared' && record.status === 'sent') lastSentAt = Math.max(lastSentAt ?? 0, record.at);
      };
      for await (const cursor of interactions.index('by-kind-at').iterate(IDBKeyRange.bound(['shared', -Infinity], ['shared', Infinity]))) {
        const record = cursor.value;
        if (record.id === id || record.prospectId !== null || !record.personName || nameKey(record.personName) !== key) continue;
        await link(record, (value) => cursor.update(value));
      }
      await link(entry, (value) => interactions.put(value));
      if (lastSentAt !== null && (prospect.lastContactAt ?? 0) < lastSentAt)
        await tx.objectStore('prospects').put({ ...prospect, lastContactAt: lastSentAt });
      await tx.done;
      return { linked };
    },

    /**
     * Deletes one entry (a reply the page forged, a share logged by mistake) and, in the same
     * transaction, recomputes from the remaining log what it may have set on its prospect: the
     * last reply (newest 'replied') and the last contact (newest share confirmed sent).
     */
    async remove(id: number): Promise<{ deleted: true; prospect: Prospect | null }> {
      const conn = await db();
      const tx = conn.transaction(['interactions', 'prospects'], 'readwrite');
      const interactions = tx.objectStore('interactions');
      const entry = await interactions.get(id);
      if (!entry) throw new Error('this entry no longer exists');
      await interactions.delete(id);
      let prospect: Prospect | null = null;
      const record = entry.prospectId === null ? undefined : await tx.objectStore('prospects').get(entry.prospectId);
      if (record) {
        prospect = record;
        // Only what this entry could have set is recomputed; a note or a call set neither.
        const wasReply = entry.kind === 'replied';
        const wasContact = entry.kind === 'shared' && entry.status === 'sent';
        if (wasReply || wasContact) {
          let lastReplyAt: number | null = null;
          let lastContactAt: number | null = null;
          const range = IDBKeyRange.bound([record.id, -Infinity], [record.id, Infinity]);
          for await (const cursor of interactions.index('by-prospect-at').iterate(range, 'prev')) {
            const { kind, status, at } = cursor.value;
            if (kind === 'replied' && lastReplyAt === null) lastReplyAt = at;
            if (kind === 'shared' && status === 'sent' && lastContactAt === null) lastContactAt = at;
            if ((!wasReply || lastReplyAt !== null) && (!wasContact || lastContactAt !== null)) break;
          }
          prospect = { ...record, ...(wasReply ? { lastReplyAt } : {}), ...(wasContact ? { lastContactAt } : {}) };
          await tx.objectStore('prospects').put(prospect);
        }
      }
      await tx.done;
      return { deleted: true, prospect };
    },

    async setNote(id: number, note: string): Promise<Interaction> {
      const conn = await db();
      const tx = conn.transaction('interactions', 'readwrite');
      const entry = await tx.store.get(id);
      if (!entry) throw new Error('this entry no longer exists');
      const updated = { ...entry, note };
      await tx.store.put(updated);
      await tx.done;
      return updated;
    },
  };
}

export type Activity = ReturnType<typeof createActivity>;
