// A team's view of which content starts conversations: several reps' team stats files summed
// per content item (matched by canonical URL), by persona and by stage. A rep's install id met
// twice counts once: the file with the higher export number wins (the later one given, on a
// tie). Pure: the dashboard runs it on the files a manager drops in, and stores nothing.
//
// Clicks are not summed: they are the company's visits per utm_content, and every rep's link to
// an item carries the same utm_content, so each rep who imported the same analytics export
// reports the same visits. Summing would count them once per rep; the item's count is the
// largest any file reports (the file whose imports cover the most of those visits).
import { canonicalUrl } from '../library/urls';
import type { TeamCounts, TeamRow, TeamStatsFile } from './team-stats-format';

export interface LoadedTeamFile {
  /** The file's name as the manager picked it: shown, never trusted. */
  name: string;
  file: TeamStatsFile;
}

export interface TeamRateRow extends TeamCounts {
  key: string;
  /** replies / sent; null when nothing was sent. */
  rate: number | null;
}

export interface TeamContentRow extends TeamCounts {
  url: string;
  title: string;
  rate: number | null;
  /** How many reps shared it at least once. */
  reps: number;
  /** The largest clicks count a file gives the item; absent when no file gives one (unknown, not 0). */
  clicks?: number;
  byPersona: TeamRateRow[];
  byStage: TeamRateRow[];
}

export interface TeamView {
  /** Files given, copies included. */
  files: number;
  /** Distinct install ids: one per rep (per browser they export from). */
  reps: number;
  /** The names of older files of a rep whose later file was given too: not counted. */
  setAside: string[];
  /** The labels reps typed, if any, in order. */
  labels: string[];
  /** From the earliest first week to the latest last week of the files counted; null with no file. */
  period: { from: string; to: string } | null;
  /** Whether every file counted covers the same weeks. */
  samePeriod: boolean;
  /** `clicks`: the items' clicks added up (each item counts different visits); absent when no item has one. */
  totals: TeamCounts & { rate: number | null; clicks?: number };
  items: TeamContentRow[];
  byPersona: TeamRateRow[];
  byStage: TeamRateRow[];
}

export const rateOf = (counts: TeamCounts): number | null => (counts.sent > 0 ? counts.replies / counts.sent : null);

const zero = (): TeamCounts => ({ shares: 0, sent: 0, replies: 0 });
const add = (into: TeamCounts, from: TeamCounts) => {
  into.shares += from.shares;
  into.sent += from.sent;
  into.replies += from.replies;
};

/** Which content starts conversations: most replies first, then the best rate, then the most sent. */
const byConversations = (
  a: TeamCounts & { rate: number | null; key?: string; title?: string },
  b: TeamCounts & { rate: number | null; key?: string; title?: string },
) =>
  b.replies - a.replies ||
  (b.rate ?? -1) - (a.rate ?? -1) ||
  b.sent - a.sent ||
  b.shares - a.shares ||
  (a.key ?? a.title ?? '').localeCompare(b.key ?? b.title ?? '');

function addRows(into: Map<string, TeamCounts>, rows: readonly TeamRow[]) {
  for (const row of rows) {
    const counts = into.get(row.key) ?? zero();
    into.set(row.key, counts);
    add(counts, row);
  }
}

const rateRows = (map: Map<string, TeamCounts>): TeamRateRow[] =>
  [...map].map(([key, counts]) => ({ key, ...counts, rate: rateOf(counts) })).sort(byConversations);

/** The latest file of each install id, in the order given, and the older copies set aside. */
export function latestPerInstall(files: readonly LoadedTeamFile[]): { kept: LoadedTeamFile[]; setAside: LoadedTeamFile[] } {
  const latest = new Map<string, LoadedTeamFile>();
  for (const loaded of files) {
    const current = latest.get(loaded.file.installId);
    if (!current || loaded.file.exportNumber >= current.file.exportNumber) latest.set(loaded.file.installId, loaded);
  }
  const kept = new Set(latest.values());
  return { kept: files.filter((loaded) => kept.has(loaded)), setAside: files.filter((loaded) => !kept.has(loaded)) };
}

interface Summing extends TeamCounts {
  url: string;
  titles: Map<string, number>;
  reps: Set<string>;
  personas: Map<string, TeamCounts>;
  stages: Map<string, TeamCounts>;
  clicks?: number;
}

/** Whether any file counted carries clicks: a file with clicks gives them to each of its items. */
export const hasClicks = (view: Pick<TeamView, 'items'>): boolean => view.items.some((item) => item.clicks !== undefined);

/** The title most reps' libraries give the item (the first in alphabetical order on a tie). */
const commonTitle = (titles: Map<string, number>) => [...titles].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]?.[0] ?? '';

export function mergeTeamStats(files: readonly LoadedTeamFile[]): TeamView {
  const { kept, setAside } = latestPerInstall(files);
  const items = new Map<string, Summing>();
  const personas = new Map<string, TeamCounts>();
  const stages = new Map<string, TeamCounts>();
  const totals = zero();
  for (const { file } of kept) {
    // Within one file, two addresses that meet here are two library items, two utm_content: added.
    const fileClicks = new Map<Summing, number>();
    for (const item of file.items) {
      // Two libraries may write one article's address a little differently: compare canonical forms.
      const url = canonicalUrl(item.url) ?? item.url;
      const summing = items.get(url) ?? { url, titles: new Map(), reps: new Set(), personas: new Map(), stages: new Map(), ...zero() };
      items.set(url, summing);
      add(summing, item);
      add(totals, item);
      if (item.title) summing.titles.set(item.title, (summing.titles.get(item.title) ?? 0) + 1);
      if (item.shares > 0) summing.reps.add(file.installId);
      if (item.clicks !== undefined) fileClicks.set(summing, (fileClicks.get(summing) ?? 0) + item.clicks);
      addRows(summing.personas, item.byPersona);
      addRows(summing.stages, item.byStage);
      addRows(personas, item.byPersona);
      addRows(stages, item.byStage);
    }
    // The same visits in every file that imported the same export: the largest, never the sum.
    for (const [summing, clicks] of fileClicks) summing.clicks = Math.max(summing.clicks ?? 0, clicks);
  }
  const froms = kept.map(({ file }) => file.period.from).sort();
  const tos = kept.map(({ file }) => file.period.to).sort();
  const clicked = [...items.values()].flatMap(({ clicks }) => (clicks === undefined ? [] : [clicks]));
  return {
    files: files.length,
    reps: kept.length,
    setAside: setAside.map((loaded) => loaded.name),
    labels: kept.flatMap(({ file }) => (file.label ? [file.label] : [])),
    period: kept.length ? { from: froms[0]!, to: tos[tos.length - 1]! } : null,
    samePeriod: new Set(kept.map(({ file }) => `${file.period.from} ${file.period.to}`)).size <= 1,
    totals: { ...totals, rate: rateOf(totals), ...(clicked.length ? { clicks: clicked.reduce((a, b) => a + b, 0) } : {}) },
    items: [...items.values()]
      .map(({ url, titles, reps, personas: p, stages: s, shares, sent, replies, clicks }) => ({
        url,
        title: commonTitle(titles) || url,
        shares,
        sent,
        replies,
        rate: rateOf({ shares, sent, replies }),
        reps: reps.size,
        byPersona: rateRows(p),
        byStage: rateRows(s),
        ...(clicks === undefined ? {} : { clicks }),
      }))
      .sort(byConversations),
    byPersona: rateRows(personas),
    byStage: rateRows(stages),
  };
}
