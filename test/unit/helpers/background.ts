// The whole background behind its router, on fake-indexeddb: what the popup, the dashboard and
// the content script talk to, built by the same createBackground as the service worker. Tests
// give it their library's network (their own fetch and permissions).
import type { StoresChanged } from '../../../src/contract/changes';
import type { NurtureDb } from '../../../src/background/db';
import { createBackground, type Background, type BackgroundDeps } from '../../../src/background/create-background';
import type { Library, LibraryDeps } from '../../../src/background/library';
import type { HealthStore } from '../../../src/background/page/health';
import type { PopupCacheWriter, SessionArea } from '../../../src/features/popup-cache/worker';
import type { Route } from '../../../src/background/router';
import type { ExportChunkStore } from '../../../src/features/log-export/worker-cache';
import type { ManagedArea } from '../../../src/background/managed';

export interface BackgroundOptions {
  db: () => Promise<NurtureDb>;
  now: () => number;
  /** Network for feeds: none by default (every fetch fails, no site allowed). */
  fetch?: LibraryDeps['fetch'];
  canFetch?: LibraryDeps['canFetch'];
  version?: string;
  health?: HealthStore;
  /** storage.session for the popup's cache (none: no cache). */
  session?: SessionArea;
  /** Where streamed exports leave chunks for the page (none: every chunk as text). */
  exportCache?: ExportChunkStore | null;
  /** storage.managed, the company's policy (none: no policy). */
  managed?: ManagedArea;
}

/** The router over every service, the library (for what the alarms run outside the router), and what was announced. */
export function background({
  db,
  now,
  fetch = async () => new Response('', { status: 500 }),
  canFetch = async () => false,
  version = '9.9.9',
  health = { get: async () => null, set: async () => {} },
  session,
  exportCache = null,
  managed,
}: BackgroundOptions): {
  route: Route;
  connect: Background['connect'];
  library: Library;
  announced: StoresChanged[];
  deps: BackgroundDeps;
  popupCache: PopupCacheWriter | null;
  applyPolicy: Background['applyPolicy'];
} {
  const announced: StoresChanged[] = [];
  const deps: BackgroundDeps = {
    db,
    now,
    fetch,
    canFetch,
    version,
    health,
    defaultLanguage: 'en',
    session,
    exportCache,
    managed,
    announce: (message) => void announced.push(message),
  };
  const { route, connect, library, popupCache, applyPolicy } = createBackground(deps);
  return { route, connect, library, announced, deps, popupCache, applyPolicy };
}
