// The whole background behind its router, built from what the browser gives it (`deps`): the
// service worker (main.ts) and the tests build it the same way. After every committed write it
// announces the stores the write changed: the request's declared `writes`, or what the alarms'
// and the install's work changed.
import { storesChanged, type StoresChanged } from '../contract/changes';
import type { Settings } from '../domain/settings';
import type { StoreName } from '../contract/stores';
import { createActivity } from './activity';
import { touchOf } from './activity/insights-touch';
import { activityHandlers } from './activity/requests';
import { appHandlers } from './app/requests';
import { createAutoBackup, createBackup, type AutoBackup, type AutoBackupDevice } from './backup';
import { hasUserData } from './backup/user-data';
import { backupHandlers } from './backup/requests';
import { createCrmExport } from './crm/service';
import { crmHandlers } from './crm/requests';
import type { NurtureDb } from './db';
import { createLibrary, type Library, type LibraryDeps } from './library';
import { libraryHandlers } from './library/requests';
import { onboardingHandlers } from './onboarding/requests';
import { isEmpty } from './onboarding/service';
import { pageHandlers, type HealthStore } from './page/health';
import { createProspects, type Prospects } from './prospects';
import { prospectsHandlers } from './prospects/requests';
import { createPopupCache, type PopupCacheWriter, type SessionArea } from '../features/popup-cache/worker';
import { createRouter, type AfterWrite, type Handlers, type Route, type Sender } from './router';
import { cacheChunkStore, sweepExportCache, type ExportChunkStore } from '../features/log-export/worker-cache';
import { serveExportStream, type StreamPort } from '../features/log-export/worker-stream';
import { EXPORT_PORT } from '../features/log-export/protocol';
import { readSettings } from './settings';
import { settingsHandlers, type SettingsHandlerDeps } from './settings/requests';
import { createSharing } from './sharing';
import { sharingHandlers } from './sharing/requests';
import { createTeam } from './team/service';
import { teamHandlers } from './team/requests';
import { clicksHandlers, createClicks } from './clicks';
import { createPolicy, policyHandlers, type Applied, type ManagedArea } from './managed';

export interface BackgroundDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  version: string;
  /** Network for feeds, and whether the user granted a feed's host. */
  fetch: LibraryDeps['fetch'];
  canFetch: LibraryDeps['canFetch'];
  defaultLanguage: string;
  health: HealthStore;
  /** Delivers a stores-changed announcement to every open screen and LinkedIn tab. */
  announce: (message: StoresChanged) => void;
  /** Told after the prospects store changed (the badge counts follow-ups due). */
  prospectsChanged?: (() => void) | undefined;
  /** Opens the dashboard on a prospect's record. */
  openProspect?: ((id: string) => Promise<void>) | undefined;
  /** Told after settings were saved (the feed alarm follows the sync interval). */
  settingsChanged?: ((settings: Settings) => void) | undefined;
  log?: ((message: string) => void) | undefined;
  /** storage.session, where the popup's first screen is kept (none: no cache). */
  session?: SessionArea | undefined;
  /** Where streamed exports leave their chunks for the page (undefined: this context's CacheStorage, if any; null: none, every chunk as text). */
  exportCache?: ExportChunkStore | null | undefined;
  /** The extension's UI text (i18n.getMessage), for the labels sent with the content script's config. */
  translate?: SettingsHandlerDeps['translate'];
  /** Downloads, the backup alarm, storage.local and the key store, for automatic backups (none: their requests fail). */
  autoBackup?: AutoBackupDevice | undefined;
  /** browser.storage.managed, where the company's policy is (none: no policy). */
  managed?: ManagedArea | undefined;
}

export interface Background {
  route: Route;
  /**
   * A port a page opened (runtime.onConnect): served when it is the export's and comes from one
   * of our extension pages, else refused (false; the caller disconnects it).
   */
  connect(name: string, sender: Sender | null, port: StreamPort): boolean;
  library: Library;
  prospects: Prospects;
  /** The popup's first-screen cache, when the deps gave it a storage area. */
  popupCache: PopupCacheWriter | null;
  /** Automatic backups (their alarm and the worker's start), when the deps gave them a device. */
  autoBackup: AutoBackup | null;
  /** The feed alarm's work: every feed synced, then announced. */
  syncFeeds(): Promise<void>;
  /**
   * The install's first run: the starter examples, announced, when the database holds nothing
   * of the user's. Answers whether it was a first run (then the welcome tab opens).
   */
  firstRun(): Promise<boolean>;
  /**
   * The company's policy read from managed storage and put in force (managed/apply.ts): at every
   * start of the worker, at install and when managed storage changes. Idempotent.
   */
  applyPolicy(): Promise<Applied>;
}

