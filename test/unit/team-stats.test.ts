// The team stats file a rep exports: what it counts, and that it holds no personal data. The
// log is seeded with people whose every detail is a distinctive string (name, profile slug,
// member id, company, headline, location, tags, notes, reply text, the page and the tagged
// link, the rep's own id and name in the settings), exported through the router as the
// dashboard asks, and none of those strings may appear anywhere in the file.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import type { ClickCount, ClickImport } from '../../src/domain/analytics/clicks';
import type { ContentItem, Interaction, Prospect, ProspectStage } from '../../src/domain/model';
import { buildTeamStats, teamPeriod } from '../../src/domain/team/team-stats';
import { readTeamStats, type TeamStatsFile } from '../../src/domain/team/team-stats-format';
import { background } from './helpers/background';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 18, 15, 30).getTime(); // a Wednesday
const page: Sender = { kind: 'extension-page', tabId: undefined };

const item = (id: string, title: string): ContentItem => ({
  id,
  url: `https://example.com/resources/${id}?utm_source=newsletter`,
  title,
  summary: 'About the buying journey.',
  format: 'case-study',
  language: 'en',
  topics: [],
  personas: ['CFO'],
  stages: ['evaluation'],
  captions: [],
  publishedAt: null,
  expiresAt: null,
  freshAt: 1,
  sourceId: null,
  example: false,
  addedAt: 1,
  updatedAt: 1,
  curatedAt: null,
});
const CONTENT = [item('case-lyon', 'Case study: the Lyon plant'), item('pricing', 'White paper: pricing')];

interface Person {
  slug: string;
  memberId: string;
  name: string;
  company: string;
  headline: string;
  notes: string;
  reply: string;
  tag: string;
  location: string;
}
const person = (p: Person, persona: string, stage: ProspectStage): Prospect => ({
  id: `/in/${p.slug}`,
  name: p.name,
  headline: p.headline,
  company: p.company,
  persona,
  stage,
  tags: [p.tag],
  notes: p.notes,
  nextFollowUp: NOW + DAY,
  createdAt: NOW - 30 * DAY,
  lastContactAt: NOW - DAY,
  lastReplyAt: NOW - DAY,
  location: p.location,
  memberId: p.memberId,
});

/** One person's log: a sent share of the case study answered by their reply, a draft of the white paper, a note, a call. */
function logOf(p: Person, index: number): Interaction[] {
  const id = `/in/${p.slug}`;
  const thread = `https://www.linkedin.com/messaging/thread/2-${p.memberId}/`;
  const base = { prospectId: id, channel: 'message' as const, url: thread, externalId: null, note: '' };
  const t0 = NOW - (3 + index) * DAY;
  return [
    {
      ...base,
      at: t0,
      kind: 'shared',
      contentId: 'case-lyon',
      status: 'sent',
      link: `https://example.com/resources/case-lyon?utm_term=${p.slug}`,
      captionIndex: 0,
    },
    { ...base, at: t0 + 3_600_000, kind: 'replied', contentId: null, externalId: `urn:li:msg:${p.memberId}`, note: p.reply },
    { ...base, at: t0 + 7_200_000, kind: 'shared', contentId: 'pricing', status: 'draft', personName: p.name },
    {
      ...base,
      at: t0 + 9_000_000,
      kind: 'note',
      contentId: null,
      channel: 'other',
      url: `https://www.linkedin.com/in/${p.slug}/recent-activity/`,
      note: p.notes,
    },
    { ...base, at: t0 + 9_600_000, kind: 'call', contentId: null, channel: 'other', note: `Called ${p.name} at ${p.company}` },
  ];
}

const DISTINCT: Person[] = [
  {
    slug: 'zebulon-quaxworth-9f3',
    memberId: 'ACoAAZebQuax01',
    name: 'Zebulon Quaxworth',
    company: 'Quaxworth Holdings',
    headline: 'Chief Zorgon Officer',
    notes: 'met at the kumquat fair',
    reply: 'marzipan budget approved',
    tag: 'tag-xylophone',
    location: 'Vladivostok-Q',
  },
  {
    slug: 'ottilie-brumblefax',
    memberId: 'ACoAAOttBrum02',
    name: 'Ottilie Brumblefax',
    company: 'Brumblefax Ltd',
    headline: 'Head of Wombat Logistics',
    notes: 'prefers jackfruit',
    reply: 'see you at the gazebo',
    tag: 'tag-ocarina',
    location: 'Reykjavik-Z',
  },
];

