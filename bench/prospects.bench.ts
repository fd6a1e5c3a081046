// Prospects at scale: 10,000 prospects and 100,000 interactions. The popup's due/awaiting
// lists, a prospect's timeline, and recording a reply, in the background's own code, on
// fake-indexeddb in Node (slower than a browser's IndexedDB: an upper bound).
import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { seedLog } from './seed';
import { createProspects } from '../src/background/prospects';
import { measure, ms, table } from './figures';
import { record } from './record';

const PROSPECTS = 10_000;
const INTERACTIONS = 100_000;
const now = Date.UTC(2026, 10, 22, 10);

it('prospects: 10,000 prospects and 100,000 interactions', async () => {
  const db = await seedLog('bench-prospects', PROSPECTS, INTERACTIONS, now);
  const prospects = createProspects({ db, now: () => now });
  const today = await measure(() => prospects.today(), 20, 2);
  const timeline = await measure(() => prospects.timeline('/in/member-42'), 50, 3);
  let n = 0;
  const reply = await measure(
    () =>
      prospects.recordReplies(
        '/in/member-7',
        [{ externalId: `urn:bench-${++n}`, text: null }],
        'https://www.linkedin.com/messaging/thread/x/',
      ),
    100,
    5,
  );
  const again = await measure(
    () =>
      prospects.recordReplies('/in/member-7', [{ externalId: 'urn:bench-1', text: null }], 'https://www.linkedin.com/messaging/thread/x/'),
    100,
    5,
  );
  const { due, awaiting } = await prospects.today();
  record('prospects', [
    {
      figure: `popup due/awaiting lists, ${PROSPECTS} prospects (fake-indexeddb)`,
      median: today.median,
      p95: today.p95,
      budget: '< 150 ms',
    },
    { figure: 'prospect timeline (fake-indexeddb)', median: timeline.median, p95: timeline.p95, budget: '< 100 ms' },
    { figure: 'record one reply (fake-indexeddb)', median: reply.median, p95: reply.p95, budget: '< 10 ms' },
  ]);
  table(`Prospects: ${PROSPECTS} prospects, ${INTERACTIONS} interactions (fake-indexeddb in Node)`, [
    {
      operation: `popup lists (due ${due.length}, awaiting ${awaiting.length}); budget 150 ms`,
      median: ms(today.median),
      p95: ms(today.p95),
    },
    { operation: 'a prospect page timeline; budget 100 ms', median: ms(timeline.median), p95: ms(timeline.p95) },
    { operation: 'record a new reply; budget 10 ms', median: ms(reply.median), p95: ms(reply.p95) },
    { operation: 'record a reply already recorded (reload)', median: ms(again.median), p95: ms(again.p95) },
  ]);
}, 300_000);
