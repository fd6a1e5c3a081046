// Realistic data of any size for the benchmarks, the same every run: prospects with names in
// several scripts, shares and replies over a year. `makeLog` builds the records; `seedLog`
// writes them into a fake-indexeddb database (Node), `backupText` into a restorable file
// (Chromium, through the built extension).
import { createDbHandle } from '../src/background/db';
import { DB_VERSION } from '../src/background/db';
import type { ContentItem, Interaction, Prospect } from '../src/shared/model';
import { makeCorpus } from './corpus';

const DAY = 86_400_000;
const FIRST = ['Ada', 'Hélène', 'Jörg', 'Zoë', 'Łukasz', 'Søren', 'Иван', 'Мария', '王芳', '李伟', 'さくら', 'محمد', 'Ngozi', 'Thiago', 'Aoife'];
const LAST = ['Sample', 'Dupont-Lefèvre', 'Müller', 'García', 'Nowak', 'Østergaard', 'Петров', '陈', '佐藤', 'الحسن', 'Okafor', "O'Brien"];

export function makeLog(prospectCount: number, interactionCount: number, now: number): { prospects: Prospect[]; interactions: Interaction[] } {
  const prospects: Prospect[] = Array.from({ length: prospectCount }, (_, i) => ({
    id: `/in/member-${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
    headline: `Directrice des opérations chez Société ${i % 700}`,
    company: `Société ${i % 700}, Inc.`,
    persona: ['CFO', 'COO', 'CIO'][i % 3]!,
    stage: (['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'] as const)[i % 6]!,
    tags: i % 4 ? [] : ['q4', 'salon'],
    notes: i % 10 ? '' : 'Rencontrée au salon ; rappeler après le comité "budget", 2e trimestre.',
    nextFollowUp: i % 20 === 0 ? now - (i % 5) * DAY : null,
    createdAt: now - 400 * DAY,
    lastContactAt: now - (i % 30) * DAY,
    lastReplyAt: i % 3 === 0 ? now - (i % 40) * DAY : null,
  }));
  const interactions: Interaction[] = Array.from({ length: interactionCount }, (_, i) => ({
    id: i + 1,
    at: now - (i % 365) * DAY - i,
    kind: i % 4 === 0 ? 'replied' : 'shared',
    prospectId: `/in/member-${i % prospectCount}`,
    contentId: `item-${i % 500}`,
    channel: 'message',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    externalId: i % 4 === 0 ? `linkedin:seed-${i}` : null,
    note: i % 9 ? '' : '=à rappeler, "urgent"',
    ...(i % 4 === 0 ? {} : { status: 'sent' as const }),
  }));
  return { prospects, interactions };
}

export async function seedLog(name: string, prospects: number, interactions: number, now: number) {
  const db = createDbHandle(name);
  const conn = await db();
  const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
  const log = makeLog(prospects, interactions, now);
  for (const prospect of log.prospects) void tx.objectStore('prospects').put(prospect);
  for (const entry of log.interactions) void tx.objectStore('interactions').put(entry);
  await tx.done;
  return db;
}

/** A backup file holding the library, prospects and log: how the Chromium benchmark loads them. */
export function backupText(contentCount: number, prospectCount: number, interactionCount: number, now: number): string {
  const content: ContentItem[] = makeCorpus(contentCount);
  const { prospects, interactions } = makeLog(prospectCount, interactionCount, now);
  return JSON.stringify({ nurture: 'backup', schemaVersion: DB_VERSION, exportedAt: now, stores: { content, sources: [], prospects, interactions, settings: [] } });
}
