// The insights summary: week records ('insight-weeks') that sum every person's part, each
// person's last part ('insight-people') and the summary's state ('insight-meta'), so Insights for any period is read from a few hundred
// week records instead of the whole log. Derived data: never in a backup, rebuilt whenever it
// may be out of date (see `SummaryMeta`).
//
// Exactness: a person's part is always recomputed from their own entries and record as they are
// now (never adjusted by what a write says it did), and the week records change by the
// difference with the part stored for them; so recomputing someone twice, or someone untouched,
// changes nothing. All summary work runs one at a time (`queue`), and an update reads and writes
// in one transaction, so no two updates interleave.
import { findProspect } from '../prospects';
import { nameKey } from '../../domain/people/person-names';
import {
  addWeek,
  changedWeeks,
  contributionOf,
  emptyWeek,
  isEmptyWeek,
  NO_PROSPECT,
  type Contribution,
  type WeekCells,
} from '../../domain/insights/metrics-cells';
import type { Interaction, Prospect } from '../../domain/model';
import type { WeekRow } from '../../domain/insights/metrics';
import { isActiveWeek } from '../../domain/insights/metrics-period';
import type { SummaryMeta } from '../../domain/records';
import type { NurtureDb } from '../db';
import type { Touch } from './insights-touch';

/**
 * Bump when the parts or the week records change shape or meaning: every summary is rebuilt.
 * 2: the keyed figures are Maps (issue 24), no longer plain objects.
 * 3: a key's counts go on with the answered shares per reply class (issue 25).
 */
export const SUMMARY_VERSION = 3;

/** The key of the summary's state, the one record of 'insight-meta' (the key it had in 'insight-weeks'). */
export const META_KEY = 'meta';
/** Week keys from `from` to `to` (every one: from '0' to '9\uffff'). */
const weekKeys = (from: string | null, to: string | null) => IDBKeyRange.bound(from ?? '0', to ?? '9\uffff');

/** What a period's answer reads: its week records, and two all-time facts the view needs. */
export interface SummaryRead {
  weeks: WeekCells[];
  /**
   * The first weeks with activity of all time, in order, up to the first two and at least
   * through the first with a share: enough to tell "nothing yet" and "one week of it" from the
   * rest, whatever the period (insightState), and where 'all' starts.
   */
  opening: WeekRow[];
  /** The last week with activity of all time, null without any: where 'all' ends. */
  lastActive: string | null;
}

const row = (cells: WeekCells): WeekRow => ({ week: cells.week, shares: cells.shares, replies: cells.replies });
const SUMMARY_STORES = ['interactions', 'prospects', 'insight-weeks', 'insight-people', 'insight-meta'] as const;

export const currentZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

function isUsable(meta: SummaryMeta | undefined, zone: string): meta is SummaryMeta {
  return meta !== undefined && meta.version === SUMMARY_VERSION && meta.zone === zone && meta.clean >= meta.dirty;
}

/** Each person's entries, oldest first as computeInsights orders them (by time, then by id), and the replies of no one. */
function byOwner(log: readonly Interaction[]): Map<string, Interaction[]> {
  const owners = new Map<string, Interaction[]>();
  for (const entry of [...log].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0))) {
    const owner = entry.prospectId ?? NO_PROSPECT;
    if (entry.prospectId === null && entry.kind !== 'replied') continue;
    const list = owners.get(owner);
    if (list) list.push(entry);
    else owners.set(owner, [entry]);
  }
  return owners;
}

/** Every person's part, and the week records they sum to: the summary of a whole database, pure. */
export function summarise(log: readonly Interaction[], prospects: readonly Prospect[]): { people: Contribution[]; weeks: WeekCells[] } {
  const entries = byOwner(log);
  const records = new Map(prospects.map((prospect) => [prospect.id, prospect]));
  const people = [...new Set([...entries.keys(), ...records.keys()])].map((owner) =>
    contributionOf(owner, entries.get(owner) ?? [], records.get(owner)),
  );
  const weeks = new Map<string, WeekCells>();
  for (const part of people) for (const [key, cells] of part.weeks) weeks.set(key, addWeek(weeks.get(key) ?? emptyWeek(key), cells, 1));
  return { people: people.filter((part) => part.weeks.size > 0), weeks: [...weeks.values()].filter((cells) => !isEmptyWeek(cells)) };
}

