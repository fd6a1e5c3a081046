// The log: recent entries, pages of it, what the user adds by hand, insights. (Its CSV export is
// streamed over a port, not asked for by request: src/features/log-export/protocol.ts.)
import * as v from 'valibot';
import { EntryId, Id, Notes, ProfileId, ProspectStageSchema, Time, requiredText } from '../../domain/fields';
import type { Insights, WeekRow } from '../../domain/insights/metrics';
import { PERIODS, type Period } from '../../domain/insights/periods';
import { NOTES_MAX, INTERACTION_KINDS, MANUAL_KINDS, type Interaction, type Prospect, type ProspectStage } from '../../domain/model';
import { answer, entry } from './spec';
import { REBUILD, TOUCHES_NONE, touchesPeople } from './touch';

export { MANUAL_KINDS } from '../../domain/model';

export interface ActivityEntry {
  interaction: Interaction;
  contentTitle: string | null;
  prospectName: string | null;
}

/** One line of the popup's recent activity: whom it was with is a name, never a profile path. */
export interface RecentEntry extends ActivityEntry {
  /**
   * The tracked record's name (found by any id it learned: slug, member id, lead id), else the
   * name the conversation showed; null when the log knows only a profile path, or no one.
   */
  who: string | null;
}

export const LogFilterSchema = v.strictObject({
  from: v.optional(Time),
  to: v.optional(Time),
  kind: v.optional(v.picklist(INTERACTION_KINDS)),
  prospectId: v.optional(ProfileId),
  contentId: v.optional(Id),
  stage: v.optional(ProspectStageSchema),
});
export type LogFilter = v.InferOutput<typeof LogFilterSchema>;

/** Where a page of the log stops: the next page starts after it (newest first). */
export const LogCursorSchema = v.nullable(v.strictObject({ at: v.number(), id: v.pipe(v.number(), v.integer()) }));
export type LogCursor = v.InferOutput<typeof LogCursorSchema>;

export interface LogEntry extends ActivityEntry {
  /** The prospect's stage when it happened. */
  stage: ProspectStage | null;
}

const limit = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));
const PROSPECTS_AND_LOG = ['interactions', 'prospects'] as const;
/** The log's entries with the titles and names they show. */
const LOG_READS = ['interactions', 'content', 'prospects'] as const;

export const ACTIVITY_REQUESTS = {
  'activity.recent': {
    payload: v.strictObject({ limit: limit(100) }),
    senders: ['extension-page'],
    reads: LOG_READS,
    writes: [],
    answer: answer<{ entries: RecentEntry[] }>(),
  },
  'activity.page': {
    payload: v.strictObject({ filter: LogFilterSchema, before: LogCursorSchema, limit: limit(200) }),
    senders: ['extension-page'],
    reads: LOG_READS,
    writes: [],
    answer: answer<{ entries: LogEntry[]; next: LogCursor }>(),
  },
  'activity.add': entry({
    payload: v.strictObject({
      kind: v.picklist(MANUAL_KINDS),
      prospectId: v.nullable(ProfileId),
      note: requiredText(NOTES_MAX),
      at: v.optional(Time),
    }),
    senders: ['extension-page'],
    reads: [],
    writes: ['interactions'],
    // Manual kinds (note, call, meeting, email) count nowhere.
    touches: () => TOUCHES_NONE,
    answer: answer<{ id: number }>(),
  }),
  'activity.setNote': entry({
    payload: v.strictObject({ id: EntryId, note: Notes }),
    senders: ['extension-page'],
    reads: [],
    writes: ['interactions'],
    touches: () => TOUCHES_NONE,
    answer: answer<Interaction>(),
  }),
  // A share logged with a name only is given its prospect by the user, never by the page.
  /** How many entries now name the prospect: the one asked for and the others of the same name without a prospect. */
  'activity.linkPerson': entry({
    payload: v.strictObject({ id: EntryId, prospectId: ProfileId }),
    senders: ['extension-page'],
    reads: [],
    writes: PROSPECTS_AND_LOG,
    touches: ({ prospectId }) => touchesPeople(prospectId),
    answer: answer<{ linked: number }>(),
  }),
  // One entry out of the log, by the user in Activity (a forged reply, a mistake); never by a page.
  /** The prospect the entry named, with lastReplyAt / lastContactAt recomputed from the remaining log; null if none. */
  'activity.delete': entry({
    payload: v.strictObject({ id: EntryId }),
    senders: ['extension-page'],
    reads: [],
    writes: PROSPECTS_AND_LOG,
    // The answer names the entry's prospect when it has a record; otherwise whose it was is gone.
    touches: (_payload, { prospect }) => (prospect ? touchesPeople(prospect.id) : REBUILD),
    answer: answer<{ deleted: true; prospect: Prospect | null }>(),
  }),
  // Read from the insights summary (week records), rebuilt first when out of date: the answer is
  // the same as computing over the whole log. `from`..`to`: the period's weeks (Mondays, periods.ts).
  /**
   * `titles`: [id, title] of the items in byContent and topContent; pairs, not an object keyed by
   * id, since ids are data ("constructor" would find Object's own). `thisWeek`: the current week's Monday.
   * `opening`: the first weeks with activity of all time (up to two, through the first with a
   * share): what tells an empty or early log, whatever the period. Without a period: all of it.
   */
  'insights.compute': {
    payload: v.strictObject({ period: v.optional(v.picklist(PERIODS), 'all') }),
    senders: ['extension-page'],
    // The summary is derived from these (its own stores follow them after every write).
    reads: LOG_READS,
    writes: [],
    answer: answer<{
      period: Period;
      from: string;
      to: string;
      thisWeek: string;
      insights: Insights;
      titles: [id: string, title: string][];
      opening: WeekRow[];
    }>(),
  },
} as const;
