// What worked: shares and replies per week, reply rates, time to reply, the funnel. Pure
// functions of the log, so every number is checked against a hand-computed log in tests.
import { STAGES, type Interaction, type Prospect, type Stage } from '../model';
import { REPLY_CLASSES, type ReplyClass } from '../replies/types';
import { stageAt, stageHistory, type StageHistory } from './stage-history';
import { weekStart } from '../time/local-date';

const DAY = 86_400_000;

/** How many answered shares got each class of answer (answerClass). */
export type ClassCounts = Record<ReplyClass, number>;

export interface RateRow {
  key: string;
  shares: number;
  replied: number;
  /** replied / shares, 0 when there were no shares. */
  rate: number;
  /** The answered shares by the class of their answer: they sum to `replied`. */
  answers: ClassCounts;
  /** answers.interested / shares, 0 when there were no shares. */
  interestedRate: number;
}

export interface WeekRow {
  /** Monday of the week, YYYY-MM-DD, on the user's local calendar (weekStart in local-date.ts). */
  week: string;
  shares: number;
  replies: number;
}

export interface FunnelRow {
  stage: Stage;
  /** Prospects who reached this stage or a later one. */
  reached: number;
  /** reached(next stage) / reached(this stage); null for the last stage or when none reached it. */
  conversion: number | null;
  /** Median days spent in the stage, over the stays that ended; null when none ended. */
  medianDaysInStage: number | null;
}

export interface Insights {
  weeks: WeekRow[];
  byContent: RateRow[];
  byPersona: RateRow[];
  byStage: RateRow[];
  medianHoursToReply: number | null;
  funnel: FunnelRow[];
  topContent: { key: string; replies: number }[];
}

/** A share counts once it was sent; drafts never reach the metrics. */
export const isSentShare = (entry: Interaction) => entry.kind === 'shared' && entry.status === 'sent' && entry.prospectId !== null;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The Monday of the local week of `time`: a share on Monday 08:00 in Auckland is that week's. */
export const weekOf = weekStart;

/** A share's answer: the time its first reply took, and what its replies said (answerClass). */
export interface Answer {
  ms: number;
  replyClass: ReplyClass;
}

/** Each class's place in REPLY_CLASSES: where the summary's cells count it. */
export const CLASS_INDEX: ReadonlyMap<ReplyClass, number> = new Map(REPLY_CLASSES.map((name, i) => [name, i]));

/**
 * A reply's class. Replies recorded before issue 25 have none, and a class this version does not
 * know (a newer backup) cannot be read either: both count as 'other', a reply that says nothing
 * about the content, which is all that is known of them.
 */
export const replyClassOf = (entry: Interaction): ReplyClass =>
  entry.replyClass !== undefined && CLASS_INDEX.has(entry.replyClass) ? entry.replyClass : 'other';

// An out-of-office often comes first and the real answer after the return; a "thanks" after an
// "interested" changes nothing. So a later reply replaces the class only when it tells as much.
const telling = (replyClass: ReplyClass): number => (replyClass === 'out-of-office' ? 0 : replyClass === 'other' ? 1 : 2);

/**
 * Which share each reply answers: the person's latest sent share before the reply. A share "got
 * a reply" when one is attributed to it; its time to reply is the first one's. Its class is the
 * latest of its replies (up to the person's next share) among the most telling: about the
 * content (interested, question, later, not-interested, stop), else 'other', else out-of-office.
 * The classes ride on the same pass as the attribution: the summary runs it for every person.
 */
export function attributeAnswers(log: readonly Interaction[]): Map<Interaction, Answer> {
  const answered = new Map<Interaction, Answer>();
  const byProspect = new Map<string, Interaction[]>();
  for (const entry of [...log].sort((a, b) => a.at - b.at)) {
    if (!entry.prospectId) continue;
    const list = byProspect.get(entry.prospectId) ?? [];
    list.push(entry);
    byProspect.set(entry.prospectId, list);
  }
  for (const entries of byProspect.values()) {
    let open: Interaction | null = null;
    for (const entry of entries) {
      if (isSentShare(entry)) open = entry;
      else if (entry.kind === 'replied' && open) {
        const replyClass = replyClassOf(entry);
        const answer = answered.get(open);
        if (!answer) answered.set(open, { ms: entry.at - open.at, replyClass });
        else if (telling(replyClass) >= telling(answer.replyClass)) answer.replyClass = replyClass;
      }
    }
  }
  return answered;
}

/** The time to reply of each answered share (attributeAnswers without the classes). */
export function attributeReplies(log: readonly Interaction[]): Map<Interaction, number> {
  const answered = new Map<Interaction, number>();
  for (const [share, answer] of attributeAnswers(log)) answered.set(share, answer.ms);
  return answered;
}

/** A rate row from its counts; `byClass`: answered shares per class, in REPLY_CLASSES order (missing ones none). */
export function rateRow(key: string, shares: number, replied: number, byClass: readonly number[]): RateRow {
  const answers = Object.fromEntries(REPLY_CLASSES.map((name, i) => [name, byClass[i] ?? 0])) as ClassCounts;
  return { key, shares, replied, rate: shares ? replied / shares : 0, answers, interestedRate: shares ? answers.interested / shares : 0 };
}

