// A log of realistic size for the benchmarks: prospects across stages, shares and replies.
import { createDbHandle } from '../src/background/db';
import type { Interaction, Prospect } from '../src/shared/model';

const DAY = 86_400_000;

export async function seedLog(name: string, prospects: number, interactions: number, now: number) {
  const db = createDbHandle(name);
  const conn = await db();
  const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
  for (let i = 0; i < prospects; i++) {
    const prospect: Prospect = {
      id: `/in/member-${i}`,
      name: `Member ${i}`,
      headline: '',
      company: `Company ${i % 700}`,
      persona: ['CFO', 'COO', 'CIO'][i % 3]!,
      stage: (['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'] as const)[i % 6]!,
      tags: [],
      notes: '',
      nextFollowUp: i % 20 === 0 ? now - (i % 5) * DAY : null,
      createdAt: now - 400 * DAY,
      lastContactAt: now - (i % 30) * DAY,
      lastReplyAt: i % 3 === 0 ? now - (i % 40) * DAY : null,
    };
    void tx.objectStore('prospects').put(prospect);
  }
  for (let i = 0; i < interactions; i++) {
    const entry: Interaction = {
      at: now - (i % 365) * DAY - i,
      kind: i % 4 === 0 ? 'replied' : 'shared',
      prospectId: `/in/member-${i % prospects}`,
      contentId: `c${i % 500}`,
      channel: 'message',
      url: null,
      externalId: i % 4 === 0 ? `linkedin:seed-${i}` : null,
      note: '',
      ...(i % 4 === 0 ? {} : { status: 'sent' as const }),
    };
    void tx.objectStore('interactions').add(entry);
  }
  await tx.done;

  return db;
}
