// Opening the side panel from the background: the keyboard command (Chrome; Firefox's is its own
// `_execute_sidebar_action`) and the context menu on LinkedIn. The browser edge, kept small:
// each browser opens its panel only in answer to the user's gesture, so nothing awaits before
// the call.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { PickerOpenRequest } from '../../contract/panel-protocol';
import { openSidePanel } from '../../platform/side-panel';

const MENU_ID = 'nurture-side-panel';
export const OPEN_PICKER_COMMAND = 'open-picker';
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Opens the panel beside `tab`'s window (the popup's button calls the same). */
const openBeside = (tab: { windowId?: number | undefined } | undefined): Promise<boolean> => openSidePanel(tab?.windowId ?? null);

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
    if (info.menuItemId === MENU_ID) openBeside(tab).catch(warn('side panel'));
  });
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command === OPEN_PANEL_COMMAND) openBeside(tab).catch(warn('side panel'));
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
