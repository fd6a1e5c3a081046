// The panel's questions to the content script of the tab it follows (src/contract/panel-protocol.ts).
// Whatever comes back is checked: no answer (not a LinkedIn tab, or a tab opened before the
// extension was installed or reloaded) and a malformed one both read as null.
import browser from 'webextension-polyfill';
import {
  isPanelInsertAnswer,
  isPanelPageAnswer,
  type PanelInsertAnswer,
  type PanelInsertRequest,
  type PanelPageAnswer,
  type PanelPageRequest,
} from '../contract/panel-protocol';

/** What the tab shows: its page, the person on it, the composer the user last focused. */
export async function askPage(tabId: number): Promise<PanelPageAnswer | null> {
  const question: PanelPageRequest = { type: 'panel.page' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, question).catch(() => null);
  return isPanelPageAnswer(answer) ? answer : null;
}

/** Inserts a prepared share into the tab's focused composer; the content script logs it. */
export async function insertInTab(tabId: number, share: Omit<PanelInsertRequest, 'type'>): Promise<PanelInsertAnswer | null> {
  const question: PanelInsertRequest = { type: 'panel.insert', ...share };
  const answer: unknown = await browser.tabs.sendMessage(tabId, question).catch(() => null);
  return isPanelInsertAnswer(answer) ? answer : null;
}
