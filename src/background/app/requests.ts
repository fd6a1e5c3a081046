// The extension itself: the version and schema, the size of each store.
import type { APP_REQUESTS } from '../../shared/requests/app';
import { STORE_NAMES, type StoreName } from '../../shared/stores';
import { DB_VERSION, type NurtureDb } from '../db';
import type { HandlersFor } from '../router';

export function appHandlers({ db, version }: { db: () => Promise<NurtureDb>; version: string }): HandlersFor<typeof APP_REQUESTS> {
  return {
    'app.ping': async () => ({ version, schemaVersion: DB_VERSION }),
    'db.stats': async () => {
      const conn = await db();
      const tx = conn.transaction([...STORE_NAMES], 'readonly');
      const counts = Object.fromEntries(
        await Promise.all(STORE_NAMES.map(async (name) => [name, await tx.objectStore(name).count()] as const)),
      ) as Record<StoreName, number>;
      await tx.done;
      return { schemaVersion: conn.version, counts };
    },
  };
}
