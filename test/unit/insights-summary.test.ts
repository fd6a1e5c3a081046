// The insights summary answers exactly what computeInsights answers over the whole log: after a
// rebuild, after any sequence of writes followed person by person, through the real requests,
// after a restore, and for a period.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActivity } from '../../src/background/activity';
import { createDbHandle, type NurtureDb } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { computeInsights } from '../../src/domain/insights/metrics';
import { PROSPECT_STAGES, type Interaction, type Prospect } from '../../src/domain/model';
import { REPLY_CLASSES } from '../../src/domain/replies/types';
import { background } from './helpers/background';
import { item } from './helpers/items';

const DAY = 86_400_000;
const T0 = new Date(2026, 8, 7).getTime(); // a Monday, local
const IDS = ['/in/a', '/in/b', '/in/c', '/in/d'];
const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };

let n = 0;
const freshDb = () => createDbHandle(`nurture-summary-${++n}`);

const prospectArb = (id: string) =>
  fc
    .record({
      persona: fc.constantFrom('', 'CFO', 'COO'),
      stage: fc.constantFrom(...PROSPECT_STAGES),
      created: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ persona, stage, created }): Prospect => ({
      id,
      name: id,
      headline: '',
      company: '',
      persona,
      stage,
      tags: [],
      notes: '',
      nextFollowUp: null,
      createdAt: T0 + created * DAY,
      lastContactAt: null,
      lastReplyAt: null,
    }));

/** An entry: times on a coarse grid (ties happen), people tracked, orphaned (/in/gone) or none; replies of every class, or of none (logged before classes). */
const entryArb = fc
  .record({
    kind: fc.constantFrom('shared', 'shared', 'replied', 'replied', 'stage', 'note', 'posted'),
    owner: fc.constantFrom(...IDS, '/in/gone', null),
    day: fc.integer({ min: 0, max: 90 }),
    half: fc.boolean(),
    sent: fc.boolean(),
    content: fc.constantFrom('X', 'Y', 'Z', null),
    from: fc.constantFrom(...PROSPECT_STAGES),
    to: fc.constantFrom(...PROSPECT_STAGES),
    replyClass: fc.constantFrom(undefined, ...REPLY_CLASSES),
  })
  .map(({ kind, owner, day, half, sent, content, from, to, replyClass }): Interaction => ({
    at: T0 + day * DAY + (half ? DAY / 2 : 0),
    kind: kind as Interaction['kind'],
    prospectId: owner,
    contentId: kind === 'shared' ? content : null,
    channel: 'message',
    url: null,
    externalId: null,
    note: '',
    ...(kind === 'shared' ? { status: sent ? ('sent' as const) : ('draft' as const) } : {}),
    ...(kind === 'stage' ? { stageFrom: from, stageTo: to } : {}),
    ...(kind === 'replied' && replyClass ? { replyClass } : {}),
  }));

/** One write, done straight to the database, and whom it touched (what the router's table would name). */
type Write = (conn: NurtureDb) => Promise<string[]>;
const writeArb: fc.Arbitrary<Write> = fc.oneof(
  entryArb.map(
    (entry): Write =>
      async (conn) => (await conn.add('interactions', entry), [entry.prospectId ?? '#none']),
  ),
  fc.nat().map((pick): Write => async (conn) => {
    const all = await conn.getAll('interactions');
    const entry = all[pick % Math.max(1, all.length)];
    if (!entry) return [];
    await conn.delete('interactions', entry.id!);
    return [entry.prospectId ?? '#none'];
  }),
  fc.nat().map((pick): Write => async (conn) => {
    const drafts = (await conn.getAll('interactions')).filter((entry) => entry.status === 'draft');
    const entry = drafts[pick % Math.max(1, drafts.length)];
    if (!entry) return [];
    await conn.put('interactions', { ...entry, status: 'sent' });
    return [entry.prospectId ?? '#none'];
  }),
  fc
    .tuple(fc.constantFrom(...IDS), fc.constantFrom('', 'CFO', 'CIO'), fc.constantFrom(...PROSPECT_STAGES))
    .map(([id, persona, stage]): Write => async (conn) => {
      const record = await conn.get('prospects', id);
      if (record) await conn.put('prospects', { ...record, persona, stage });
      return [id];
    }),
  fc.constantFrom(...IDS).map(
    (id): Write =>
      async (conn) => (await conn.delete('prospects', id), [id]),
  ),
  fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS)).map(([from, to]): Write => async (conn) => {
    // A merge: every entry of one person moves to another.
    for (const entry of await conn.getAllFromIndex(
      'interactions',
      'by-prospect-at',
      IDBKeyRange.bound([from, -Infinity], [from, Infinity]),
    ))
      await conn.put('interactions', { ...entry, prospectId: to });
    return [from, to];
  }),
);

async function seed(conn: NurtureDb, prospects: readonly Prospect[], log: readonly Interaction[]) {
  const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
  for (const prospect of prospects) void tx.objectStore('prospects').put(prospect);
  for (const entry of log) void tx.objectStore('interactions').add(entry);
  await tx.done;
}

