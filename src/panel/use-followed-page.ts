// What the followed tab shows, as Preact state: asked again at each switch of tab and each change
// the tab reports. Only the latest question counts: an answer that comes back after the user
// moved on is dropped.
import { useEffect, useState } from 'preact/hooks';
import type { PanelPageAnswer } from '../contract/panel-protocol';
import { askPage } from './tab-messages';
import { followTabs } from './tab-follower';

/** asking: a new tab, not answered yet. none: no LinkedIn page (or no tab) to follow. */
export type TabPage = { state: 'asking' } | { state: 'none' } | { state: 'page'; answer: PanelPageAnswer };

export interface FollowedPage {
  tabId: number | null;
  /** Counts the switches of tab (the first choice included): each one is a new "first shown". */
  switches: number;
  page: TabPage;
}

export function useFollowedPage(): FollowedPage {
  const [followed, setFollowed] = useState<FollowedPage>({ tabId: null, switches: 0, page: { state: 'asking' } });

  useEffect(() => {
    let tabId: number | null = null;
    let asked = 0;
    const ask = (switched: boolean) => {
      const question = ++asked;
      const tab = tabId;
      if (tab === null) {
        setFollowed((was) => ({ tabId: null, switches: was.switches + (switched ? 1 : 0), page: { state: 'none' } }));
        return;
      }
      // A switch shows "asking" at once: the last tab's person must not linger under another tab.
      if (switched) setFollowed((was) => ({ tabId: tab, switches: was.switches + 1, page: { state: 'asking' } }));
      void askPage(tab).then((answer) => {
        if (question !== asked) return;
        setFollowed((was) => ({ ...was, tabId: tab, page: answer === null ? { state: 'none' } : { state: 'page', answer } }));
      });
    };
    return followTabs({
      onTab: (next) => {
        tabId = next;
        ask(true);
      },
      onChange: () => ask(false),
    });
  }, []);

  return followed;
}
