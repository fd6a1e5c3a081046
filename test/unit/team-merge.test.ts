// Two reps' team stats files merged into the team's view, against totals computed by hand; a
// rep's file given twice counted once; and the reader refusing what is not a sound file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasClicks, mergeTeamStats, type LoadedTeamFile, type TeamView } from '../../src/domain/team/team-merge';
import { readTeamStats, TEAM_ITEMS_MAX, type TeamStatsFile } from '../../src/domain/team/team-stats-format';

const repBText = readFileSync('test/fixtures/team/rep-b.json', 'utf8');
const repBRead = readTeamStats(repBText);
if (!repBRead.ok) throw new Error(`rep-b.json: ${JSON.stringify(repBRead)}`);
const repB = repBRead.file;

// Rep A: the case study sent to a CFO in evaluation (answered) and to a COO in awareness (not);
// the white paper left a draft for the COO.
const repA: TeamStatsFile = {
  format: 'nurture-team-stats',
  version: 1,
  installId: '0e6f8a1b-2c3d-4e5f-9a7b-8c9d0e1f2a3b',
  exportNumber: 1,
  period: { from: '2026-08-24', to: '2026-11-22' },
  items: [
    {
      url: 'https://example.com/resources/case-lyon',
      title: 'Case study: the Lyon plant',
      shares: 2,
      sent: 2,
      replies: 1,
      byPersona: [
        { key: 'CFO', shares: 1, sent: 1, replies: 1 },
        { key: 'COO', shares: 1, sent: 1, replies: 0 },
      ],
      byStage: [
        { key: 'evaluation', shares: 1, sent: 1, replies: 1 },
        { key: 'awareness', shares: 1, sent: 1, replies: 0 },
      ],
    },
    {
      url: 'https://example.com/resources/pricing',
      title: 'White paper: pricing',
      shares: 1,
      sent: 0,
      replies: 0,
      byPersona: [{ key: 'COO', shares: 1, sent: 0, replies: 0 }],
      byStage: [{ key: 'awareness', shares: 1, sent: 0, replies: 0 }],
    },
  ],
};

const files: LoadedTeamFile[] = [
  { name: 'rep-a.json', file: repA },
  { name: 'rep-b.json', file: repB },
];

