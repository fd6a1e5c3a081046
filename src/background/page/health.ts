// Per-tab health of the content script: what it mounted and what its readers missed. Kept out
// of IndexedDB (main.ts keeps it in storage.session): it lasts a browser session.
import type { PageHealth } from '../../contract/page-health';
import type { PAGE_REQUESTS } from '../../contract/requests/page';
import type { HandlersFor } from '../router';

export interface HealthStore {
  get(tabId: number): Promise<PageHealth | null>;
  set(tabId: number, health: PageHealth): Promise<void>;
}

export function pageHandlers({ health, now }: { health: HealthStore; now: () => number }): HandlersFor<typeof PAGE_REQUESTS> {
  return {
    'page.report': async ({ page, features, missing }, sender) => {
      if (sender.tabId === undefined) throw new Error('page.report needs a tab');
      await health.set(sender.tabId, { page, features, missing: [...new Set(missing)], at: now() });
      return { recorded: true };
    },
    'page.visit': async () => ({ seen: true }),
    'page.health': async ({ tabId }) => health.get(tabId),
  };
}
