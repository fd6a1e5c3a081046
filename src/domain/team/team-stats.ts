// One rep's team stats, built from the local log: per content item (by its canonical URL and
// title), the shares into messages, how many were seen sent, and how many of those got a reply
// (credited as in the insights: the person's latest sent share before the reply), each also
// by persona and by the person's stage on the day of the share. Pure, so the absence of
// personal data is tested on the very function the background runs.
//
// With the analytics exports the rep imported, each item also carries its clicks in the period
// (issue 28): the visits counted for its utm_content, never who made them or which share.
import { clickFigures, type ClickImport } from '../analytics/clicks';
import { attributeReplies } from '../insights/metrics';
import { ITEM_TITLE_MAX, PERSONA_MAX, URL_MAX, type ContentItem, type Interaction, type Prospect } from '../model';
import { localDay, localTime, weekStart, type LocalDay } from '../time/local-date';
import { stageAt, stageHistory } from '../insights/stage-history';
import { canonicalUrl } from '../library/urls';
import {
  TEAM_COUNT_MAX,
  TEAM_ITEMS_MAX,
  TEAM_LABEL_MAX,
  TEAM_ROWS_MAX,
  TEAM_STATS_FORMAT,
  TEAM_STATS_VERSION,
  TEAM_STATS_VERSION_WITHOUT_CLICKS,
  type TeamCounts,
  type TeamItem,
  type TeamRow,
  type TeamStatsFile,
} from './team-stats-format';

export interface TeamPeriod {
  /** Monday of the first week. */
  from: LocalDay;
  /** Sunday of the last week (the week of the export). */
  to: LocalDay;
}

/** `day` moved by `days` on the local calendar. */
export function addDays(day: LocalDay, days: number): LocalDay {
  const date = new Date(localTime(day, 12)!);
  date.setDate(date.getDate() + days);
  return localDay(date.getTime());
}

/**
 * Whole local weeks ending with the week of `now`: the last `weeks` of them, or (null) from the
 * week of the first share in the log.
 */
export function teamPeriod(now: number, weeks: number | null, firstShareAt: number | null): TeamPeriod {
  const monday = weekStart(now);
  const from = weeks === null ? weekStart(Math.min(firstShareAt ?? now, now)) : addDays(monday, -7 * (weeks - 1));
  return { from, to: addDays(monday, 6) };
}

export interface TeamStatsInput {
  log: readonly Interaction[];
  prospects: readonly Prospect[];
  content: readonly Pick<ContentItem, 'id' | 'url' | 'title'>[];
  installId: string;
  exportNumber: number;
  /** What the rep typed at export time, if anything. */
  label?: string | undefined;
  now: number;
  /** How many weeks back, the export's week included; null: the whole log. */
  weeks: number | null;
  /** The analytics exports imported (the clicks store); none or absent: clicks unknown. */
  clicks?: readonly ClickImport[] | undefined;
}

// Text of the library or a prospect's record goes into the file as plain, bounded text.
const plain = (value: string, max: number) =>
  value
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();

const none = (): TeamCounts => ({ shares: 0, sent: 0, replies: 0 });
const bump = (counts: TeamCounts, sent: boolean, replied: boolean) => {
  counts.shares++;
  if (sent) counts.sent++;
  if (replied) counts.replies++;
};
const busiest = (a: TeamCounts & { key?: string; url?: string }, b: TeamCounts & { key?: string; url?: string }) =>
  b.sent - a.sent || b.replies - a.replies || b.shares - a.shares || (a.key ?? a.url ?? '').localeCompare(b.key ?? b.url ?? '');

function rows(map: Map<string, TeamCounts>, max: number): TeamRow[] {
  return [...map]
    .map(([key, counts]) => ({ key, ...counts }))
    .sort(busiest)
    .slice(0, max);
}

interface Building extends TeamCounts {
  url: string;
  title: string;
  /** The library ids shared under this address: each has its own utm_content, so its own clicks. */
  ids: Set<string>;
  personas: Map<string, TeamCounts>;
  stages: Map<string, TeamCounts>;
}

