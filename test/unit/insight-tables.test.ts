// The tables beside the Insights charts and their CSV files: the very rows the charts draw,
// stages in the journey's order, rates as the files have always written them.
import { describe, expect, it } from 'vitest';
import { funnelLayout } from '../../src/dashboard/charts/funnel-model';
import { weekSeries } from '../../src/dashboard/charts/trend-model';
import {
  funnelCsv,
  percentTenths,
  rankingChartRows,
  rankingCsv,
  rankingTable,
  trendCsv,
} from '../../src/dashboard/insights/insight-tables';
import { rateRow } from '../../src/domain/insights/metrics';

/** A rate row as the background gives it; `byClass`: answered shares per class, REPLY_CLASSES order (interested first, other last). */
const rate = (key: string, shares: number, replied: number, byClass: number[] = [0, 0, 0, 0, 0, 0, replied]) =>
  rateRow(key, shares, replied, byClass);
const CLASS_HEADER = [
  'replied_interested',
  'replied_question',
  'replied_later',
  'replied_not_interested',
  'replied_out_of_office',
  'replied_stop',
  'replied_other',
];

describe('insight tables', () => {
  it('the weekly file has every week of the chart, quiet weeks as zeros and no rate without shares', () => {
    const points = weekSeries([{ week: '2026-11-09', shares: 3, replies: 1 }], { from: '2026-11-02', to: '2026-11-16' }, '2026-11-16');
    expect(trendCsv(points)).toEqual({
      name: 'weekly',
      header: ['week', 'shares', 'replies', 'reply_rate_percent'],
      rows: [
        ['2026-11-02', 0, 0, null],
        ['2026-11-09', 3, 1, 33.3],
        ['2026-11-16', 0, 0, null],
      ],
    });
    expect([percentTenths(0.125), percentTenths(2), percentTenths(null)]).toEqual([12.5, 200, null]);
  });

  it('ranks content by replies or by rate among rows with enough shares; the chart draws the first ten of the table', () => {
    const rows = [rate('a', 10, 2), rate('b', 2, 2), rate('c', 5, 3), ...Array.from({ length: 12 }, (_, i) => rate(`z${i}`, 4, 1))];
    const title = (key: string) => `Title ${key}`;
    const byReplies = rankingTable(rows, 'content', 'replies', 3, title);
    expect(byReplies.slice(0, 3).map((row) => row.key)).toEqual(['c', 'b', 'a']);
    expect(byReplies).toHaveLength(15);
    expect(rankingChartRows(byReplies)).toEqual(byReplies.slice(0, 10));
    const byRate = rankingTable(rows, 'content', 'rate', 3, title);
    expect(byRate.map((row) => row.key)).not.toContain('b'); // 2 shares: not ranked by its rate
    expect(byRate[0]!.key).toBe('c');
    expect(rankingCsv('content', byRate.slice(0, 1))).toEqual({
      name: 'content-performance',
      header: ['content', 'shares', 'replied', 'reply_rate_percent', ...CLASS_HEADER, 'interested_rate_percent'],
      // c's replies were logged before classes: answers of class other.
      rows: [['Title c', 5, 3, 60, 0, 0, 0, 0, 0, 0, 3, 0]],
    });
  });

  it('ranks by interested answers, and writes the answers by class and the interested rate', () => {
    // "wide" gets the most replies, "yes" the most interested answers.
    const rows = [rate('wide', 10, 6, [1, 2, 0, 1, 2, 0, 0]), rate('yes', 8, 3, [3, 0, 0, 0, 0, 0, 0]), rate('old', 4, 2)];
    const title = (key: string) => `Title ${key}`;
    expect(rankingTable(rows, 'content', 'replies', 3, title).map((row) => row.key)).toEqual(['wide', 'yes', 'old']);
    const byInterest = rankingTable(rows, 'content', 'interested', 3, title);
    expect(byInterest.map((row) => row.key)).toEqual(['yes', 'wide', 'old']);
    expect(rankingCsv('content', byInterest).rows).toEqual([
      ['Title yes', 8, 3, 37.5, 3, 0, 0, 0, 0, 0, 0, 37.5],
      ['Title wide', 10, 6, 60, 1, 2, 0, 1, 2, 0, 0, 10],
      ['Title old', 4, 2, 50, 0, 0, 0, 0, 0, 0, 2, 0],
    ]);
    // Rows made without answers by class leave those cells empty rather than claim none.
    expect(rankingCsv('persona', [{ key: 'CFO', label: 'CFO', shares: 2, replied: 1, rate: 0.5 }]).rows).toEqual([
      ['CFO', 2, 1, 50, null, null, null, null, null, null, null, null],
    ]);
  });

  it('keeps stages in the order of the journey whatever the ranking, and names them by key in the file', () => {
    const rows = [rate('purchase', 4, 4), rate('evaluation', 4, 1), rate('awareness', 9, 1), rate('consideration', 5, 3)];
    for (const order of ['replies', 'interested', 'rate'] as const) {
      expect(rankingTable(rows, 'stage', order, 3, (key) => key.toUpperCase()).map((row) => row.key)).toEqual([
        'awareness',
        'consideration',
        'evaluation',
        'purchase',
      ]);
    }
    expect(
      rankingCsv(
        'stage',
        rankingTable(rows, 'stage', 'replies', 3, (key) => key.toUpperCase()),
      ).rows[0],
    ).toEqual(['awareness', 9, 1, 11.1, 0, 0, 0, 0, 0, 0, 1, 0]);
  });

  it('the funnel file has the passages the chart writes between its bars', () => {
    const layout = funnelLayout([
      { stage: 'consideration', reached: 4, medianDaysInStage: 3.5 },
      { stage: 'awareness', reached: 10, medianDaysInStage: 2 },
      { stage: 'evaluation', reached: 1, medianDaysInStage: null },
    ]);
    expect(funnelCsv(layout).rows).toEqual([
      ['awareness', 10, 40, 2],
      ['consideration', 4, 25, 3.5],
      ['evaluation', 1, 0, null],
      ['purchase', 0, null, null],
      ['customer', 0, null, null],
      ['advocate', 0, null, null],
    ]);
  });
});
