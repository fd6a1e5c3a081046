// The whole background behind its router, on fake-indexeddb: what the popup, the dashboard and
// the content script talk to. Tests give it their library (their own fetch and permissions).
import type { NurtureDb } from '../../../src/background/db';
import { createActivity } from '../../../src/background/activity';
import { createBackup } from '../../../src/background/backup';
import { createHandlers, type HealthStore } from '../../../src/background/handlers';
import { createLibrary, type Library, type LibraryDeps } from '../../../src/background/library';
import { createProspects } from '../../../src/background/prospects';
import { createRouter, type Route } from '../../../src/background/router';
import { readSettings } from '../../../src/background/settings';
import { createSharing } from '../../../src/background/sharing';

export interface BackgroundOptions {
  db: () => Promise<NurtureDb>;
  now: () => number;
  /** Network for feeds: none by default (every fetch fails, no site allowed). */
  fetch?: LibraryDeps['fetch'];
  canFetch?: LibraryDeps['canFetch'];
  version?: string;
}

/** The router over every service, and the library (for what the alarms run outside the router). */
export function background({ db, now, fetch = async () => new Response('', { status: 500 }), canFetch = async () => false, version = '9.9.9' }: BackgroundOptions): { route: Route; library: Library } {
  const health: HealthStore = { get: async () => null, set: async () => {} };
  const library = createLibrary({ db, now, fetch, canFetch, settings: async () => readSettings(await db()), defaultLanguage: 'en' });
  const route = createRouter(
    createHandlers({
      db,
      health,
      library,
      sharing: createSharing({ db, now }),
      prospects: createProspects({ db, now }),
      activity: createActivity({ db, now }),
      backup: createBackup({ db, now }),
      version,
      now,
    }),
  );
  return { route, library };
}
