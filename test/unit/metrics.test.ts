// The insight numbers against a small log computed by hand (see the comments).
import { describe, expect, it } from 'vitest';
import { attributeAnswers, attributeReplies, computeInsights, median, weekOf } from '../../src/domain/insights/metrics';
import type { Interaction, Prospect, ProspectStage } from '../../src/domain/model';
import type { ReplyClass } from '../../src/domain/replies/types';

const DAY = 86_400_000;
const d0 = new Date(2026, 10, 2).getTime(); // a Monday, midnight on the local calendar (weeks are local)
const at = (days: number) => d0 + days * DAY;

const prospect = (id: string, persona: string, createdDay: number, stage: ProspectStage): Prospect => ({
  id,
  name: id,
  headline: '',
  company: '',
  persona,
  stage,
  tags: [],
  notes: '',
  nextFollowUp: null,
  createdAt: at(createdDay),
  lastContactAt: null,
  lastReplyAt: null,
});
const base = { channel: 'message' as const, url: null, externalId: null, note: '' };
const share = (prospectId: string, contentId: string, day: number, status: 'sent' | 'draft' = 'sent'): Interaction => ({
  ...base,
  at: at(day),
  kind: 'shared',
  prospectId,
  contentId,
  status,
});
const reply = (prospectId: string, day: number, replyClass?: ReplyClass): Interaction => ({
  ...base,
  at: at(day),
  kind: 'replied',
  prospectId,
  contentId: null,
  ...(replyClass ? { replyClass } : {}),
});
const stage = (prospectId: string, day: number, stageFrom: ProspectStage, stageTo: ProspectStage): Interaction => ({
  ...base,
  at: at(day),
  kind: 'stage',
  prospectId,
  contentId: null,
  stageFrom,
  stageTo,
  channel: 'other',
});

// A (CFO): awareness -> consideration (day 2) -> evaluation (day 6). B (COO): awareness.
// C (CFO): awareness -> consideration (day 3) -> lost (day 5).
const prospects = [
  prospect('/in/a', 'CFO', 0, 'evaluation'),
  prospect('/in/b', 'COO', 0, 'awareness'),
  prospect('/in/c', 'CFO', 1, 'lost'),
];
const log: Interaction[] = [
  share('/in/a', 'X', 1), // answered 12 h later
  reply('/in/a', 1.5),
  stage('/in/a', 2, 'awareness', 'consideration'),
  stage('/in/a', 6, 'consideration', 'evaluation'),
  share('/in/a', 'Y', 7), // no answer
  share('/in/b', 'X', 2), // answered 48 h later
  reply('/in/b', 4),
  stage('/in/c', 3, 'awareness', 'consideration'),
  share('/in/c', 'X', 3, 'draft'), // a draft: never counted
  share('/in/c', 'Y', 4), // no answer
  stage('/in/c', 5, 'consideration', 'lost'),
];

describe('insights on a hand-computed log', () => {
  const insights = computeInsights(log, prospects);

  it('counts sent shares and replies per week', () => {
    expect(insights.weeks).toEqual([
      { week: '2026-11-02', shares: 3, replies: 2 },
      { week: '2026-11-09', shares: 1, replies: 0 },
    ]);
  });

  it('gives reply rates per content, persona and stage at the time of the share', () => {
    expect(insights.byContent).toMatchObject([
      { key: 'X', shares: 2, replied: 2, rate: 1 },
      { key: 'Y', shares: 2, replied: 0, rate: 0 },
    ]);
    expect(insights.byPersona).toMatchObject([
      { key: 'COO', shares: 1, replied: 1, rate: 1 },
      { key: 'CFO', shares: 3, replied: 1, rate: 1 / 3 },
    ]);
    expect(insights.byStage).toMatchObject([
      { key: 'awareness', shares: 2, replied: 2, rate: 1 },
      { key: 'consideration', shares: 1, replied: 0, rate: 0 },
      { key: 'evaluation', shares: 1, replied: 0, rate: 0 },
    ]);
  });

  it('counts the replies logged before reply classes as answers of class other', () => {
    expect(insights.byContent[0]!.answers).toEqual({
      interested: 0,
      question: 0,
      later: 0,
      'not-interested': 0,
      'out-of-office': 0,
      stop: 0,
      other: 2,
    });
    expect(insights.byContent.map((row) => row.interestedRate)).toEqual([0, 0]);
  });

  it('gives the median time to reply and the top content', () => {
    expect(insights.medianHoursToReply).toBe(30);
    expect(insights.topContent).toEqual([{ key: 'X', replies: 2 }]);
  });

  it('computes the funnel: reached, conversion, median days in stage', () => {
    expect(insights.funnel).toEqual([
      { stage: 'awareness', reached: 3, conversion: 2 / 3, medianDaysInStage: 2 },
      { stage: 'consideration', reached: 2, conversion: 1 / 2, medianDaysInStage: 3 },
      { stage: 'evaluation', reached: 1, conversion: 0, medianDaysInStage: null },
      { stage: 'purchase', reached: 0, conversion: null, medianDaysInStage: null },
      { stage: 'customer', reached: 0, conversion: null, medianDaysInStage: null },
      { stage: 'advocate', reached: 0, conversion: null, medianDaysInStage: null },
    ]);
  });
});