async function exported(
  people: Person[],
  label?: string,
  imports: readonly ClickImport[] = [],
): Promise<{ file: TeamStatsFile; text: string; ask: (type: string, payload: unknown) => Promise<unknown> }> {
  const db = createDbHandle(`nurture-team-${Math.random()}`);
  const bg = background({ db, now: () => NOW });
  const conn = await db();
  for (const content of CONTENT) await conn.put('content', content);
  for (const record of imports) await conn.put('clicks', record);
  for (const [i, p] of people.entries()) {
    await conn.put('prospects', person(p, i % 2 ? 'COO' : 'CFO', i % 2 ? 'awareness' : 'evaluation'));
    for (const entry of logOf(p, i)) await conn.add('interactions', entry);
  }
  const ask = (type: string, payload: unknown) => bg.route({ type, payload }, page);
  expect(
    await ask('settings.update', { settings: { repId: 'rep-quokka-77', senderName: 'Wilhelmina Sendersdottir', keepReplyText: true } }),
  ).toMatchObject({ ok: true });
  const answer = (await ask('team.exportStats', { weeks: 13, ...(label === undefined ? {} : { label }) })) as {
    ok: true;
    value: TeamStatsFile;
  };
  expect(answer.ok).toBe(true);
  return { file: answer.value, text: JSON.stringify(answer.value, null, 2), ask };
}

/** Every string of a JSON value, keys included. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)])
        : [];
const numbersOf = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(numbersOf)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(numbersOf)
        : [];

/** Every personal value of the DISTINCT people: none may reach a team stats file. */
const PERSONAL = DISTINCT.flatMap((p) => [
  p.slug,
  p.memberId,
  p.name,
  ...p.name.split(' '),
  p.company,
  p.headline,
  p.notes,
  p.reply,
  p.tag,
  p.location,
]);

