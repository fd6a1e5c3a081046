// The service worker (an event page in Firefox): the browser edge of the background.
// Listeners are registered synchronously at start so a message that wakes the worker is heard.
import browser, { type Runtime } from 'webextension-polyfill';
import type { PageHealth } from '../shared/contract';
import { createDbHandle } from './db';
import { createHandlers, type HealthStore } from './handlers';
import { createRouter } from './router';
import { classifySender, originOf } from './sender';

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

const route = createRouter(
  createHandlers({ db, health, version: browser.runtime.getManifest().version, now: Date.now }),
  (message) => console.warn(`[nurture] ${message}`),
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, classifySender(sender, self)));

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(healthKey(tabId));
});

// Open the database at start, so an upgrade runs before the first screen needs it.
void db().catch((error: unknown) => console.error('[nurture] database', error));
