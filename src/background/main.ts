// The service worker (an event page in Firefox): the browser edge of the background.
// Listeners are registered synchronously at start so an event that wakes the worker is heard.
import browser, { type Runtime } from 'webextension-polyfill';
import type { StoresChanged } from '../contract/changes';
import type { PageHealth } from '../contract/page-health';
import { readLanguage } from '../domain/library/normalize';
import { BACKUP_ALARM, downloadFiles, indexedDbKeyStore, type BackupAlarm } from './backup';
import { createBackground } from './create-background';
import { createDbHandle } from './db';
import type { HealthStore } from './page/health';
import { classifySender, originOf } from '../contract/sender';
import { readSettings } from './settings';
import { dashboardPath } from '../contract/routes';
import { localDay } from '../domain/time/local-date';
import { translator } from '../i18n/translate';
import { followUpNotification } from './follow-up-notification';
import { createPanelMenu, listenForPanelOpeners } from './panel/side-panel';

const FEED_ALARM = 'nurture-feed-sync';
const FOLLOWUP_ALARM = 'nurture-follow-ups';
const NOTIFIED_KEY = 'follow-ups-notified-on';
const healthKey = (tabId: number): `health:${number}` => `health:${tabId}`;

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

async function scheduleFeedSync(minutes: number): Promise<void> {
  const existing = await browser.alarms.get(FEED_ALARM);
  // Re-creating an alarm restarts its period: only do it when the interval changed.
  if (existing?.periodInMinutes === minutes) return;
  browser.alarms.create(FEED_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

const backupAlarm: BackupAlarm = {
  async set(minutes) {
    const existing = await browser.alarms.get(BACKUP_ALARM);
    // Re-created only when the period changed: re-creating restarts the wait.
    if (existing?.periodInMinutes === minutes) return;
    browser.alarms.create(BACKUP_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
  },
  async clear() {
    await browser.alarms.clear(BACKUP_ALARM);
  },
};

/**
 * The toolbar badge counts follow-ups due and replies not looked at yet; once a day, a
 * notification says how many follow-ups are due. Nothing goes to LinkedIn: it is a reminder for
 * the user.
 */
async function refreshFollowUps(notify: boolean): Promise<void> {
  const due = await prospects.dueCount();
  const replies = await prospects.newRepliesCount(await prospects.repliesSeenAt());
  await browser.action.setBadgeBackgroundColor({ color: '#0a7c66' });
  await browser.action.setBadgeText({ text: due + replies > 0 ? String(due + replies) : '' });
  if (!notify || due === 0) return;
  const today = localDay(Date.now());
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  if (stored[NOTIFIED_KEY] === today) return;
  await browser.storage.local.set({ [NOTIFIED_KEY]: today });
  await browser.notifications.create(FOLLOWUP_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    ...followUpNotification(
      translator((key, substitutions) => browser.i18n.getMessage(key, substitutions)),
      due,
      browser.i18n.getUILanguage(),
    ),
  });
}

/**
 * Tells every open extension page (popup, dashboards) and every LinkedIn tab's content script
 * which stores changed. Nobody listening is not an error. The manifest grants no host permission
 * (content-script matches only), so tabs.query cannot filter by URL: the message goes to every
 * tab, and only our content scripts (on www.linkedin.com) have a receiving end.
 */
function announce(message: StoresChanged): void {
  browser.runtime.sendMessage(message).catch(() => {});
  void browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => {});
    })
    .catch(() => {});
}

