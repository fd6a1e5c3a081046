// Opening the side panel from the background: the keyboard command (Chrome; Firefox's is its own
// `_execute_sidebar_action`) and the context menu on LinkedIn. The browser edge, kept small:
// each browser opens its panel only in answer to the user's gesture, so nothing awaits before
// the call.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { PickerOpenRequest } from '../../shared/panel-protocol';

/** Chrome's sidePanel, which webextension-polyfill does not know: only what we call. */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
/** Firefox's sidebarAction: only what we call. */
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

const chromeSidePanel = (): ChromeSidePanel | undefined => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = (): FirefoxSidebarAction | undefined => (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

const MENU_ID = 'nurture-side-panel';
export const OPEN_PICKER_COMMAND = 'open-picker';
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Opens the panel beside `tab` (its window's panel in Chrome, the sidebar in Firefox). */
export function openSidePanel(tab: { id?: number | undefined; windowId?: number | undefined } | undefined): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    if (tab?.windowId !== undefined) return sidePanel.open({ windowId: tab.windowId });
    if (tab?.id !== undefined) return sidePanel.open({ tabId: tab.id });
    return Promise.reject(new Error('no window to open the side panel in'));
  }
  const sidebar = firefoxSidebar();
  return sidebar ? sidebar.open() : Promise.reject(new Error('this browser has no side panel'));
}

/** The menu item on LinkedIn's pages, made anew at each install or update (ids must be unique). */
export async function createPanelMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuSidePanel'),
    contexts: ['page', 'selection', 'link', 'editable'],
    documentUrlPatterns: ['https://www.linkedin.com/*'],
  });
}

const warn = (what: string) => (error: unknown) => console.warn(`[nurture] ${what}: ${String(error)}`);

/** Registered at the worker's start, synchronously (an event that wakes the worker is heard). */
export function listenForPanelOpeners(): void {
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab: Tabs.Tab | undefined) => {
    if (info.menuItemId === MENU_ID) openSidePanel(tab).catch(warn('side panel'));
  });
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command === OPEN_PANEL_COMMAND) openSidePanel(tab).catch(warn('side panel'));
    else if (command === OPEN_PICKER_COMMAND) void openPicker(tab);
  });
}

/**
 * The picker's shortcut, through the commands API: the page never sees the keystroke. The
 * content script opens the picker of the composer that has the focus (it finds none in quiet
 * mode, or outside LinkedIn, where no content script answers).
 */
async function openPicker(tab: Tabs.Tab | undefined): Promise<void> {
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: PickerOpenRequest = { type: 'picker.open' };
  await browser.tabs.sendMessage(id, message).catch(() => {});
}
