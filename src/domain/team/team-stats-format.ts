// The team stats file (docs/team-stats.md): one rep's per-content aggregates, written by
// "Export team stats" and read back, several at once, by the Insights view of a manager. It
// names content (the company's canonical URL and title) and counts; never a person, a profile,
// a message, a note or a time finer than the week. Read strictly: a file from an unknown
// version, too big, or whose numbers do not add up is refused whole, with the reason.
//
// Version 2 adds one optional field, `clicks` per item (the company's web analytics). The
// schema is strict, so a Nurture that reads version 1 only would refuse an item carrying it
// with an obscure "invalid key"; a file with clicks says version 2 instead, which such a reader
// refuses saying so. A file without clicks still says 1, so every Nurture reads it; this one
// reads both.
import * as v from 'valibot';
import { localTime } from '../time/local-date';
import { ITEM_TITLE_MAX, PERSONA_MAX, PROSPECT_STAGES, URL_MAX } from '../model';

export const TEAM_STATS_FORMAT = 'nurture-team-stats';
/** The latest version: what a file with clicks says. */
export const TEAM_STATS_VERSION = 2;
/** What a file without clicks says: every version of Nurture reads it. */
export const TEAM_STATS_VERSION_WITHOUT_CLICKS = 1;
export const TEAM_STATS_VERSIONS = [TEAM_STATS_VERSION_WITHOUT_CLICKS, TEAM_STATS_VERSION] as const;
/** Content items in one file. */
export const TEAM_ITEMS_MAX = 5000;
/** Persona rows (and stage rows) under one item. */
export const TEAM_ROWS_MAX = 100;
/** The optional label the rep types at export time ("Ana", "Team North"). */
export const TEAM_LABEL_MAX = 60;
/** Any one count: far above what one rep logs, far below where sums lose precision. */
export const TEAM_COUNT_MAX = 1_000_000;
/** A file's text, in characters, before it is parsed at all. */
export const TEAM_FILE_MAX = 5_000_000;

/** A random id made once per install (crypto.randomUUID): how a manager counts reps and drops copies. */
const INSTALL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// No control characters in any text of the file: it is shown as text, and named in CSV exports.
const PLAIN = /^[^\u0000-\u001f\u007f]*$/;

// Marked side-effect free (as REQUESTS in requests/index.ts): called at the top level, an
// unmarked helper keeps its schemas, and valibot, in the content script that uses none of them.
const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(PLAIN, 'no control characters'));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TEAM_COUNT_MAX));
const Day = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day such as 2026-11-02'),
  v.check((day) => localTime(day) !== null, 'a real calendar day'),
);
const HttpUrl = v.pipe(text(URL_MAX), v.regex(/^https?:\/\/[^\s]+$/i, 'an http(s) address'));

const counts = { shares: Count, sent: Count, replies: Count };
const Row = /* @__NO_SIDE_EFFECTS__ */ <K extends v.GenericSchema<string>>(key: K) => v.strictObject({ key, ...counts });

export const TeamItemSchema = v.strictObject({
  url: HttpUrl,
  title: text(ITEM_TITLE_MAX),
  ...counts,
  byPersona: v.pipe(v.array(Row(v.pipe(text(PERSONA_MAX), v.minLength(1)))), v.maxLength(TEAM_ROWS_MAX)),
  byStage: v.pipe(v.array(Row(v.picklist(PROSPECT_STAGES))), v.maxLength(PROSPECT_STAGES.length)),
  /**
   * Version 2: visits the company's web analytics counted for the item's links in the period
   * (sessions by utm_content, from the analytics exports the rep imported). Absent: the rep
   * imported none for the period, unknown rather than 0.
   */
  clicks: v.optional(Count),
});