const LIBRARY_STORES = ['content', 'sources'] as const satisfies readonly StoreName[];

export function createBackground(deps: BackgroundDeps): Background {
  const { db, now } = deps;
  const library = createLibrary({
    db,
    now,
    fetch: deps.fetch,
    canFetch: deps.canFetch,
    settings: async () => readSettings(await db()),
    defaultLanguage: deps.defaultLanguage,
  });
  const sharing = createSharing({ db, now, language: deps.defaultLanguage });
  const prospects = createProspects({ db, now });
  const activity = createActivity({ db, now });
  const backup = createBackup({ db, now });
  const crm = createCrmExport({ db, activity });
  const team = createTeam({ db, now });
  const clicks = createClicks({ db, now });
  const popupCache = deps.session ? createPopupCache({ area: deps.session, now }) : null;
  const autoBackup = deps.autoBackup
    ? createAutoBackup({
        ...deps.autoBackup,
        now,
        export: () => backup.export(),
        hasData: async () => hasUserData(await db()),
        log: deps.log,
      })
    : null;

  const changed = (stores: readonly StoreName[]): void => {
    if (stores.length === 0) return;
    void popupCache?.changed(stores);
    autoBackup?.dataChanged();
    deps.announce(storesChanged(stores));
    // The badge counts due follow-ups and new replies: a reply recorded, or the replies looked at.
    if (stores.includes('prospects') || stores.includes('settings') || stores.includes('replies-seen')) deps.prospectsChanged?.();
  };

  const policy = createPolicy({ db, library, area: deps.managed, changed, settingsChanged: deps.settingsChanged, log: deps.log });
  const backups = backupHandlers({ backup, library, autoBackup });

  const handlers: Handlers = {
    ...appHandlers({ db, version: deps.version }),
    ...settingsHandlers({ db, settingsChanged: deps.settingsChanged, translate: deps.translate }),
    ...pageHandlers({ health: deps.health, now }),
    ...libraryHandlers({ library }),
    ...sharingHandlers({ sharing }),
    ...activityHandlers({ activity }),
    ...backups,
    // A restore brings back sources and settings as the file had them: the policy is put back in
    // force over them (a managed source the policy no longer names goes, the policy's record returns).
    'backup.import': async (payload, sender) => {
      const restored = await backups['backup.import'](payload, sender);
      await policy.apply().catch((error: unknown) => deps.log?.(`policy after a restore: ${String(error)}`));
      return restored;
    },
    ...crmHandlers({ crm }),
    ...prospectsHandlers({ db, prospects, activity, openProspect: deps.openProspect, now: deps.now }),
    ...onboardingHandlers({ db }),
    ...teamHandlers({ team }),
    ...policyHandlers({ db }),
    ...clicksHandlers({ clicks }),
  };

  // The insights summary follows every committed write of the log or the prospects (each
  // entry's `touches` says whom it touched: activity/insights-touch.ts).
  const afterWrite: AfterWrite = async (type, payload, value, writes) => {
    if (writes.includes('interactions') || writes.includes('prospects')) await activity.followWrite(touchOf(type, payload, value));
  };

  const router = createRouter(handlers, deps.log, changed, afterWrite);
  return {
    route: popupCache ? popupCache.wrap(router) : router,
    connect(name, sender, port) {
      if (name !== EXPORT_PORT || sender?.kind !== 'extension-page') {
        deps.log?.(`refused a port "${name.slice(0, 64)}" from ${sender?.kind ?? 'an unknown sender'}`);
        return false;
      }
      // Chunks of exports long over (a page closed, a worker stopped mid-export) go first.
      void sweepExportCache(Date.now());
      serveExportStream(port, {
        db,
        rows: activity.exportRows,
        store: deps.exportCache === undefined ? cacheChunkStore() : deps.exportCache,
      });
      return true;
    },
    library,
    prospects,
    popupCache,
    autoBackup,
    async syncFeeds() {
      // A feed that fails records its error on its source: that is a write too.
      await library.syncAll().finally(() => changed(LIBRARY_STORES));
    },
    applyPolicy: () => policy.apply(),
    async firstRun() {
      if (!(await isEmpty(await db()))) return false;
      await library.restoreExamples();
      changed(LIBRARY_STORES);
      return true;
    },
  };
}
