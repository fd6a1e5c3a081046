// What each request does. Browser APIs come in through `deps`, so tests run these against
// fake-indexeddb and an in-memory health store.
import * as v from 'valibot';
import { DEFAULT_SETTINGS, STORE_NAMES, SettingsSchema, type PageHealth, type Settings, type StoreName } from '../shared/contract';
import { DB_VERSION, type NurtureDb } from './db';
import type { Handlers } from './router';

/** Per-tab health of the content script: kept out of IndexedDB, it lasts a browser session. */
export interface HealthStore {
  get(tabId: number): Promise<PageHealth | null>;
  set(tabId: number, health: PageHealth): Promise<void>;
}

export interface Deps {
  db: () => Promise<NurtureDb>;
  health: HealthStore;
  version: string;
  now: () => number;
}

const SETTINGS_KEY = 'user';

async function readSettings(db: NurtureDb): Promise<Settings> {
  const stored = await db.get('settings', SETTINGS_KEY);
  // A record written by an older version may lack newer fields: defaults fill them.
  return { ...DEFAULT_SETTINGS, ...stored };
}

export function createHandlers({ db, health, version, now }: Deps): Handlers {
  return {
    'app.ping': async () => ({ version, schemaVersion: DB_VERSION }),

    'settings.get': async () => readSettings(await db()),

    'settings.update': async ({ settings }) => {
      const conn = await db();
      // Read and write in one transaction so two quick saves cannot lose each other's fields.
      const tx = conn.transaction('settings', 'readwrite');
      const merged = v.parse(SettingsSchema, { ...DEFAULT_SETTINGS, ...(await tx.store.get(SETTINGS_KEY)), ...settings });
      await tx.store.put(merged, SETTINGS_KEY);
      await tx.done;
      return merged;
    },

    'db.stats': async () => {
      const conn = await db();
      const tx = conn.transaction([...STORE_NAMES], 'readonly');
      const counts = Object.fromEntries(
        await Promise.all(STORE_NAMES.map(async (name) => [name, await tx.objectStore(name).count()] as const)),
      ) as Record<StoreName, number>;
      await tx.done;
      return { schemaVersion: conn.version, counts };
    },

    'page.report': async ({ page, features }, sender) => {
      if (sender.tabId === undefined) throw new Error('page.report needs a tab');
      await health.set(sender.tabId, { page, features, at: now() });
      return { recorded: true };
    },

    'page.health': async ({ tabId }) => health.get(tabId),
  };
}