function rates(
  shares: readonly Interaction[],
  answered: Map<Interaction, Answer>,
  keyOf: (share: Interaction) => string | null,
): RateRow[] {
  const rows = new Map<string, { shares: number; replied: number; byClass: number[] }>();
  for (const share of shares) {
    const key = keyOf(share);
    if (key === null) continue;
    const row = rows.get(key) ?? { shares: 0, replied: 0, byClass: REPLY_CLASSES.map(() => 0) };
    row.shares++;
    const answer = answered.get(share);
    if (answer) {
      row.replied++;
      row.byClass[CLASS_INDEX.get(answer.replyClass)!]!++;
    }
    rows.set(key, row);
  }
  return [...rows].map(([key, row]) => rateRow(key, row.shares, row.replied, row.byClass)).sort(byRate);
}

/** Every rate table's order: best reply rate first, then most shares, then by key. */
export const byRate = (a: RateRow, b: RateRow): number => b.rate - a.rate || b.shares - a.shares || a.key.localeCompare(b.key);

/** Rounded to a tenth, as the view shows hours and days (none stays none). */
export const tenth = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** The ten keys with most replies, most first, then by key. */
export const topByReplies = (replies: Iterable<[string, number]>): Insights['topContent'] =>
  [...replies]
    .map(([key, count]) => ({ key, replies: count }))
    .sort((a, b) => b.replies - a.replies || a.key.localeCompare(b.key))
    .slice(0, 10);

/** The funnel's rows from how many reached each stage or a later one (STAGES order) and the days of the stays that ended, by stage. */
export function funnelRows(reached: readonly number[], stays: ReadonlyMap<string, readonly number[]>): FunnelRow[] {
  return STAGES.map((stage, i) => ({
    stage,
    reached: reached[i]!,
    conversion: i + 1 < STAGES.length && reached[i]! > 0 ? reached[i + 1]! / reached[i]! : null,
    medianDaysInStage: tenth(median(stays.get(stage) ?? [])),
  }));
}

export function computeInsights(log: readonly Interaction[], prospects: readonly Prospect[]): Insights {
  const byId = new Map(prospects.map((prospect) => [prospect.id, prospect]));
  const history = stageHistory(log);
  const shares = log.filter(isSentShare);
  const answered = attributeAnswers(log);

  const weeks = new Map<string, WeekRow>();
  const week = (time: number) => {
    const key = weekOf(time);
    const row = weeks.get(key) ?? { week: key, shares: 0, replies: 0 };
    weeks.set(key, row);
    return row;
  };
  for (const share of shares) week(share.at).shares++;
  for (const entry of log) if (entry.kind === 'replied') week(entry.at).replies++;

  const stageOfShare = (share: Interaction) => {
    const prospect = byId.get(share.prospectId!);
    return prospect ? stageAt(history, prospect.id, share.at, prospect.stage) : null;
  };

  const repliesByContent = new Map<string, number>();
  for (const [share] of answered)
    if (share.contentId) repliesByContent.set(share.contentId, (repliesByContent.get(share.contentId) ?? 0) + 1);

  return {
    weeks: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
    byContent: rates(shares, answered, (share) => share.contentId),
    byPersona: rates(shares, answered, (share) => byId.get(share.prospectId!)?.persona || null),
    byStage: rates(shares, answered, stageOfShare),
    medianHoursToReply: tenth(median([...answered.values()].map((answer) => answer.ms / 3_600_000))),
    funnel: funnel(prospects, history),
    topContent: topByReplies(repliesByContent),
  };
}

/**
 * How far one prospect went along the journey (its index in STAGES; -1 when it was only ever
 * lost) and the days of each stay in a stage that ended: from entering the stage (creation for
 * the first) to the next change. `changes`: theirs, oldest first.
 */
export function journeyOf(
  prospect: Prospect,
  changes: NonNullable<ReturnType<StageHistory['get']>>,
): { furthest: number; stays: { stage: Stage; days: number }[] } {
  const visited = [changes[0]?.from ?? prospect.stage, ...changes.map((change) => change.to)];
  const furthest = Math.max(...visited.map((stage) => (stage === 'lost' ? -1 : STAGES.indexOf(stage))));
  const stays: { stage: Stage; days: number }[] = [];
  let enteredAt = prospect.createdAt;
  for (const change of changes) {
    if (change.from !== 'lost') stays.push({ stage: change.from, days: (change.at - enteredAt) / DAY });
    enteredAt = change.at;
  }
  return { furthest, stays };
}

function funnel(prospects: readonly Prospect[], history: ReturnType<typeof stageHistory>): FunnelRow[] {
  const reachedIndex = new Map<string, number>();
  const stays = new Map<Stage, number[]>();
  for (const prospect of prospects) {
    const journey = journeyOf(prospect, history.get(prospect.id) ?? []);
    reachedIndex.set(prospect.id, journey.furthest);
    for (const { stage, days } of journey.stays) stays.set(stage, [...(stays.get(stage) ?? []), days]);
  }
  return funnelRows(
    STAGES.map((_, i) => [...reachedIndex.values()].filter((index) => index >= i).length),
    stays,
  );
}