/**
 * The clicks of a set of library ids in `period`, summed over every import as Insights sums
 * them (clickFigures: dated counts by their day, an undated import whole when at least half of
 * its days are in the period); per-share tokens are summed into their item and go no further.
 * Null when no import counts in the period: the file then says nothing rather than 0. An item
 * clicked but not shared in the period gets no row: the file lists what the rep shared, and a
 * rep who shared it carries the same count (see the merge).
 */
function clicksOf(imports: readonly ClickImport[], period: TeamPeriod): ((ids: ReadonlySet<string>) => number) | null {
  if (imports.length === 0) return null;
  const { byContent, counted } = clickFigures(imports, { from: period.from, to: period.to });
  if (counted === 0) return null;
  // Far beyond what links shared in messages bring: capped so that the file stays readable.
  return (ids) =>
    Math.min(
      TEAM_COUNT_MAX,
      [...ids].reduce((total, id) => total + (byContent.get(id) ?? 0), 0),
    );
}

export function buildTeamStats(input: TeamStatsInput): TeamStatsFile {
  const { log, now, weeks } = input;
  const shares = log.filter((entry) => entry.kind === 'shared' && entry.contentId !== null);
  const period = teamPeriod(
    now,
    weeks,
    shares.reduce<number | null>((first, entry) => (first === null || entry.at < first ? entry.at : first), null),
  );
  const start = localTime(period.from)!;
  const end = localTime(addDays(period.to, 1))!;

  const library = new Map(input.content.map((item) => [item.id, item]));
  const people = new Map(input.prospects.map((prospect) => [prospect.id, prospect]));
  const history = stageHistory(log);
  const answered = attributeReplies(log);
  const items = new Map<string, Building>();

  for (const share of shares) {
    if (share.at < start || share.at >= end) continue;
    const item = library.get(share.contentId!);
    // A share of an item no longer in the library has no address to name it by: left out.
    const url = item ? canonicalUrl(item.url) : null;
    if (!item || !url || url.length > URL_MAX) continue;
    const building = items.get(url) ?? {
      url,
      title: plain(item.title, ITEM_TITLE_MAX),
      ids: new Set(),
      ...none(),
      personas: new Map(),
      stages: new Map(),
    };
    items.set(url, building);
    building.ids.add(item.id);
    const sent = share.status === 'sent';
    const replied = answered.has(share);
    bump(building, sent, replied);
    const prospect = share.prospectId === null ? undefined : people.get(share.prospectId);
    if (!prospect) continue;
    const persona = plain(prospect.persona, PERSONA_MAX);
    if (persona) {
      const row = building.personas.get(persona) ?? none();
      building.personas.set(persona, row);
      bump(row, sent, replied);
    }
    const stage = stageAt(history, prospect.id, share.at, prospect.stage);
    const row = building.stages.get(stage) ?? none();
    building.stages.set(stage, row);
    bump(row, sent, replied);
  }

  const clicks = clicksOf(input.clicks ?? [], period);
  const built: TeamItem[] = [...items.values()]
    .sort(busiest)
    .slice(0, TEAM_ITEMS_MAX)
    .map(({ url, title, ids, shares: count, sent, replies, personas, stages }) => ({
      url,
      title,
      shares: count,
      sent,
      replies,
      byPersona: rows(personas, TEAM_ROWS_MAX),
      byStage: rows(stages, TEAM_ROWS_MAX) as TeamItem['byStage'],
      ...(clicks ? { clicks: clicks(ids) } : {}),
    }));
  const label = input.label === undefined ? '' : plain(input.label, TEAM_LABEL_MAX);
  return {
    format: TEAM_STATS_FORMAT,
    version: clicks ? TEAM_STATS_VERSION : TEAM_STATS_VERSION_WITHOUT_CLICKS,
    installId: input.installId,
    ...(label ? { label } : {}),
    exportNumber: input.exportNumber,
    period,
    items: built,
  };
}