export const TeamStatsSchema = v.strictObject({
  format: v.literal(TEAM_STATS_FORMAT),
  version: v.picklist(TEAM_STATS_VERSIONS),
  installId: v.pipe(v.string(), v.regex(INSTALL_ID, 'a random id (UUID v4)')),
  /** Typed by the rep at export time, never stored; absent unless they typed one. */
  label: v.optional(v.pipe(text(TEAM_LABEL_MAX), v.minLength(1))),
  /** The how-many-th export of this install: the latest of two files of one rep wins. */
  exportNumber: v.pipe(Count, v.minValue(1)),
  /** Monday of the first week, Sunday of the last: whole local weeks. */
  period: v.strictObject({ from: Day, to: Day }),
  items: v.pipe(v.array(TeamItemSchema), v.maxLength(TEAM_ITEMS_MAX)),
});

export type TeamStatsFile = v.InferOutput<typeof TeamStatsSchema>;
export type TeamItem = v.InferOutput<typeof TeamItemSchema>;
export interface TeamCounts {
  shares: number;
  sent: number;
  replies: number;
}
export interface TeamRow extends TeamCounts {
  key: string;
}

/** Why a file was refused: the dashboard says it in the user's language. */
export type TeamFileProblem =
  | { problem: 'too-big' }
  | { problem: 'not-json'; detail: string }
  | { problem: 'not-team-stats' }
  | { problem: 'version'; version: string }
  | { problem: 'invalid'; detail: string };

export type TeamFileRead = { ok: true; file: TeamStatsFile } | ({ ok: false } & TeamFileProblem);

const addsUp = (row: TeamCounts) => row.replies <= row.sent && row.sent <= row.shares;
const sum = (rows: readonly TeamCounts[], field: keyof TeamCounts) => rows.reduce((total, row) => total + row[field], 0);

/**
 * What the schema cannot say: counts that add up, one row per key, one item per URL, a period
 * in order, clicks only from version 2. Clicks are not checked against shares: a link can be
 * forwarded, and every rep's link to an item counts the same visits.
 */
export function inconsistency(file: TeamStatsFile): string | null {
  if (file.period.from > file.period.to) return 'period: "from" is after "to"';
  const urls = new Set<string>();
  for (const [i, item] of file.items.entries()) {
    const where = `items[${i}]`;
    if (urls.has(item.url)) return `${where}: the same url twice`;
    if (item.clicks !== undefined && file.version < TEAM_STATS_VERSION) return `${where}.clicks: not in format version ${file.version}`;
    urls.add(item.url);
    if (!addsUp(item)) return `${where}: replies ≤ sent ≤ shares does not hold`;
    for (const name of ['byPersona', 'byStage'] as const) {
      const rows = item[name];
      if (new Set(rows.map((row) => row.key)).size !== rows.length) return `${where}.${name}: the same key twice`;
      if (!rows.every(addsUp)) return `${where}.${name}: replies ≤ sent ≤ shares does not hold`;
      for (const field of ['shares', 'sent', 'replies'] as const)
        if (sum(rows, field) > item[field]) return `${where}.${name}: more ${field} than the item has`;
    }
  }
  return null;
}

/** Reads one file's text: the file, or why not. Never throws. */
export function readTeamStats(text: string): TeamFileRead {
  if (text.length > TEAM_FILE_MAX) return { ok: false, problem: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message.slice(0, 200) : '' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== TEAM_STATS_FORMAT)
    return { ok: false, problem: 'not-team-stats' };
  const version = (data as { version?: unknown }).version;
  if (!(TEAM_STATS_VERSIONS as readonly unknown[]).includes(version))
    return { ok: false, problem: 'version', version: String(version).slice(0, 20) };
  const parsed = v.safeParse(TeamStatsSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return { ok: false, problem: 'invalid', detail: `${path ? `${path}: ` : ''}${issue.message}`.slice(0, 300) };
  }
  const wrong = inconsistency(parsed.output);
  return wrong === null ? { ok: true, file: parsed.output } : { ok: false, problem: 'invalid', detail: wrong };
}
