// The insights as sums over weeks: what one person's own entries and record add to each week
// (their "contribution"), and the week records that hold the sum of every person's. Pure.
//
// Why this is exact: every figure of computeInsights (metrics.ts) except the replies logged
// without a prospect depends only on one prospect's own entries and record (attribution runs
// per person, the stage at a share comes from that person's stage changes, the funnel from
// their record and changes). So the insights are the sum of per-person parts; when a write
// touches a person, their part is recomputed from their entries and the difference applied to
// the weeks it changes. Counts are integers and lists (reply times, days in stage) are
// multisets of the very floats computeInsights would compute, so the sums are exact.
import { STAGES, type Interaction, type Prospect } from '../model';
import { stageAt, stageHistory } from './stage-history';
import { attributeAnswers, CLASS_INDEX, isSentShare, journeyOf, weekOf, type Answer } from './metrics';

/**
 * One key's (content id, persona or stage) counts in one week: [shares, replied, then the
 * answered shares of each class in REPLY_CLASSES order]. Trailing zeros after `replied` are left
 * out: most keys get no reply in a week, and the week records of a whole period are read on
 * each Insights answer. Always written that short, so equal counts are equal arrays.
 */
export type KeyCounts = number[];

/**
 * One week's figures, keyed by the Monday of the week (local, yyyy-mm-dd). The keys of `content`,
 * `persona` and `stays` are data (a content id or persona from a backup may be "__proto__" or
 * "constructor"), so they are Maps, never plain objects: `cells[key] ??= [0, 0]` with such a key
 * handed back Object.prototype and wrote Object.prototype[0] in the worker (issue 24). Maps
 * survive IndexedDB's structured clone as Maps.
 */
export interface WeekCells {
  week: string;
  /** Shares confirmed sent that week. */
  shares: number;
  /** Replies logged that week, with or without a prospect. */
  replies: number;
  content: Map<string, KeyCounts>;
  persona: Map<string, KeyCounts>;
  stage: Map<string, KeyCounts>;
  /** Time to reply (ms) of the shares sent that week that got one. */
  replyMs: number[];
  /** Funnel of the prospects created that week: how many reached each stage (STAGES order) or a later one. */
  reached: number[];
  /** Days spent in each stage, over the stays that ended, of the prospects created that week. */
  stays: Map<string, number[]>;
}

/** Who a part belongs to: a prospect id, or this key for the replies logged without a prospect. */
export const NO_PROSPECT = '#none';

/** One person's part: the weeks it adds to. */
export interface Contribution {
  owner: string;
  weeks: Map<string, WeekCells>;
}

export function emptyWeek(week: string): WeekCells {
  return {
    week,
    shares: 0,
    replies: 0,
    content: new Map(),
    persona: new Map(),
    stage: new Map(),
    replyMs: [],
    reached: STAGES.map(() => 0),
    stays: new Map(),
  };
}

/**
 * The part of `owner` (a prospect id, or NO_PROSPECT) from its entries, oldest first (the order
 * computeInsights sorts them in: by time, then as stored), and its record when it has one. An
 * entry with a prospect id but no record (a record erased by an older version) still counts
 * where computeInsights counts it: weeks, content, reply times.
 */
export function contributionOf(owner: string, entries: readonly Interaction[], record: Prospect | undefined): Contribution {
  const weeks = new Map<string, WeekCells>();
  const week = (time: number) => entryOf(weeks, weekOf(time), emptyWeek);
  const bump = (cells: Map<string, KeyCounts>, key: string, answer: Answer | undefined) => {
    const counts = entryOf(cells, key, (): KeyCounts => [0, 0]);
    counts[0]!++;
    if (answer) {
      counts[1]!++;
      addAt(counts, 2 + CLASS_INDEX.get(answer.replyClass)!, 1);
    }
  };
  // The same rules as over the whole log, over this person's entries alone (all of them theirs).
  const history = stageHistory(entries);
  const answered = attributeAnswers(entries);
  for (const entry of entries) {
    if (entry.kind === 'replied') week(entry.at).replies++;
    if (!isSentShare(entry)) continue;
    const cells = week(entry.at);
    const answer = answered.get(entry);
    cells.shares++;
    if (answer) cells.replyMs.push(answer.ms);
    if (entry.contentId) bump(cells.content, entry.contentId, answer);
    if (record && record.persona) bump(cells.persona, record.persona, answer);
    if (record) bump(cells.stage, stageAt(history, record.id, entry.at, record.stage), answer);
  }
  if (record) addFunnel(week(record.createdAt), journeyOf(record, history.get(record.id) ?? []));
  return { owner, weeks };
}

