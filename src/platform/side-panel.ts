// Opening the side panel: Chrome's sidePanel API, Firefox's sidebarAction. Neither is in the
// polyfill's shape for both browsers, so each is read from the global it lives on, with the few
// members used typed here. Both must be called from a user gesture (a click in the popup, a
// command in the background), with no await before the call: Firefox refuses it otherwise.

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}
/** The globals the two APIs hang from (globalThis in a page or the service worker). */
export interface SidePanelScope {
  chrome?: { sidePanel?: Partial<ChromeSidePanel> } | undefined;
  browser?: { sidebarAction?: Partial<FirefoxSidebarAction> } | undefined;
}

export type SidePanelKind = 'chrome' | 'firefox';

/** Which side panel this browser has, or null (an old Chrome, Safari, a test page). */
export function sidePanelKind(scope: SidePanelScope = globalThis as SidePanelScope): SidePanelKind | null {
  if (typeof scope.chrome?.sidePanel?.open === 'function') return 'chrome';
  if (typeof scope.browser?.sidebarAction?.open === 'function') return 'firefox';
  return null;
}

/**
 * Opens the panel beside `windowId` (Chrome needs the window; Firefox opens it in the current one).
 * Answers false when the browser has none, or when Chrome has no window to open it in.
 */
export async function openSidePanel(windowId: number | null, scope: SidePanelScope = globalThis as SidePanelScope): Promise<boolean> {
  const sidePanel = scope.chrome?.sidePanel;
  if (typeof sidePanel?.open === 'function') {
    if (windowId === null) return false;
    await sidePanel.open({ windowId });
    return true;
  }
  const sidebarAction = scope.browser?.sidebarAction;
  if (typeof sidebarAction?.open === 'function') {
    await sidebarAction.open();
    return true;
  }
  return false;
}
