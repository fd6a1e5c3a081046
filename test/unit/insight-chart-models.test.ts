// The numbers behind the Insights charts: axis ticks, the content ranking and its tie-breaks,
// the funnel's passage rates and where prospects get stuck, the accessible names.
import { describe, expect, it } from 'vitest';
import { barLength, niceTicks, scale } from '../../src/dashboard/charts/axis';
import { inJourneyOrder, rankRows } from '../../src/dashboard/charts/ranking-model';
import { funnelLayout } from '../../src/dashboard/charts/funnel-model';
import { funnelName, rankingName, trendName } from '../../src/dashboard/charts/chart-names';
import { weekSeries } from '../../src/dashboard/charts/trend-model';
import { STAGES } from '../../src/domain/model';
import { markedWords } from './helpers/chart-words';

describe('axis', () => {
  it('ticks start at zero, step by 1, 2 or 5 times a power of ten, and reach the max', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(13)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(34)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(950)).toEqual([0, 500, 1000]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
    // Rates are fractions: no rounding to whole steps, and no 0.30000000000000004.
    expect(niceTicks(1, 2, false)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0.3, 3, false)).toEqual([0, 0.1, 0.2, 0.3]);
    for (const max of [1, 7, 19, 101, 4321]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('scales a value to the axis, never past its end, and keeps a small bar visible', () => {
    expect(scale(5, 20, 160)).toBe(40);
    expect(scale(30, 20, 160)).toBe(160);
    expect(scale(5, 0, 160)).toBe(0);
    expect(barLength(1, 1000, 160)).toBe(2);
    expect(barLength(0, 1000, 160)).toBe(0);
    expect(barLength(500, 1000, 160)).toBe(80);
  });
});

describe('rankRows', () => {
  const rows = [
    { key: 'a', shares: 10, replied: 3 },
    { key: 'b', shares: 4, replied: 3 },
    { key: 'c', shares: 2, replied: 2 },
    { key: 'd', shares: 4, replied: 3 },
    { key: 'e', shares: 6, replied: 0 },
    { key: 'f', shares: 0, replied: 0 },
  ];
  const label = (key: string) => ({ a: 'Alpha', b: 'Beta', c: 'Gamma', d: 'Beta', e: 'Epsilon' })[key] ?? key;

  it('by replies: then rate, shares, label and key; rows with nothing left out', () => {
    // b and d tie on every figure and on the label: the key decides.
    expect(rankRows(rows, label).map((row) => row.key)).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(rankRows(rows, label)[0]).toEqual({
      key: 'b',
      label: 'Beta',
      shares: 4,
      replied: 3,
      rate: 0.75,
      answers: { interested: 0, question: 0, later: 0, 'not-interested': 0, 'out-of-office': 0, stop: 0, other: 0 },
      interestedRate: 0,
    });
    // The same rows in another order give the same ranking.
    expect(rankRows([...rows].reverse(), label).map((row) => row.key)).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('between rows equal in every figure, the label decides before the key', () => {
    const twins = [
      { key: 'a', shares: 3, replied: 1 },
      { key: 'z', shares: 3, replied: 1 },
    ];
    const labels: Record<string, string> = { a: 'Zeta', z: 'Alpha' };
    expect(rankRows(twins, (key) => labels[key]!).map((row) => row.key)).toEqual(['z', 'a']);
    expect(rankRows(twins, (key) => labels[key]!, { order: 'rate' }).map((row) => row.key)).toEqual(['z', 'a']);
  });

  it('by rate: only rows with enough shares, then replies, shares, label, key', () => {
    expect(rankRows(rows, label, { order: 'rate' }).map((row) => row.key)).toEqual(['b', 'd', 'a', 'e']);
    expect(rankRows(rows, label, { order: 'rate', minShares: 5 }).map((row) => row.key)).toEqual(['a', 'e']);
    expect(rankRows(rows, label, { order: 'rate', minShares: 1 }).map((row) => row.key)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });

  it('by interested answers: then interested rate, replies, shares, label, key; rows without any still listed', () => {
    const answered = [
      { key: 'many', shares: 20, replied: 9, answers: { interested: 1, question: 3, other: 5 } },
      { key: 'yes', shares: 6, replied: 3, answers: { interested: 3 } },
      { key: 'yes-wide', shares: 12, replied: 5, answers: { interested: 3, 'not-interested': 2 } },
      { key: 'old', shares: 5, replied: 2 },
    ];
    const ranked = rankRows(answered, (key) => key, { order: 'interested' });
    expect(ranked.map((row) => row.key)).toEqual(['yes', 'yes-wide', 'many', 'old']);
    expect(ranked.map((row) => row.interestedRate)).toEqual([0.5, 0.25, 0.05, 0]);
    expect(ranked[0]!.answers).toMatchObject({ interested: 3, other: 0 });
    expect(rankRows(answered, (key) => key).map((row) => row.key)).toEqual(['many', 'yes-wide', 'yes', 'old']);
  });

  it('keeps the top ten', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ key: `k${String(i).padStart(2, '0')}`, shares: 20, replied: i }));
    const top = rankRows(many, (key) => key);
    expect(top).toHaveLength(10);
    expect(top[0]!.key).toBe('k13');
    expect(rankRows(many, (key) => key, { limit: 3 }).map((row) => row.replied)).toEqual([13, 12, 11]);
  });

  it('puts stage rows in journey order, other keys after', () => {
    const stageRows = ['purchase', 'evaluation', 'awareness', 'other', 'consideration'].map((key) => ({ key }));
    expect(inJourneyOrder(stageRows).map((row) => row.key)).toEqual(['awareness', 'consideration', 'evaluation', 'purchase', 'other']);
  });
});