describe('answers by class', () => {
  // A: X answered by an out-of-office, then "interested" on the return; then Y, a question and a "thanks".
  // B: X answered "not interested". C: Z, "interested" then an out-of-office later on. D: Z, no class known.
  const people = ['/in/a', '/in/b', '/in/c', '/in/d'].map((id) => prospect(id, 'CFO', 0, 'awareness'));
  const classified: Interaction[] = [
    share('/in/a', 'X', 1),
    reply('/in/a', 2, 'out-of-office'),
    reply('/in/a', 9, 'interested'),
    share('/in/a', 'Y', 10),
    reply('/in/a', 11, 'question'),
    reply('/in/a', 12, 'other'),
    share('/in/b', 'X', 1),
    reply('/in/b', 1.5, 'not-interested'),
    share('/in/c', 'Z', 1),
    reply('/in/c', 2, 'interested'),
    reply('/in/c', 3, 'out-of-office'),
    share('/in/d', 'Z', 1),
    reply('/in/d', 4),
    share('/in/d', 'Z', 5), // no answer
  ];
  const insights = computeInsights(classified, people);
  const row = (key: string) => insights.byContent.find((one) => one.key === key)!;

  it("a share's class is its latest reply about the content, before an out-of-office or a 'thanks'", () => {
    const answers = [...attributeAnswers(classified)].map(([share, answer]) => [share.prospectId, share.contentId, answer.replyClass]);
    expect(answers).toEqual([
      ['/in/a', 'X', 'interested'],
      ['/in/a', 'Y', 'question'],
      ['/in/b', 'X', 'not-interested'],
      ['/in/c', 'Z', 'interested'],
      ['/in/d', 'Z', 'other'],
    ]);
    // The time to reply stays the first reply's, out-of-office included.
    expect(attributeAnswers(classified).get(classified[0]!)!.ms).toBe(DAY);
  });

  it('counts answered shares by class per item, the interested rate, and leaves the reply rate as it was', () => {
    expect(row('X')).toMatchObject({ shares: 2, replied: 2, rate: 1, interestedRate: 0.5 });
    expect(row('X').answers).toMatchObject({ interested: 1, 'not-interested': 1, 'out-of-office': 0, other: 0 });
    expect(row('Z')).toMatchObject({ shares: 3, replied: 2, rate: 2 / 3, interestedRate: 1 / 3 });
    expect(row('Z').answers).toMatchObject({ interested: 1, other: 1 });
    expect(row('Y').answers).toMatchObject({ question: 1, other: 0 });
    for (const one of insights.byContent) expect(Object.values(one.answers).reduce((a, b) => a + b, 0)).toBe(one.replied);
    expect(insights.byPersona[0]!.answers).toMatchObject({ interested: 2, question: 1, 'not-interested': 1, other: 1 });
  });
});

describe('metric helpers', () => {
  it('median, week of, and one reply per share', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(weekOf(new Date(2026, 10, 8, 23).getTime())).toBe('2026-11-02');
    const twoReplies = [share('/in/a', 'X', 1), reply('/in/a', 2), reply('/in/a', 3)];
    expect([...attributeReplies(twoReplies).values()]).toEqual([DAY]);
  });
});
