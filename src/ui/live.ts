// What tells an open screen that what it shows may have changed. One listener per page, shared
// by every query on it:
// - the background's announcement after a committed write ('stores.changed'), which names the
//   stores the write touched: queries that read one of them refetch;
// - the page coming back from the back/forward cache (pageshow, persisted), and history moves
//   (popstate, hashchange): a page frozen or left for a while missed announcements, so every
//   query refetches.
// Announcements are accepted only from our own background: our extension id, and not from a
// tab (our other pages run in tabs, content scripts too; the service worker has none).
import browser, { type Runtime } from 'webextension-polyfill';
import { isStoresChanged } from '../contract/changes';
import type { StoreName } from '../contract/index';

/** `null`: refetch whatever you read (the page was away). */
type Listener = (stores: readonly StoreName[] | null) => void;

const listeners = new Set<Listener>();
let detach: (() => void) | null = null;

function notify(stores: readonly StoreName[] | null) {
  for (const listener of [...listeners]) listener(stores);
}

/** Whether `sender` is our background (service worker or event page). */
export function isOurBackground(sender: Runtime.MessageSender | undefined): boolean {
  return sender !== undefined && sender.id === browser.runtime.id && sender.tab === undefined;
}

function attach(): () => void {
  // Returns nothing: this listener never answers, so the background's answers are untouched.
  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    if (isStoresChanged(message) && isOurBackground(sender)) notify(message.stores);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) notify(null);
  };
  const onMoved = () => notify(null);
  browser.runtime.onMessage.addListener(onMessage);
  window.addEventListener('pageshow', onPageShow);
  window.addEventListener('popstate', onMoved);
  window.addEventListener('hashchange', onMoved);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    window.removeEventListener('pageshow', onPageShow);
    window.removeEventListener('popstate', onMoved);
    window.removeEventListener('hashchange', onMoved);
  };
}

/**
 * Calls `onChange` when one of `stores` changed, or when the page came back from elsewhere in
 * its history. Answers the unsubscribe.
 */
export function watchStores(stores: readonly StoreName[], onChange: () => void): () => void {
  const listener: Listener = (changed) => {
    if (changed === null || changed.some((store) => stores.includes(store))) onChange();
  };
  listeners.add(listener);
  detach ??= attach();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && detach) {
      detach();
      detach = null;
    }
  };
}
