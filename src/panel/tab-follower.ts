// The browser's side of following a tab (the rules are in follow.ts): which page the panel is,
// and the tab events that change what it should show.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { concernsFollowed, debounce, firstTab, isVisitOfFollowed, losesFollowed, tabOnActivation, type PanelHost } from './follow';

/** A burst of tab updates (a page loading) makes one question to the tab, this long after the last. */
export const UPDATE_DEBOUNCE_MS = 100;

export interface FollowEvents {
  /** The panel follows another tab (null: none). */
  onTab(tabId: number | null): void;
  /** The followed tab may show another page or person. */
  onChange(): void;
}

/** As a tab (tests, benchmarks) tabs.getCurrent names it; a real side panel or sidebar has no tab of its own. */
export async function panelHost(): Promise<PanelHost> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id !== undefined) return { kind: 'tab', tabId: self.id };
  const window = await browser.windows.getCurrent().catch(() => null);
  return { kind: 'panel', windowId: window?.id ?? null };
}

/** Follows the tab the panel is about until the answered function is called. */
export function followTabs({ onTab, onChange }: FollowEvents): () => void {
  let host: PanelHost | null = null;
  let followed: number | null = null;
  // The first choice is always told, even "no tab": the panel then stops waiting.
  let told = false;
  let stopped = false;
  const changed = debounce(() => {
    if (!stopped) onChange();
  }, UPDATE_DEBOUNCE_MS);

  const follow = (tabId: number | null) => {
    if (stopped || (told && tabId === followed)) return;
    told = true;
    followed = tabId;
    changed.cancel();
    onTab(tabId);
  };
  const choose = async () => {
    if (host === null) return;
    const query = host.kind === 'panel' && host.windowId !== null ? { windowId: host.windowId, active: true } : {};
    const tabs = await browser.tabs.query(query).catch(() => []);
    follow(firstTab(host, tabs));
  };

  // Listeners first, so nothing is missed while the host is worked out; events before it are moot
  // (the first choice reads the tabs as they are then).
  const onActivated = (info: Tabs.OnActivatedActiveInfoType) => {
    if (host !== null) follow(tabOnActivation(host, followed, info));
  };
  // Without the "tabs" permission changeInfo carries no URL: any change of the tab is worth a question.
  const onUpdated = (tabId: number) => {
    if (concernsFollowed(followed, tabId)) changed();
  };
  const onRemoved = (tabId: number) => {
    if (!losesFollowed(followed, tabId)) return;
    follow(null);
    void choose();
  };
  // Never answers (returns nothing): the background answers the content script's request.
  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (!isVisitOfFollowed(message, sender, browser.runtime.id, followed)) return undefined;
    changed.cancel();
    onChange();
    return undefined;
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.runtime.onMessage.addListener(onMessage);

  void panelHost().then((found) => {
    host = found;
    return choose();
  });

  return () => {
    stopped = true;
    changed.cancel();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