/** Key order and the order of equal multisets aside: the same records. */
const normal = (value: unknown): unknown =>
  value instanceof Map
    ? [...value].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([k, v]) => [k, normal(v)])
    : Array.isArray(value)
      ? value.every((x) => typeof x === 'number')
        ? [...value].sort((a, b) => a - b)
        : value.map(normal)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, normal(v)]),
          )
        : value;

/** The reference: computeInsights over the whole database as it is. */
async function reference(conn: NurtureDb) {
  return computeInsights(await conn.getAll('interactions'), await conn.getAll('prospects'));
}

describe('the insights summary', () => {
  it('answers what computeInsights answers, after a rebuild and after any writes followed person by person', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...IDS.map(prospectArb)),
        fc.subarray(IDS),
        fc.array(entryArb, { maxLength: 40 }),
        fc.array(writeArb, { maxLength: 12 }),
        async (all, tracked, log, writes) => {
          const db = freshDb();
          const conn = await db();
          const activity = createActivity({ db, now: () => T0 + 100 * DAY });
          await seed(
            conn,
            all.filter((prospect) => tracked.includes(prospect.id)),
            log,
          );
          expect((await activity.insights('all')).insights).toEqual(await reference(conn));
          for (const write of writes) {
            const touched = await write(conn);
            await activity.followWrite({ kind: 'people', ids: touched });
            expect((await activity.insights('all')).insights).toEqual(await reference(conn));
          }
          // And the summary it reached is the one a rebuild makes: no residue of any write.
          const summary = async () => ({
            weeks: await conn.getAll('insight-weeks', IDBKeyRange.bound('0', '9\uffff')),
            people: await conn.getAll('insight-people'),
          });
          const followed = await summary();
          await activity.followWrite({ kind: 'rebuild', wait: true });
          expect(normal(await summary())).toEqual(normal(followed));
          conn.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers a period from its weeks: the shares and replies in it, and the prospects created in it', async () => {
    const db = freshDb();
    const conn = await db();
    const now = T0 + 70 * DAY + 3600_000; // a Monday morning, ten weeks after T0
    const prospects: Prospect[] = [
      {
        id: '/in/old',
        name: 'Old',
        headline: '',
        company: '',
        persona: 'CFO',
        stage: 'consideration',
        tags: [],
        notes: '',
        nextFollowUp: null,
        createdAt: T0,
        lastContactAt: null,
        lastReplyAt: null,
      },
      {
        id: '/in/new',
        name: 'New',
        headline: '',
        company: '',
        persona: 'COO',
        stage: 'awareness',
        tags: [],
        notes: '',
        nextFollowUp: null,
        createdAt: T0 + 66 * DAY,
        lastContactAt: null,
        lastReplyAt: null,
      },
    ];
    const base = { channel: 'message' as const, url: null, externalId: null, note: '' };
    await seed(conn, prospects, [
      { ...base, at: T0 + DAY, kind: 'shared', status: 'sent', prospectId: '/in/old', contentId: 'X' },
      { ...base, at: T0 + 2 * DAY, kind: 'replied', prospectId: '/in/old', contentId: null },
      { ...base, at: T0 + 67 * DAY, kind: 'shared', status: 'sent', prospectId: '/in/new', contentId: 'Y' },
      { ...base, at: T0 + 68 * DAY, kind: 'replied', prospectId: '/in/new', contentId: null, replyClass: 'out-of-office' },
      { ...base, at: T0 + 69 * DAY, kind: 'replied', prospectId: '/in/new', contentId: null, replyClass: 'interested' },
      { ...base, at: T0 + 70 * DAY, kind: 'replied', prospectId: null, contentId: null },
    ]);
    const activity = createActivity({ db, now: () => now });
    const fourWeeks = await activity.insights('4w');
    expect(fourWeeks.from).toBe(new Date(T0 + 49 * DAY).toLocaleDateString('sv'));
    expect(fourWeeks.insights.weeks.map((week) => [week.shares, week.replies])).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(fourWeeks.insights.byContent.map((row) => row.key)).toEqual(['Y']);
    // The out-of-office came first; the answer about the content came after the return.
    expect(fourWeeks.insights.byContent[0]).toMatchObject({
      shares: 1,
      replied: 1,
      interestedRate: 1,
      answers: { interested: 1, 'out-of-office': 0 },
    });
    expect(fourWeeks.insights.funnel.map((row) => row.reached)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(fourWeeks.titles).toEqual([]);
    const all = await activity.insights('all');
    // 'all' runs from the first week with activity to this week; the opening weeks are all time's.
    const day = (time: number) => new Date(time).toLocaleDateString('sv');
    expect([all.from, all.to, all.thisWeek]).toEqual([day(T0), day(now), day(now)]);
    expect(fourWeeks.opening).toEqual([
      { week: day(T0), shares: 1, replies: 1 },
      { week: day(T0 + 63 * DAY), shares: 1, replies: 2 },
    ]);
    expect(fourWeeks.opening).toEqual(all.opening);
    expect(all.insights).toEqual(await reference(conn));
    // X's reply was logged before classes: an answer of class other.
    expect(all.insights.byContent.find((row) => row.key === 'X')!.answers).toMatchObject({ other: 1, interested: 0 });
    expect((await activity.insights('12w')).insights).toEqual(all.insights);
  });

  it('reads the opening weeks through the first share, and ends a period with this week (all: with the last data)', async () => {
    const db = freshDb();
    const conn = await db();
    const now = T0 + 70 * DAY + 3600_000;
    const base = { channel: 'message' as const, url: null, externalId: null, note: '', contentId: null };
    await seed(
      conn,
      [],
      [
        // Replies logged without a prospect in two weeks, then the first share in a third.
        { ...base, at: T0 + DAY, kind: 'replied', prospectId: null },
        { ...base, at: T0 + 8 * DAY, kind: 'replied', prospectId: null },
        { ...base, at: T0 + 15 * DAY, kind: 'shared', status: 'sent', prospectId: '/in/a' },
        { ...base, at: T0 + 30 * DAY, kind: 'shared', status: 'sent', prospectId: '/in/a' },
        // A clock set back: an entry two weeks after now.
        { ...base, at: now + 14 * DAY, kind: 'shared', status: 'sent', prospectId: '/in/a' },
      ],
    );
    const activity = createActivity({ db, now: () => now });
    const day = (time: number) => new Date(time).toLocaleDateString('sv');
    const four = await activity.insights('4w');
    expect(four.opening.map((week) => [week.week, week.shares])).toEqual([
      [day(T0), 0],
      [day(T0 + 7 * DAY), 0],
      [day(T0 + 14 * DAY), 1],
    ]);
    expect(four.to).toBe(day(now));
    expect(four.insights.weeks).toEqual([]);
    const all = await activity.insights('all');
    expect([all.from, all.to]).toEqual([day(T0), day(T0 + 84 * DAY)]);
    expect(all.insights.weeks.map((week) => week.week)).toContain(day(T0 + 84 * DAY));
  });

  it('follows the real write requests, and rebuilds after a restore', async () => {
    const db = freshDb();
    let clock = T0;
    const { route } = background({ db, now: () => (clock += 3 * 3600_000) });
    const call = async <T>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
      const answer = await route({ type, payload }, sender);
      if (!answer.ok) throw new Error(`${type}: ${answer.error.message}`);
      return answer.value as T;
    };
    const conn = await db();
    const check = async () => expect((await call<{ insights: unknown }>('insights.compute', {})).insights).toEqual(await reference(conn));
    await conn.put('content', item({ id: 'X', url: 'https://example.com/x', title: 'X' }));
    await check();
    await call('prospects.add', { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: '' });
    await call('prospects.add', { profilePath: '/in/bob', name: 'Bob Beispiel', headline: '', company: '' });
    await check();
    const thread = 'https://www.linkedin.com/messaging/thread/2-x/';
    const link = 'https://example.com/x?utm_source=linkedin';
    await call(
      'share.log',
      { contentId: 'X', prospectId: '/in/ada', channel: 'message', pageUrl: thread, link, captionIndex: null },
      content,
    );
    await check();
    await call('share.confirmSent', { prospectId: '/in/ada', links: [link] }, content);
    await check();
    await call(
      'share.log',
      { contentId: 'X', prospectId: null, personName: 'Bob Beispiel', channel: 'message', pageUrl: thread, link, captionIndex: null },
      content,
    );
    await call('share.confirmSent', { prospectId: null, personName: 'Bob Beispiel', links: [link] }, content);
    await check();
    await call('replies.record', { prospectId: '/in/ada', pageUrl: thread, replies: [{ externalId: 'm1', text: '' }] }, content);
    await check();
    await call('prospects.update', { id: '/in/ada', patch: { stage: 'evaluation', persona: 'CFO' } });
    await check();
    const { id } = await call<{ id: number }>(
      'share.log',
      {
        contentId: 'X',
        prospectId: null,
        personName: 'Someone Else',
        channel: 'message',
        pageUrl: thread,
        link: 'https://example.com/x?b=1',
        captionIndex: null,
      },
      content,
    );
    await call('activity.linkPerson', { id, prospectId: '/in/bob' });
    await check();
    const entries = await conn.getAll('interactions');
    await call('activity.delete', { id: entries.find((entry) => entry.kind === 'replied')!.id! });
    await check();
    const backup = await call<{ text: string }>('backup.export', {});
    expect(backup.text).not.toContain('insight');
    await call('prospects.erase', { id: '/in/ada' });
    await check();
    expect(JSON.stringify(await conn.getAll('insight-people'))).not.toContain('/in/ada');
    await call('backup.import', { text: backup.text, mode: 'replace' });
    await check();
    expect((await call<{ insights: { byPersona: unknown[] } }>('insights.compute', {})).insights.byPersona).toHaveLength(1);
  });
});
