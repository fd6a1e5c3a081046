// The popup's recent activity as the background answers it (activity.recent): newest first, the
// item's title, and whom each entry was with as a name, never as a profile path.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createActivity } from '../../src/background/activity';
import { createDbHandle } from '../../src/background/db';
import type { Interaction } from '../../src/domain/model';
import { item } from './helpers/items';
import { prospect } from './helpers/prospects';

const MEMBER = 'ACoAABcdefghijklmnop';
const logged = (at: number, over: Partial<Interaction>): Interaction => ({
  at,
  kind: 'shared',
  prospectId: null,
  contentId: null,
  channel: 'message',
  url: null,
  externalId: null,
  note: '',
  ...over,
});

let n = 0;
async function setup(entries: Interaction[]) {
  const db = createDbHandle(`nurture-recent-${++n}`);
  const conn = await db();
  await conn.put('content', item({ id: 'c1', title: 'CFO case' }));
  await conn.put('prospects', prospect({ memberId: MEMBER }));
  await conn.put('prospects', prospect({ id: '/in/bruno-exemple', name: 'Bruno Exemple' }));
  for (const entry of entries) await conn.add('interactions', entry);
  return createActivity({ db, now: () => 100 });
}

describe('activity.recent', () => {
  it('names each entry’s person: their record (by any id it learned), else the conversation’s name', async () => {
    const activity = await setup([
      logged(1, { prospectId: '/in/ada-sample', contentId: 'c1', status: 'draft' }),
      // Logged under her member id before she was tracked by her slug.
      logged(2, { kind: 'replied', prospectId: `/in/${MEMBER}` }),
      logged(3, { prospectId: null, personName: 'Lucía Ejemplo', contentId: 'c1' }),
      // Only a profile path, nobody tracked there: no name to give.
      logged(4, { prospectId: '/in/ada-sample-42', contentId: 'gone' }),
      logged(5, { kind: 'stage', prospectId: '/in/bruno-exemple', stageFrom: 'awareness', stageTo: 'evaluation' }),
      logged(6, { kind: 'call', prospectId: null, note: 'Cold call' }),
    ]);
    const { entries } = await activity.recent(10);
    expect(entries.map(({ interaction, contentTitle, prospectName, who }) => [interaction.at, contentTitle, prospectName, who])).toEqual([
      [6, null, null, null],
      [5, null, 'Bruno Exemple', 'Bruno Exemple'],
      [4, null, null, null],
      [3, 'CFO case', null, 'Lucía Ejemplo'],
      [2, null, 'Ada Sample', 'Ada Sample'],
      [1, 'CFO case', 'Ada Sample', 'Ada Sample'],
    ]);
  });

  it('stops at the limit', async () => {
    const activity = await setup([1, 2, 3, 4].map((at) => logged(at, { prospectId: '/in/ada-sample' })));
    expect((await activity.recent(2)).entries.map((entry) => entry.interaction.at)).toEqual([4, 3]);
  });
});
