// The service worker (an event page in Firefox): the browser edge of the background.
// Listeners are registered synchronously at start so an event that wakes the worker is heard.
import browser, { type Runtime } from 'webextension-polyfill';
import type { PageHealth } from '../shared/contract';
import { readLanguage } from '../shared/library/normalize';
import { createDbHandle } from './db';
import { createHandlers, type HealthStore } from './handlers';
import { createLibrary } from './library';
import { createRouter } from './router';
import { classifySender, originOf } from './sender';
import { readSettings } from './settings';
import { createSharing } from './sharing';
import { createProspects } from './prospects';

const FEED_ALARM = 'nurture-feed-sync';
const healthKey = (tabId: number) => `health:${tabId}`;

// storage.session survives the worker being stopped, and is never visible to content scripts.
const health: HealthStore = {
  async get(tabId) {
    const key = healthKey(tabId);
    const stored = await browser.storage.session.get(key);
    return (stored[key] as PageHealth | undefined) ?? null;
  },
  async set(tabId, value) {
    await browser.storage.session.set({ [healthKey(tabId)]: value });
  },
};

const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('')) ?? '' };
const db = createDbHandle();

const library = createLibrary({
  db,
  now: Date.now,
  fetch: (url, init) => fetch(url, init),
  // Feed hosts are optional permissions, granted in the dashboard when the user adds a feed.
  canFetch: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
  settings: async () => readSettings(await db()),
  defaultLanguage: readLanguage(browser.i18n.getUILanguage()) ?? 'en',
});

async function scheduleFeedSync(minutes: number): Promise<void> {
  const existing = await browser.alarms.get(FEED_ALARM);
  // Re-creating an alarm restarts its period: only do it when the interval changed.
  if (existing?.periodInMinutes === minutes) return;
  browser.alarms.create(FEED_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

const route = createRouter(
  createHandlers({
    db,
    health,
    library,
    sharing: createSharing({ db, now: Date.now }),
    prospects: createProspects({ db, now: Date.now }),
    version: browser.runtime.getManifest().version,
    now: Date.now,
    settingsChanged: (settings) => void scheduleFeedSync(settings.feedSyncMinutes),
    openProspect: async (id) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`src/dashboard/index.html#prospect=${encodeURIComponent(id)}`) });
    },
  }),
  (message) => console.warn(`[nurture] ${message}`),
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, classifySender(sender, self)));

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(healthKey(tabId));
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) void library.syncAll().catch((error: unknown) => console.error('[nurture] feed sync', error));
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  // A first run is not empty: the starter examples, removable in one click.
  if (reason === 'install') void library.restoreExamples().catch((error: unknown) => console.error('[nurture] examples', error));
});

// Open the database at start, so an upgrade runs before the first screen needs it, and keep
// the feed alarm in step with the settings.
void db()
  .then(readSettings)
  .then((settings) => scheduleFeedSync(settings.feedSyncMinutes))
  .catch((error: unknown) => console.error('[nurture] start', error));