const background = createBackground({
  db,
  now: Date.now,
  version: browser.runtime.getManifest().version,
  fetch: (url, init) => fetch(url, init),
  // Feed hosts are optional permissions, granted in the dashboard when the user adds a feed.
  canFetch: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
  defaultLanguage: readLanguage(browser.i18n.getUILanguage()) ?? 'en',
  health,
  // The popup's first screen: in memory for the browser session, trusted contexts only.
  session: browser.storage.session,
  announce,
  settingsChanged: (settings) => void scheduleFeedSync(settings.feedSyncMinutes),
  prospectsChanged: () => void refreshFollowUps(false).catch(() => {}),
  openProspect: async (id) => {
    await browser.tabs.create({ url: browser.runtime.getURL(dashboardPath({ view: 'prospect', id })) });
  },
  log: (message) => console.warn(`[nurture] ${message}`),
  translate: (key) => browser.i18n.getMessage(key),
  autoBackup: {
    keys: indexedDbKeyStore(),
    area: browser.storage.local,
    alarm: backupAlarm,
    // Chrome's service worker has no URL.createObjectURL (the file goes as a data: URL there);
    // Firefox's event page has, and a blob URL spares encoding the file a second time.
    files: downloadFiles(browser.downloads, typeof URL.createObjectURL === 'function' ? URL : null),
  },
  // The company's policy (Chrome: storage.managed_schema; Firefox: policies.json "3rdparty").
  managed: browser.storage.managed,
});
const { route, prospects } = background;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, classifySender(sender, self)));

// The streamed CSV export: checked like a request (our own extension page, this port's name).
browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  const accepted = background.connect(port.name, port.sender ? classifySender(port.sender, self) : null, {
    post: (message) => {
      try {
        port.postMessage(message);
      } catch {
        // The page closed the port: the stream hears it and stops.
      }
    },
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  });
  if (!accepted) port.disconnect();
});

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(healthKey(tabId));
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) void background.syncFeeds().catch((error: unknown) => console.error('[nurture] feed sync', error));
  if (alarm.name === FOLLOWUP_ALARM) void refreshFollowUps(true).catch((error: unknown) => console.error('[nurture] follow-ups', error));
  if (alarm.name === BACKUP_ALARM)
    void background.autoBackup?.runScheduled().catch((error: unknown) => console.error('[nurture] backup', error));
});

listenForPanelOpeners();

// The company's policy changes while the browser runs (IT pushed a new one): applied at once.
browser.storage.onChanged.addListener((_changes, areaName) => {
  if (areaName === 'managed') void background.applyPolicy().catch((error: unknown) => console.error('[nurture] policy', error));
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  void createPanelMenu().catch((error: unknown) => console.error('[nurture] menu', error));
  if (reason !== 'install') return;
  // A first run is not empty: the starter examples, removable in one click. And it is guided: the
  // dashboard's welcome walks through the first share (its checks are live). An install that
  // finds the user's data (Firefox's temporary add-on, installed anew at each start of a kept
  // profile) is no first run: no examples back, no welcome tab.
  void background
    .firstRun()
    .then((first) => (first ? browser.tabs.create({ url: browser.runtime.getURL(dashboardPath({ view: 'welcome' })) }) : undefined))
    .catch((error: unknown) => console.error('[nurture] first run', error));
});

// The policy in force at every start of the worker (browser start, install, update, any event
// that woke it): managed storage may have changed while it was stopped. Nothing is written when
// it did not.
void background.applyPolicy().catch((error: unknown) => console.error('[nurture] policy', error));

// Open the database at start, so an upgrade runs before the first screen needs it, and keep
// the feed alarm in step with the settings.
void db()
  .then(readSettings)
  .then((settings) => scheduleFeedSync(settings.feedSyncMinutes))
  .then(async () => {
    if (!(await browser.alarms.get(FOLLOWUP_ALARM))) browser.alarms.create(FOLLOWUP_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
    await refreshFollowUps(false);
  })
  .catch((error: unknown) => console.error('[nurture] start', error));

// The backup alarm kept, and a backup missed while the browser was closed written now.
void background.autoBackup?.resume().catch((error: unknown) => console.error('[nurture] backup', error));

browser.notifications.onClicked.addListener((id) => {
  // Straight to the people whose follow-up is due, not the dashboard's first view.
  if (id === FOLLOWUP_ALARM)
    void browser.tabs.create({ url: browser.runtime.getURL(dashboardPath({ view: 'prospects', filter: { due: true } })) });
});