/** The funnel facts of one prospect, as computeInsights' funnel() counts them. */
function addFunnel(cells: WeekCells, journey: ReturnType<typeof journeyOf>): void {
  for (let i = 0; i <= journey.furthest; i++) cells.reached[i]!++;
  for (const { stage, days } of journey.stays) entryOf(cells.stays, stage, (): number[] => []).push(days);
}

/** The value under `key`, made by `make` and set first when there is none. */
function entryOf<V>(map: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}

/** counts[index] += value, the counts lengthened with zeros to reach it. */
export function addAt(counts: KeyCounts, index: number, value: number): void {
  while (counts.length <= index) counts.push(0);
  counts[index]! += value;
}

function addCounts(into: Map<string, KeyCounts>, from: ReadonlyMap<string, KeyCounts>, sign: 1 | -1): void {
  for (const [key, part] of from) {
    const counts = entryOf(into, key, (): KeyCounts => [0, 0]);
    part.forEach((value, i) => addAt(counts, i, sign * value));
    while (counts.length > 2 && counts[counts.length - 1] === 0) counts.pop();
    if (counts[0] === 0 && counts[1] === 0 && counts.length === 2) into.delete(key);
  }
}

/** Adds (or takes out) each value once: a multiset, so taking out leaves the others' equal values. */
function addValues(into: number[], from: readonly number[], sign: 1 | -1): void {
  for (const value of from) {
    if (sign === 1) into.push(value);
    else {
      const at = into.indexOf(value);
      if (at >= 0) into.splice(at, 1);
    }
  }
}

/** `into` plus (or minus) `part`, in place: the week record after a person's part came or went. */
export function addWeek(into: WeekCells, part: WeekCells, sign: 1 | -1): WeekCells {
  into.shares += sign * part.shares;
  into.replies += sign * part.replies;
  addCounts(into.content, part.content, sign);
  addCounts(into.persona, part.persona, sign);
  addCounts(into.stage, part.stage, sign);
  addValues(into.replyMs, part.replyMs, sign);
  into.reached = into.reached.map((count, i) => count + sign * (part.reached[i] ?? 0));
  for (const [stage, days] of part.stays) {
    const list = entryOf(into.stays, stage, (): number[] => []);
    addValues(list, days, sign);
    if (list.length === 0) into.stays.delete(stage);
  }
  return into;
}

/** Nothing left in the week: its record goes (no empty row naming a persona lingers). */
export function isEmptyWeek(cells: WeekCells): boolean {
  return (
    cells.shares === 0 &&
    cells.replies === 0 &&
    cells.content.size === 0 &&
    cells.persona.size === 0 &&
    cells.stage.size === 0 &&
    cells.replyMs.length === 0 &&
    cells.reached.every((count) => count === 0) &&
    cells.stays.size === 0
  );
}

/** The week keys whose figures differ between two parts of the same person: only they are written. */
export function changedWeeks(before: Contribution | undefined, after: Contribution): string[] {
  const keys = new Set([...(before?.weeks.keys() ?? []), ...after.weeks.keys()]);
  return [...keys].filter((key) => weekText(before?.weeks.get(key)) !== weekText(after.weeks.get(key)));
}

/** A week's figures as one text, Maps included (JSON.stringify writes a Map as {}), in key order. */
function weekText(cells: WeekCells | undefined): string {
  if (cells === undefined) return 'null';
  const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({
    ...cells,
    content: sorted(cells.content),
    persona: sorted(cells.persona),
    stage: sorted(cells.stage),
    stays: sorted(cells.stays),
  });
}
