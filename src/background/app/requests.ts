// The extension itself: the version and schema, the size of each store.
import type { APP_REQUESTS } from '../../contract/requests/app';
import { DATA_STORES } from '../../contract/stores';
import { DB_VERSION, type NurtureDb } from '../db';
import type { HandlersFor } from '../router';

export function appHandlers({ db, version }: { db: () => Promise<NurtureDb>; version: string }): HandlersFor<typeof APP_REQUESTS> {
  return {
    'app.ping': async () => ({ version, schemaVersion: DB_VERSION }),
    'db.stats': async () => {
      const conn = await db();
      // The user's data: the derived insights summary and this device's records are no count of theirs.
      const tx = conn.transaction([...DATA_STORES], 'readonly');
      const counts = Object.fromEntries(
        await Promise.all(DATA_STORES.map(async (name) => [name, await tx.objectStore(name).count()] as const)),
      ) as Record<(typeof DATA_STORES)[number], number>;
      await tx.done;
      return { schemaVersion: conn.version, counts };
    },
  };
}
