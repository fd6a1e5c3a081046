// What each request does. Browser APIs come in through `deps`, so tests run these against
// fake-indexeddb, an in-memory health store and a fake fetch.
import { STORE_NAMES, type PageHealth, type Settings, type StoreName } from '../shared/contract';
import { DB_VERSION, type NurtureDb } from './db';
import type { Library } from './library';
import type { Activity } from './activity';
import type { BackupService } from './backup';
import type { Prospects } from './prospects';
import type { Handlers } from './router';
import type { Sharing } from './sharing';
import { readSettings, updateSettings } from './settings';

/** Per-tab health of the content script: kept out of IndexedDB, it lasts a browser session. */
export interface HealthStore {
  get(tabId: number): Promise<PageHealth | null>;
  set(tabId: number, health: PageHealth): Promise<void>;
}

export interface Deps {
  db: () => Promise<NurtureDb>;
  health: HealthStore;
  library: Library;
  sharing: Sharing;
  prospects: Prospects;
  activity: Activity;
  backup: BackupService;
  version: string;
  now: () => number;
  /** Told after a prospect changed (the badge counts follow-ups due). */
  prospectsChanged?: () => void;
  /** Opens the dashboard on a prospect's record (a tab of the extension's own page). */
  openProspect?: (id: string) => Promise<void>;
  /** Told after settings were saved (the feed alarm follows the sync interval). */
  settingsChanged?: (settings: Settings) => void;
}

export function createHandlers({ db, health, library, sharing, prospects, activity, backup, version, now, settingsChanged, openProspect, prospectsChanged }: Deps): Handlers {
  return {
    'app.ping': async () => ({ version, schemaVersion: DB_VERSION }),

    'settings.get': async () => readSettings(await db()),

    'settings.update': async ({ settings }) => {
      const saved = await updateSettings(await db(), settings);
      settingsChanged?.(saved);
      return saved;
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

    'page.report': async ({ page, features, missing }, sender) => {
      if (sender.tabId === undefined) throw new Error('page.report needs a tab');
      await health.set(sender.tabId, { page, features, missing: [...new Set(missing)], at: now() });
      return { recorded: true };
    },

    'page.health': async ({ tabId }) => health.get(tabId),

    'library.search': async (query) => library.search(query),
    'library.facets': async () => library.facets(),
    'library.get': async ({ id }) => library.get(id),
    'library.update': async ({ id, patch }) => library.update(id, patch),
    'library.delete': async ({ id }) => library.remove(id),
    'library.importFile': async ({ fileName, text }) => library.importFile(fileName, text),
    'library.addFeed': async ({ url }) => library.addFeed(url),
    'library.sources': async () => library.sources(),
    'library.syncSource': async ({ id }) => library.syncSource(id),
    'library.removeSource': async ({ id }) => library.removeSource(id),
    'library.removeExamples': async () => library.removeExamples(),
    'library.restoreExamples': async () => library.restoreExamples(),

    'content.config': async () => {
      const { quietMode, keepReplyText } = await readSettings(await db());
      return { quietMode, keepReplyText };
    },
    'share.context': async ({ prospectId, personName }) => sharing.context(prospectId, personName),
    'share.prepare': async ({ contentId, channel }) => sharing.prepare(contentId, channel),
    'share.log': async (entry) => sharing.log(entry),
    'share.confirmSent': async ({ prospectId, personName, links }) => sharing.confirmSent(prospectId, links, personName),
    'activity.recent': async ({ limit }) => sharing.recent(limit),

    'activity.page': async ({ filter, before, limit }) => activity.page(filter, before, limit),
    'activity.exportChunk': async ({ filter, after, limit, exportId }) => activity.exportChunk(filter, after, limit, exportId),
    'activity.add': async (entry) => activity.add(entry),
    'activity.setNote': async ({ id, note }) => activity.setNote(id, note),
    'activity.linkPerson': async ({ id, prospectId }) => {
      const linked = await activity.linkPerson(id, prospectId);
      // A linked share may be the person's last contact: the popup's lists follow.
      prospectsChanged?.();
      return linked;
    },
    'activity.delete': async ({ id }) => {
      const deleted = await activity.remove(id);
      // The person's last reply or contact may have moved: the popup's lists and the badge follow.
      prospectsChanged?.();
      return deleted;
    },
    'insights.compute': async () => activity.insights(),
    'backup.export': async () => backup.export(),
    'backup.import': async ({ text, mode }) => {
      const restored = await backup.import(text, mode);
      // The library's search index and the badge follow the restored data.
      library.forgetIndex();
      prospectsChanged?.();
      return restored;
    },
    'prospects.add': async (input) => prospects.add(input),
    'prospects.status': async ({ id }) => {
      const prospect = await prospects.get(id);
      return { tracked: prospect !== null, stage: prospect?.stage ?? null };
    },
    'prospects.open': async ({ id }) => {
      await openProspect?.(id);
      return { opened: true };
    },
    'prospects.get': async ({ id }) => prospects.get(id),
    'prospects.list': async (query) => prospects.list(query),
    'prospects.update': async ({ id, patch }) => {
      const updated = await prospects.update(id, patch);
      prospectsChanged?.();
      return updated;
    },
    'prospects.erase': async ({ id }) => {
      const erased = await prospects.erase(id);
      activity.forgetExport();
      prospectsChanged?.();
      return erased;
    },
    'prospects.timeline': async ({ id }) => prospects.timeline(id),
    'prospects.today': async () => prospects.today(),
    'replies.record': async ({ prospectId, personName, replies, pageUrl }) => {
      // Message text is kept only when the user asked for it, and then its first 140 characters.
      const { keepReplyText } = await readSettings(await db());
      return prospects.recordReplies(
        prospectId,
        replies.map((reply) => ({ externalId: reply.externalId, text: keepReplyText ? reply.text.slice(0, 140) : null })),
        pageUrl,
        personName,
      );
    },
  };
}