describe('two reps merged, against hand-computed totals', () => {
  const view = mergeTeamStats(files);

  it('sums each item matched by canonical URL, with how many reps shared it', () => {
    // Case study: A 2/2/1 + B 3/3/2 (B's address carries utm_source: the same article) = 5/5/3, 3/5.
    // White paper: A 1/0/0 + B 2/2/1 = 3/2/1, 1/2. Webinar: B only, 1/1/0.
    expect(
      view.items.map(({ url, title, reps, shares, sent, replies, rate }) => ({ url, title, reps, shares, sent, replies, rate })),
    ).toEqual([
      {
        url: 'https://example.com/resources/case-lyon',
        title: 'Case study: the Lyon plant',
        reps: 2,
        shares: 5,
        sent: 5,
        replies: 3,
        rate: 0.6,
      },
      { url: 'https://example.com/resources/pricing', title: 'White paper: pricing', reps: 2, shares: 3, sent: 2, replies: 1, rate: 0.5 },
      {
        url: 'https://example.com/resources/forecasting-webinar',
        title: 'Webinar: forecasting',
        reps: 1,
        shares: 1,
        sent: 1,
        replies: 0,
        rate: 0,
      },
    ]);
    expect(view.totals).toEqual({ shares: 9, sent: 8, replies: 4, rate: 0.5 });
    expect(view.items[0]!.byPersona).toEqual([
      { key: 'CFO', shares: 3, sent: 3, replies: 3, rate: 1 },
      { key: 'COO', shares: 1, sent: 1, replies: 0, rate: 0 },
      { key: 'CTO', shares: 1, sent: 1, replies: 0, rate: 0 },
    ]);
    expect(view.items[1]!.byStage).toEqual([{ key: 'awareness', shares: 3, sent: 2, replies: 1, rate: 0.5 }]);
  });

  it('sums the team per persona and per stage', () => {
    // CFO: A 1/1/1 + B 2/2/2. COO: A 1/1/0 (case) + 1/0/0 (paper) + B 2/2/1. CTO: B 1/1/0.
    expect(view.byPersona).toEqual([
      { key: 'CFO', shares: 3, sent: 3, replies: 3, rate: 1 },
      { key: 'COO', shares: 4, sent: 3, replies: 1, rate: 1 / 3 },
      { key: 'CTO', shares: 1, sent: 1, replies: 0, rate: 0 },
    ]);
    // evaluation: A 1/1/1 + B 2/2/1. awareness: A 1/1/0 + 1/0/0 + B 2/2/1. consideration, purchase: B.
    expect(view.byStage).toEqual([
      { key: 'evaluation', shares: 3, sent: 3, replies: 2, rate: 2 / 3 },
      { key: 'consideration', shares: 1, sent: 1, replies: 1, rate: 1 },
      { key: 'awareness', shares: 4, sent: 3, replies: 1, rate: 1 / 3 },
      { key: 'purchase', shares: 1, sent: 1, replies: 0, rate: 0 },
    ]);
  });

  it('says how many files and reps, the weeks, and the labels typed', () => {
    expect(view).toMatchObject({
      files: 2,
      reps: 2,
      setAside: [],
      labels: ['Rep B'],
      period: { from: '2026-08-24', to: '2026-11-22' },
      samePeriod: true,
    });
  });

  it('counts a rep once when their id comes twice: the latest export wins, whatever the order', () => {
    const older: TeamStatsFile = {
      ...repB,
      exportNumber: 2,
      items: [{ ...repB.items[0]!, shares: 90, sent: 90, replies: 90, byPersona: [], byStage: [] }],
    };
    for (const given of [
      [...files, { name: 'rep-b-old.json', file: older }],
      [{ name: 'rep-b-old.json', file: older }, ...files],
    ]) {
      const merged = mergeTeamStats(given);
      expect(merged).toMatchObject({ files: 3, reps: 2, setAside: ['rep-b-old.json'], totals: { shares: 9, sent: 8, replies: 4 } });
    }
    // The very same file twice: one counts (the later), the other is set aside.
    const twice = mergeTeamStats([...files, { name: 'copy of rep-a.json', file: repA }]);
    expect(twice).toMatchObject({ files: 3, reps: 2, setAside: ['rep-a.json'], totals: { shares: 9, sent: 8, replies: 4 } });
  });

  it('flags files over different weeks, and is empty with no file', () => {
    expect(
      mergeTeamStats([
        ...files,
        {
          name: 'c.json',
          file: { ...repA, installId: '1e6f8a1b-2c3d-4e5f-9a7b-8c9d0e1f2a3b', period: { from: '2026-11-16', to: '2026-11-22' } },
        },
      ]).samePeriod,
    ).toBe(false);
    expect(mergeTeamStats([])).toMatchObject({
      files: 0,
      reps: 0,
      period: null,
      items: [],
      totals: { shares: 0, sent: 0, replies: 0, rate: null },
    });
  });
});