describe('funnelLayout', () => {
  const rows = [
    { stage: 'evaluation' as const, reached: 10, medianDaysInStage: 12.5 },
    { stage: 'awareness' as const, reached: 40, medianDaysInStage: 7 },
    { stage: 'consideration' as const, reached: 25, medianDaysInStage: null },
    { stage: 'purchase' as const, reached: 6, medianDaysInStage: 20 },
    { stage: 'customer' as const, reached: 6, medianDaysInStage: null },
    { stage: 'advocate' as const, reached: 3, medianDaysInStage: null },
  ];

  it('has every stage in journey order, widths by reached, passage rates and the stuck stage', () => {
    const layout = funnelLayout(rows);
    expect(layout.steps.map((step) => step.stage)).toEqual([...STAGES]);
    expect(STAGES.slice(0, 4)).toEqual(['awareness', 'consideration', 'evaluation', 'purchase']);
    expect(layout.steps.map((step) => step.width)).toEqual([1, 25 / 40, 10 / 40, 6 / 40, 6 / 40, 3 / 40]);
    expect(layout.steps.map((step) => step.passage)).toEqual([25 / 40, 10 / 25, 6 / 10, 1, 3 / 6, null]);
    expect(layout.steps.map((step) => step.medianDays)).toEqual([7, null, 12.5, 20, null, null]);
    expect(layout.stuck).toBe('consideration');
    expect(layout.steps.filter((step) => step.stuck).map((step) => step.stage)).toEqual(['consideration']);
  });

  it('takes the earliest of equal passages, none when nobody stops or nothing was reached', () => {
    const even = funnelLayout(STAGES.map((stage, i) => ({ stage, reached: 64 / 2 ** i, medianDaysInStage: null })));
    expect(even.stuck).toBe('awareness');
    expect(funnelLayout(STAGES.map((stage) => ({ stage, reached: 5, medianDaysInStage: null }))).stuck).toBeNull();
    const none = funnelLayout([]);
    expect(none.stuck).toBeNull();
    expect(none.steps.map((step) => [step.reached, step.width, step.passage])).toEqual(STAGES.map(() => [0, 0, null]));
    // A stage nobody reached has no passage: 0 of 0 is not a rate.
    expect(funnelLayout([{ stage: 'awareness', reached: 2, medianDaysInStage: null }]).steps.map((step) => step.passage)).toEqual([
      0,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('accessible names', () => {
  const words = markedWords;

  it('the trend states the totals, the rate and this week', () => {
    const points = weekSeries(
      [
        { week: '2026-11-16', shares: 31, replies: 8 },
        { week: '2026-11-23', shares: 3, replies: 1 },
      ],
      { from: '2026-11-09', to: '2026-11-23' },
      '2026-11-23',
    );
    expect(trendName(points, '12w', words)).toBe('chartTrendName(periodName_12w()|#34|#9|26%) chartTrendThisWeek(#3|#1)');
    expect(trendName(points.slice(0, 2), '4w', words)).toBe('chartTrendName(periodName_4w()|#31|#8|26%)');
  });

  it('the ranking names its first row and its figures', () => {
    const rows = rankRows(
      [
        { key: 'x', shares: 9, replied: 5 },
        { key: 'y', shares: 2, replied: 1 },
      ],
      (key) => key.toUpperCase(),
    );
    expect(rankingName('Top', rows, words)).toBe('chartRankingName(Top|chartRows_other(#2)|X|#5|#9|56%)');
    expect(rankingName('Top', [], words)).toBe('chartRankingEmptyName(Top)');
    const interested = rankRows([{ key: 'x', shares: 8, replied: 5, answers: { interested: 2 } }], (key) => key.toUpperCase(), {
      order: 'interested',
    });
    expect(rankingName('Top', interested, words, 'interested')).toBe('chartRankingInterestedName(Top|chartRows_one(#1)|X|#2|#5|#8|25%)');
  });

  it('the funnel lists each stage and says where they get stuck', () => {
    const layout = funnelLayout([
      { stage: 'awareness', reached: 40, medianDaysInStage: null },
      { stage: 'consideration', reached: 25, medianDaysInStage: null },
      { stage: 'evaluation', reached: 10, medianDaysInStage: null },
      { stage: 'purchase', reached: 10, medianDaysInStage: null },
      { stage: 'customer', reached: 5, medianDaysInStage: null },
      { stage: 'advocate', reached: 4, medianDaysInStage: null },
    ]);
    expect(funnelName(layout, words)).toBe(
      'chartFunnelName(stage_awareness() #40, stage_consideration() #25, stage_evaluation() #10, stage_purchase() #10, stage_customer() #5, stage_advocate() #4) chartFunnelStuckName(stage_consideration()|stage_evaluation()|40%)',
    );
  });
});
