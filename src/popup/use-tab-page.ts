// What the tab under the popup shows (src/contract/panel-protocol.ts), asked once at open of its
// content script, never of the background: it does not queue in front of the library's search.
import { useEffect, useState } from 'preact/hooks';
import type { PanelPageAnswer } from '../contract/panel-protocol';
import { askPage } from '../panel/tab-messages';
import { activeTabId } from './active-tab';

/** asking: not answered yet. none: no tab, or no content script of ours in it (not LinkedIn). */
export type TabPage = { state: 'asking' } | { state: 'none' } | { state: 'page'; tabId: number; answer: PanelPageAnswer };

export async function readTabPage(): Promise<TabPage> {
  try {
    const tabId = await activeTabId();
    const answer = tabId === null ? null : await askPage(tabId);
    return tabId === null || answer === null ? { state: 'none' } : { state: 'page', tabId, answer };
  } catch {
    return { state: 'none' };
  }
}

export function useTabPage(): TabPage {
  const [page, setPage] = useState<TabPage>({ state: 'asking' });
  useEffect(() => {
    let live = true;
    void readTabPage().then((read) => live && setPage(read));
    return () => {
      live = false;
    };
  }, []);
  return page;
}
