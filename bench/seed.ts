// Realistic data (test/data/realistic.ts) loaded where a benchmark needs it: `seedLog` writes
// prospects and interactions into a fake-indexeddb database (Node); `backupText` gives a
// restorable file (Chromium, through the built extension).
import { createDbHandle } from '../src/background/db';
import { makeLog } from '../test/data/realistic';

export { backupText, makeLog } from '../test/data/realistic';

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