describe('reading a team stats file', () => {
  const text = (file: unknown) => JSON.stringify(file);
  const problem = (file: unknown) => {
    const read = readTeamStats(typeof file === 'string' ? file : text(file));
    return read.ok ? 'ok' : read.problem;
  };
  const withItem = (patch: object) => ({ ...repA, items: [{ ...repA.items[0]!, ...patch }] });

  it('takes a sound file, with a byte-order mark too', () => {
    expect(readTeamStats(`\uFEFF${repBText}`)).toEqual({ ok: true, file: repB });
  });

  it('refuses what is not JSON, not a team stats file, or an unknown version', () => {
    expect(problem('{"format": "nurture-team-stats", ')).toBe('not-json');
    expect(problem(`${repBText.slice(0, 200)}`)).toBe('not-json');
    expect(problem({ nurture: 'backup', stores: {} })).toBe('not-team-stats');
    expect(problem([repA])).toBe('not-team-stats');
    expect(readTeamStats(text({ ...repA, version: 3 }))).toEqual({ ok: false, problem: 'version', version: '3' });
    expect(problem({ ...repA, version: 0 })).toBe('version');
    expect(problem({ ...repA, version: '1' })).toBe('version');
  });

  it('refuses oversized files and fields', () => {
    expect(problem(' '.repeat(5_000_001))).toBe('too-big');
    const item = repA.items[1]!;
    const many = Array.from({ length: TEAM_ITEMS_MAX + 1 }, (_, i) => ({ ...item, url: `https://example.com/${i}` }));
    expect(problem({ ...repA, items: many })).toBe('invalid');
    expect(problem({ ...repA, items: many.slice(0, TEAM_ITEMS_MAX) })).toBe('ok');
    expect(problem(withItem({ title: 'x'.repeat(301) }))).toBe('invalid');
    expect(problem(withItem({ title: 'x'.repeat(300) }))).toBe('ok');
    expect(problem(withItem({ url: `https://example.com/${'a'.repeat(2000)}` }))).toBe('invalid');
    expect(problem({ ...repA, label: 'x'.repeat(61) })).toBe('invalid');
    expect(
      problem(withItem({ byPersona: Array.from({ length: 101 }, (_, i) => ({ key: `P${i}`, shares: 0, sent: 0, replies: 0 })) })),
    ).toBe('invalid');
    expect(problem(withItem({ shares: 2_000_000, sent: 2, replies: 1 }))).toBe('invalid');
  });

  it('refuses malformed fields, unknown keys and numbers that do not add up', () => {
    const bad: [string, unknown][] = [
      ['install id not a UUID', { ...repA, installId: 'ana' }],
      ['unknown key (a name)', { ...repA, repName: 'Ana Sample' }],
      ['unknown key in an item', withItem({ prospects: ['/in/ada'] })],
      ['javascript: address', withItem({ url: 'javascript:alert(1)' })],
      ['a control character', withItem({ title: 'a\u0007b' })],
      ['a day that is not one', { ...repA, period: { from: '2026-02-30', to: '2026-11-22' } }],
      ['period upside down', { ...repA, period: { from: '2026-11-23', to: '2026-11-22' } }],
      ['negative count', withItem({ shares: -1 })],
      ['fractional count', withItem({ sent: 1.5 })],
      ['more sent than shares', withItem({ shares: 1, sent: 2 })],
      ['more replies than sent', withItem({ replies: 3 })],
      ['an unknown stage', withItem({ byStage: [{ key: 'lunch', shares: 1, sent: 1, replies: 0 }] })],
      [
        'rows beyond the item',
        withItem({
          byPersona: [
            { key: 'CFO', shares: 2, sent: 2, replies: 1 },
            { key: 'CTO', shares: 1, sent: 1, replies: 0 },
          ],
        }),
      ],
      [
        'the same key twice',
        withItem({
          byPersona: [
            { key: 'CFO', shares: 1, sent: 1, replies: 1 },
            { key: 'CFO', shares: 1, sent: 1, replies: 0 },
          ],
        }),
      ],
      ['the same url twice', { ...repA, items: [repA.items[0], repA.items[0]] }],
      ['export number 0', { ...repA, exportNumber: 0 }],
    ];
    for (const [why, file] of bad) expect(problem(file), why).toBe('invalid');
  });

  it('says where a file is wrong', () => {
    expect(readTeamStats(text(withItem({ sent: 1.5 })))).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringContaining('items.0.sent'),
    });
    expect(readTeamStats(text(withItem({ replies: 3 })))).toMatchObject({ detail: 'items[0]: replies ≤ sent ≤ shares does not hold' });
  });
});