export interface SummaryDeps {
  db: () => Promise<NurtureDb>;
  zone?: () => string;
}

export function createInsightsSummary({ db, zone = currentZone }: SummaryDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  };
  let rebuildQueued: Promise<void> | null = null;

  async function rebuild(): Promise<void> {
    const conn = await db();
    const read = conn.transaction(['interactions', 'prospects', 'insight-meta'], 'readonly');
    const [log, prospects, meta] = await Promise.all([
      read.objectStore('interactions').getAll(),
      read.objectStore('prospects').getAll(),
      read.objectStore('insight-meta').get(META_KEY),
    ]);
    const startedAt = meta?.dirty ?? 0;
    const { people, weeks } = summarise(log, prospects);
    const tx = conn.transaction(['insight-weeks', 'insight-people', 'insight-meta'], 'readwrite');
    const weekStore = tx.objectStore('insight-weeks');
    const peopleStore = tx.objectStore('insight-people');
    const metaStore = tx.objectStore('insight-meta');
    const latest = await metaStore.get(META_KEY);
    await Promise.all([weekStore.clear(), peopleStore.clear()]);
    for (const cells of weeks) void weekStore.put(cells, cells.week);
    for (const part of people) void peopleStore.put(part);
    const next: SummaryMeta = {
      version: SUMMARY_VERSION,
      zone: zone(),
      lastId: log.reduce((max, entry) => Math.max(max, entry.id ?? 0), 0),
      dirty: latest?.dirty ?? startedAt,
      clean: startedAt,
    };
    await metaStore.put(next, META_KEY);
    await tx.done;
  }

  /**
   * Recomputes these people's parts, and those of the entries added since the last update: read
   * in one read-only transaction (so a write of the log never waits for an update), written in
   * one over the summary alone. Only queued work writes parts and weeks, so what was read of
   * them is still what is stored; a write of the log landing in between has its own update
   * queued after this one, which recomputes from the newer entries.
   */
  async function update(ids: readonly string[], name: string | undefined): Promise<void> {
    const conn = await db();
    const read = conn.transaction([...SUMMARY_STORES], 'readonly');
    const weekStore = read.objectStore('insight-weeks');
    const meta = await read.objectStore('insight-meta').get(META_KEY);
    if (!isUsable(meta, zone())) return; // the next answer rebuilds it
    const interactions = read.objectStore('interactions');
    const prospects = read.objectStore('prospects');
    const owners = new Set<string>();
    for (const id of ids) {
      owners.add(id);
      const record = await findProspect(prospects, id);
      if (record) owners.add(record.id);
    }
    if (name !== undefined)
      for (const record of await prospects.getAll()) if (nameKey(record.name) === nameKey(name)) owners.add(record.id);
    let lastId = meta.lastId;
    for (const entry of await interactions.getAll(IDBKeyRange.lowerBound(meta.lastId, true))) {
      lastId = Math.max(lastId, entry.id ?? 0);
      if (entry.prospectId !== null) owners.add(entry.prospectId);
      else if (entry.kind === 'replied') owners.add(NO_PROSPECT);
    }
    const changed = new Map<string, WeekCells>();
    const parts = new Map<string, Contribution | null>();
    const week = async (key: string) => changed.get(key) ?? (await weekStore.get(key)) ?? emptyWeek(key);
    for (const owner of owners) {
      const entries =
        owner === NO_PROSPECT
          ? (await interactions.index('by-kind-at').getAll(IDBKeyRange.bound(['replied', -Infinity], ['replied', Infinity]))).filter(
              (entry) => entry.prospectId === null,
            )
          : await interactions.index('by-prospect-at').getAll(IDBKeyRange.bound([owner, -Infinity], [owner, Infinity]));
      const after = contributionOf(owner, entries, owner === NO_PROSPECT ? undefined : await prospects.get(owner));
      const before = await read.objectStore('insight-people').get(owner);
      const weeks = changedWeeks(before, after);
      for (const key of weeks) {
        const cells = await week(key);
        const was = before?.weeks.get(key);
        const is = after.weeks.get(key);
        if (was) addWeek(cells, was, -1);
        if (is) addWeek(cells, is, 1);
        changed.set(key, cells);
      }
      if (weeks.length > 0 || !before) parts.set(owner, after.weeks.size > 0 ? after : null);
    }
    await read.done;
    const write = conn.transaction(['insight-weeks', 'insight-people', 'insight-meta'], 'readwrite');
    for (const [key, cells] of changed)
      void (isEmptyWeek(cells) ? write.objectStore('insight-weeks').delete(key) : write.objectStore('insight-weeks').put(cells, key));
    for (const [owner, part] of parts)
      void (part ? write.objectStore('insight-people').put(part) : write.objectStore('insight-people').delete(owner));
    // Read again here: a rebuild may have been marked (outside the queue) since.
    const latest = await write.objectStore('insight-meta').get(META_KEY);
    if (latest) await write.objectStore('insight-meta').put({ ...latest, lastId: Math.max(latest.lastId, lastId) }, META_KEY);
    await write.done;
  }

  /**
   * Marks the summary out of date first (a worker stopped before the rebuild still leaves it
   * marked, and the next answer rebuilds), then queues a rebuild; one queued rebuild serves
   * every caller. Resolves once marked, with the rebuild's promise.
   */
  async function scheduleRebuild(): Promise<{ rebuilt: Promise<void> }> {
    const conn = await db();
    const tx = conn.transaction('insight-meta', 'readwrite');
    const meta = await tx.store.get(META_KEY);
    if (meta) await tx.store.put({ ...meta, dirty: meta.dirty + 1 }, META_KEY);
    await tx.done;
    rebuildQueued ??= enqueue(async () => {
      rebuildQueued = null;
      await rebuild();
    });
    return { rebuilt: rebuildQueued };
  }

  return {
    /**
     * Follows a committed write: queues the update of the people it touched, or a rebuild
     * (awaited only when the write asks: erasure). The write's answer does not wait for an
     * update: any Insights request made after it queues behind it, so still sees it. An update
     * that fails marks the summary for a rebuild.
     */
    async follow(touch: Touch): Promise<void> {
      if (touch.kind === 'people') {
        enqueue(() => update(touch.ids, touch.name)).catch(() => scheduleRebuild().catch(() => {}));
        return;
      }
      if (touch.kind === 'rebuild') {
        const { rebuilt } = await scheduleRebuild();
        if (touch.wait) await rebuilt;
        else rebuilt.catch(() => {}); // marked: the next answer rebuilds
      }
    },
    /**
     * The week records from `from` to `to` (Mondays, null: unbounded), once the summary is up to
     * date (rebuilt first if missing, outdated or marked), with the all-time opening and last
     * active weeks: read by cursor from each end, a few records, not every week.
     */
    async read(from: string | null, to: string | null): Promise<SummaryRead> {
      return enqueue(async () => {
        const conn = await db();
        const meta = await conn.get('insight-meta', META_KEY);
        if (!isUsable(meta, zone())) await rebuild();
        else await update([], undefined); // entries added by a worker stopped before its update
        const tx = conn.transaction('insight-weeks');
        const weeks = await tx.store.getAll(weekKeys(from, to));
        const opening: WeekRow[] = [];
        for (let cursor = await tx.store.openCursor(weekKeys(null, null)); cursor; cursor = await cursor.continue()) {
          const cells = cursor.value;
          if (isActiveWeek(cells)) opening.push(row(cells));
          if (opening.length >= 2 && opening.some((week) => week.shares > 0)) break;
        }
        let lastActive: string | null = null;
        for (
          let cursor = await tx.store.openCursor(weekKeys(null, null), 'prev');
          cursor && lastActive === null;
          cursor = await cursor.continue()
        ) {
          if (isActiveWeek(cursor.value)) lastActive = cursor.value.week;
        }
        await tx.done;
        return { weeks, opening, lastActive };
      });
    },
  };
}

export type InsightsSummary = ReturnType<typeof createInsightsSummary>;
