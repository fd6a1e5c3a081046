// Which tab the panel follows. A real side panel (Chrome) or sidebar (Firefox) belongs to a window
// and follows that window's active tab; the panel opened as an ordinary tab (how tests and
// benchmarks drive it) follows whichever other tab was used last. Pure: the browser's events come
// in as plain values (src/panel/tab-follower.ts wires them).
import { isPageVisit } from '../contract/panel-protocol';

/** Where the panel page runs: as a tab (its own id), or as a panel of a window. */
export type PanelHost = { kind: 'tab'; tabId: number } | { kind: 'panel'; windowId: number | null };

/** What the panel reads of a tab: no URL, which would need the "tabs" permission. */
export interface TabFacts {
  id?: number | undefined;
  windowId?: number | undefined;
  active?: boolean | undefined;
  lastAccessed?: number | undefined;
}

/** The tab to follow at start: the window's active tab, or the last used tab that is not the panel. */
export function firstTab(host: PanelHost, tabs: readonly TabFacts[]): number | null {
  if (host.kind === 'panel') {
    const active = tabs.find(
      (tab) => tab.active === true && tab.id !== undefined && (host.windowId === null || tab.windowId === host.windowId),
    );
    return active?.id ?? null;
  }
  let best: TabFacts | null = null;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.id === host.tabId) continue;
    if (best === null || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best?.id ?? null;
}

/** The tab followed once `activated` became active: the panel itself, or another window's tab, changes nothing. */
export function tabOnActivation(host: PanelHost, followed: number | null, activated: { tabId: number; windowId: number }): number | null {
  if (host.kind === 'tab') return activated.tabId === host.tabId ? followed : activated.tabId;
  return host.windowId === null || activated.windowId === host.windowId ? activated.tabId : followed;
}

/** Whether the closing of `removed` leaves the panel without a tab (it then chooses again). */
export const losesFollowed = (followed: number | null, removed: number): boolean => followed === removed;

/** Whether an update of `updated` may change what the followed tab shows. */
export const concernsFollowed = (followed: number | null, updated: number): boolean => followed !== null && followed === updated;

export interface SenderFacts {
  id?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/**
 * Whether a message is our content script's notice that the followed tab shows another page or
 * person. Any other tab, another extension or a page is not heard: at worst it would make the
 * panel ask its own tab again, but nothing else should steer what the panel reads.
 */
export function isVisitOfFollowed(message: unknown, sender: SenderFacts, extensionId: string, followed: number | null): boolean {
  return followed !== null && sender.id === extensionId && sender.tab?.id === followed && isPageVisit(message);
}

/** Calls `run` once, `wait` ms after the last of a burst of calls (a page load fires many updates). */
export function debounce(
  run: () => void,
  wait: number,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const call = () => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      run();
    }, wait);
  };
  call.cancel = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  return call;
}