describe('clicks (format version 2)', () => {
  const repCText = readFileSync('test/fixtures/team/rep-c.json', 'utf8');
  const repCRead = readTeamStats(repCText);
  if (!repCRead.ok) throw new Error(`rep-c.json: ${JSON.stringify(repCRead)}`);
  const repC = repCRead.file;
  // Rep A again, having imported the company's analytics export: 7 visits for the case study, 4 for the white paper.
  const repAClicks: TeamStatsFile = {
    ...repA,
    version: 2,
    exportNumber: 2,
    items: [
      { ...repA.items[0]!, clicks: 7 },
      { ...repA.items[1]!, clicks: 4 },
    ],
  };
  const clicksOf = (view: TeamView) => Object.fromEntries(view.items.map((item) => [item.url.split('/').pop(), item.clicks]));

  it('reads a version-2 file with clicks', () => {
    expect(repC.version).toBe(2);
    expect(repC.items.map((item) => item.clicks)).toEqual([12, 0]);
    expect(readTeamStats(JSON.stringify(repAClicks))).toEqual({ ok: true, file: repAClicks });
  });

  it('takes the largest count any file gives an item, never the sum, whatever the order', () => {
    for (const given of [
      [repAClicks, repB, repC],
      [repC, repB, repAClicks],
      [repB, repC, repAClicks],
    ]) {
      const view = mergeTeamStats(given.map((file, i) => ({ name: `${i}.json`, file })));
      // Case study: A 7, C 12 → 12 (not 19). White paper: A 4, C 0 → 4. Webinar: only B, which has none → unknown.
      expect(clicksOf(view)).toEqual({ 'case-lyon': 12, pricing: 4, 'forecasting-webinar': undefined });
      expect('clicks' in view.items.find((item) => item.url.endsWith('webinar'))!).toBe(false);
      expect(view.totals.clicks).toBe(16);
      expect(hasClicks(view)).toBe(true);
      // The other counts are summed as before: A 2/2/1 + B 3/3/2 + C 1/1/0.
      expect(view.items.find((item) => item.url.endsWith('case-lyon'))).toMatchObject({ shares: 6, sent: 6, replies: 3, reps: 3 });
    }
  });

  it('merges old files without clicks beside new ones, and with none says nothing of clicks', () => {
    const mixed = mergeTeamStats([
      { name: 'rep-b.json', file: repB },
      { name: 'rep-c.json', file: repC },
    ]);
    expect(clicksOf(mixed)).toEqual({ 'case-lyon': 12, pricing: 0, 'forecasting-webinar': undefined });
    expect(mixed).toMatchObject({ files: 2, reps: 2, totals: { shares: 8, sent: 7, replies: 3, clicks: 12 } });
    const old = mergeTeamStats(files);
    expect(hasClicks(old)).toBe(false);
    expect(old.items.every((item) => !('clicks' in item))).toBe(true);
    expect('clicks' in old.totals).toBe(false);
  });

  it('keeps a rep’s latest file for clicks too', () => {
    const later: TeamStatsFile = { ...repAClicks, exportNumber: 3, items: [{ ...repAClicks.items[0]!, clicks: 30 }] };
    const view = mergeTeamStats([
      { name: 'a2.json', file: repAClicks },
      { name: 'a3.json', file: later },
      { name: 'c.json', file: repC },
    ]);
    expect(view.setAside).toEqual(['a2.json']);
    expect(clicksOf(view)).toEqual({ 'case-lyon': 30, pricing: 0 });
  });

  it('refuses clicks in a version-1 file, clicks that are not a count, and versions it does not know', () => {
    const problem = (file: unknown) => {
      const read = readTeamStats(JSON.stringify(file));
      return read.ok ? 'ok' : read.problem;
    };
    expect(readTeamStats(JSON.stringify({ ...repAClicks, version: 1 }))).toEqual({
      ok: false,
      problem: 'invalid',
      detail: 'items[0].clicks: not in format version 1',
    });
    for (const clicks of [-1, 1.5, 2_000_000, '7', null])
      expect(problem({ ...repAClicks, items: [{ ...repAClicks.items[0]!, clicks }] }), String(clicks)).toBe('invalid');
    expect(problem({ ...repAClicks, items: [{ ...repAClicks.items[0]!, clicks: 1_000_000 }] })).toBe('ok');
    // A version-2 file need not carry clicks: every item may be unknown.
    expect(problem({ ...repA, version: 2 })).toBe('ok');
    expect(readTeamStats(JSON.stringify({ ...repC, version: 3 }))).toEqual({ ok: false, problem: 'version', version: '3' });
  });
});