describe('the team stats file holds no personal data', () => {
  it('names no person, profile, member id, company, headline, place, tag, note, reply, page, link or rep', async () => {
    const { text } = await exported(DISTINCT);
    const secrets = PERSONAL;
    for (const secret of [...secrets, 'rep-quokka-77', 'Wilhelmina', 'Sendersdottir', 'linkedin', 'utm_', '/in/', 'urn:li', 'messaging']) {
      expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
  });

  it('holds no time finer than the week: two days (a Monday, a Sunday) and small counts', async () => {
    const { file, text } = await exported(DISTINCT);
    expect(text.match(/\d{4}-\d{2}-\d{2}/g)?.sort()).toEqual([file.period.from, file.period.to].sort());
    expect(new Date(`${file.period.from}T12:00`).getDay()).toBe(1);
    expect(new Date(`${file.period.to}T12:00`).getDay()).toBe(0);
    expect(Math.max(...numbersOf(file))).toBeLessThan(1000);
    expect(Object.keys(file).sort()).toEqual(['exportNumber', 'format', 'installId', 'items', 'period', 'version']);
  });

  it('counts per content item by canonical URL, by persona and stage, and reads back', async () => {
    const { file, text } = await exported(DISTINCT);
    // Each person: the case study sent and answered; the white paper left a draft.
    expect(file.items).toEqual([
      {
        url: 'https://example.com/resources/case-lyon',
        title: 'Case study: the Lyon plant',
        shares: 2,
        sent: 2,
        replies: 2,
        byPersona: [
          { key: 'CFO', shares: 1, sent: 1, replies: 1 },
          { key: 'COO', shares: 1, sent: 1, replies: 1 },
        ],
        byStage: [
          { key: 'awareness', shares: 1, sent: 1, replies: 1 },
          { key: 'evaluation', shares: 1, sent: 1, replies: 1 },
        ],
      },
      {
        url: 'https://example.com/resources/pricing',
        title: 'White paper: pricing',
        shares: 2,
        sent: 0,
        replies: 0,
        byPersona: [
          { key: 'CFO', shares: 1, sent: 0, replies: 0 },
          { key: 'COO', shares: 1, sent: 0, replies: 0 },
        ],
        byStage: [
          { key: 'awareness', shares: 1, sent: 0, replies: 0 },
          { key: 'evaluation', shares: 1, sent: 0, replies: 0 },
        ],
      },
    ]);
    expect(file.period).toEqual({ from: '2026-08-24', to: '2026-11-22' });
    expect(readTeamStats(text)).toEqual({ ok: true, file });
  });

  it('keeps one random install id, counts the exports, and carries a label only when typed', async () => {
    const { file, ask } = await exported(DISTINCT);
    expect(file.installId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(file.exportNumber).toBe(1);
    expect('label' in file).toBe(false);
    const again = (await ask('team.exportStats', { weeks: null, label: '  Team North ' })) as { value: TeamStatsFile };
    expect(again.value).toMatchObject({ installId: file.installId, exportNumber: 2, label: 'Team North' });
    const blank = (await ask('team.exportStats', { weeks: 4, label: '   ' })) as { value: TeamStatsFile };
    expect('label' in blank.value).toBe(false);
    const other = await exported(DISTINCT);
    expect(other.file.installId).not.toBe(file.installId);
  });

  it('names no one, whatever their names (fast-check)', () => {
    const text = fc.string({ minLength: 6, maxLength: 40 }).filter((s) => s.trim().length >= 6);
    const people = fc.array(
      fc.record({
        slug: fc.stringMatching(/^[a-z0-9-]{6,30}$/),
        memberId: fc.stringMatching(/^ACoAA[A-Za-z0-9]{6,12}$/),
        name: text,
        company: text,
        headline: text,
        notes: text,
        reply: text,
        tag: text,
        location: text,
      }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(people, (found) => {
        const secrets = found.flatMap((p) => [p.slug, p.memberId, p.name, p.company, p.headline, p.notes, p.reply, p.tag, p.location]);
        // A random string that happens to be part of what the file may say (a title, a key) proves nothing.
        const allowed = [
          'nurture-team-stats',
          'installId',
          'exportNumber',
          'byPersona',
          'byStage',
          'awareness',
          'evaluation',
          'replies',
          ...CONTENT.flatMap((c) => [c.url, c.title]),
        ].join('\n');
        fc.pre(secrets.every((secret) => !allowed.includes(secret) && !/^[\s\d.:-]*$/.test(secret)));
        const file = buildTeamStats({
          log: found.flatMap((p, i) => logOf(p, i)),
          prospects: found.map((p, i) => person(p, i % 2 ? 'COO' : 'CFO', 'evaluation')),
          content: CONTENT,
          installId: '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f',
          exportNumber: 1,
          now: NOW,
          weeks: 13,
        });
        const strings = stringsOf(file);
        for (const secret of secrets) expect(strings.some((s) => s.includes(secret))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the period', () => {
  it('is whole local weeks ending with the export week', () => {
    expect(teamPeriod(NOW, 1, null)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(teamPeriod(NOW, 4, null)).toEqual({ from: '2026-10-26', to: '2026-11-22' });
    expect(teamPeriod(NOW, null, new Date(2026, 0, 7).getTime())).toEqual({ from: '2026-01-05', to: '2026-11-22' });
    expect(teamPeriod(NOW, null, null)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('leaves out shares before it', () => {
    const old = logOf(DISTINCT[0]!, 60); // 63 days ago
    const file = buildTeamStats({
      log: old,
      prospects: [person(DISTINCT[0]!, 'CFO', 'evaluation')],
      content: CONTENT,
      installId: '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f',
      exportNumber: 1,
      now: NOW,
      weeks: 4,
    });
    expect(file.items).toEqual([]);
    expect(
      buildTeamStats({
        log: old,
        prospects: [],
        content: CONTENT,
        installId: '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f',
        exportNumber: 1,
        now: NOW,
        weeks: 13,
      }).items.map((i) => i.shares),
    ).toEqual([1, 1]);
  });
});

// Imports of the company's web analytics, made by hand. The 13 weeks of the export at NOW run
// from 2026-08-24 to 2026-11-22.
const TOKEN = 'ntq7zz0k1m2p';
const clickImport = (from: string, to: string, counts: ClickCount[]): ClickImport => ({
  period: `${from}..${to}`,
  from,
  to,
  vendor: 'ga4',
  importedAt: NOW - DAY,
  matchedRows: counts.length,
  otherRows: 3,
  sharedSlugRows: 0,
  skipped: 0,
  counts,
});
const IMPORTS: ClickImport[] = [
  // Dated rows: each counts where its day falls.
  clickImport('2026-08-01', '2026-08-31', [
    { contentId: 'case-lyon', clicks: 40, day: '2026-08-10' }, // before the period
    { contentId: 'case-lyon', clicks: 3, day: '2026-08-25' },
  ]),
  clickImport('2026-11-01', '2026-11-15', [{ contentId: 'case-lyon', clicks: 5, day: '2026-11-10' }]),
  // Undated, within the period: counted whole; the per-share token's visits go to its item only.
  clickImport('2026-11-16', '2026-11-22', [
    { contentId: 'case-lyon', clicks: 2 },
    { contentId: 'case-lyon', clicks: 4, token: TOKEN },
    { contentId: 'pricing', clicks: 6 },
    { contentId: 'webinar', clicks: 50 }, // no share of it in the period: no row
  ]),
  // Undated, 8 of its 123 days in the period: left out, as Insights leaves it out.
  clickImport('2026-05-01', '2026-08-31', [{ contentId: 'case-lyon', clicks: 1000 }]),
];

describe('clicks per item (the analytics exports imported)', () => {
  const build = (clicks?: readonly ClickImport[]) =>
    buildTeamStats({
      log: DISTINCT.flatMap((p, i) => logOf(p, i)),
      prospects: DISTINCT.map((p, i) => person(p, i % 2 ? 'COO' : 'CFO', 'evaluation')),
      content: [...CONTENT, item('webinar', 'Webinar: forecasting')],
      installId: '7d0f3c1e-2b4a-4c5d-8e6f-9a0b1c2d3e4f',
      exportNumber: 1,
      now: NOW,
      weeks: 13,
      ...(clicks ? { clicks } : {}),
    });

  it('gives each item shared its clicks in the period, in a version-2 file that reads back', () => {
    const file = build(IMPORTS);
    // Case study: 3 (25 Aug) + 5 (10 Nov) + 2 + 4 (the token's) = 14; not the 40 of 10 Aug nor the 1000 of the old import.
    expect(file.items.map(({ url, clicks }) => ({ url, clicks }))).toEqual([
      { url: 'https://example.com/resources/case-lyon', clicks: 14 },
      { url: 'https://example.com/resources/pricing', clicks: 6 },
    ]);
    expect(file.version).toBe(2);
    expect(readTeamStats(JSON.stringify(file))).toEqual({ ok: true, file });
    expect(JSON.stringify(file)).not.toContain(TOKEN);
  });

  it('says nothing of clicks (not 0), in a version-1 file, when nothing was imported for the period', () => {
    for (const clicks of [
      undefined,
      [],
      [IMPORTS[3]!],
      [clickImport('2026-08-01', '2026-08-31', [{ contentId: 'case-lyon', clicks: 40, day: '2026-08-10' }])],
    ]) {
      const file = build(clicks);
      expect(file.version, JSON.stringify(clicks)).toBe(1);
      expect(file.items.length).toBe(2);
      for (const each of file.items) expect('clicks' in each).toBe(false);
      expect(readTeamStats(JSON.stringify(file))).toEqual({ ok: true, file });
    }
  });

  it('counts 0 for an item the analytics saw no visit to, when an import covers the period', () => {
    const file = build([clickImport('2026-11-16', '2026-11-22', [{ contentId: 'case-lyon', clicks: 9 }])]);
    expect(file.items.map((each) => each.clicks)).toEqual([9, 0]);
  });

  it('through the request: the clicks, and still no person, token or day', async () => {
    const { file, text } = await exported(DISTINCT, undefined, IMPORTS);
    expect(file.items.map((each) => each.clicks)).toEqual([14, 6]);
    const secrets = PERSONAL;
    for (const secret of [...secrets, TOKEN, 'webinar', 'ga4', 'rep-quokka-77', 'Wilhelmina', 'linkedin', 'utm_', '/in/'])
      expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    expect(text.match(/\d{4}-\d{2}-\d{2}/g)?.sort()).toEqual([file.period.from, file.period.to].sort());
    expect(readTeamStats(text)).toEqual({ ok: true, file });
  });
});
