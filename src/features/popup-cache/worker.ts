// The popup's first-screen cache, kept by the background: the only writer, so the only one that
// knows what a write made wrong. An answer to one of the popup's first-screen requests is kept
// (src/features/popup-cache/sections.ts says which); a committed write drops every entry that read a store
// it touched, at once (an erased person's name leaves the cache with the write), and the
// entries it dropped are asked again a moment later, so the next popup still paints at once.
import { POPUP_SECTIONS, cacheKey, entryOf, sectionOfRequest, sectionsReading, SECTIONS, type PopupSection } from './sections';
import type { StoreName } from '../../contract/stores';
import type { Route, Sender } from '../../background/router';

/** What the cache needs of storage.session (webextension-polyfill's StorageArea fits). */
export interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface PopupCacheDeps {
  area: SessionArea;
  now: () => number;
  /** How long after a write the dropped entries are asked again (a burst of writes: once). */
  refreshAfterMs?: number;
}

const BACKGROUND: Sender = { kind: 'extension-page', tabId: undefined };

export function createPopupCache({ area, now, refreshAfterMs = 1000 }: PopupCacheDeps) {
  // Bumped when a write drops a section: an answer read before the write is not kept.
  const generation = Object.fromEntries(SECTIONS.map((section) => [section, 0])) as Record<PopupSection, number>;
  // Every storage call in order: a drop issued after a keep always wins.
  let queue: Promise<void> = Promise.resolve();
  const serial = (work: () => Promise<void>): Promise<void> => (queue = queue.then(work).catch(() => {}));
  const pending = new Set<PopupSection>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let route: Route | null = null;

  const refreshNow = async (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const sections = [...pending];
    pending.clear();
    // Through the route, so each answer is kept the same way as the popup's own.
    await Promise.all(sections.map((section) => route?.(POPUP_SECTIONS[section], BACKGROUND)));
    await queue;
  };

  return {
    /** The route that keeps the first-screen answers. */
    wrap(inner: Route): Route {
      route = async (raw, sender) => {
        const section = sectionOfRequest(raw);
        if (section === null) return inner(raw, sender);
        const before = generation[section];
        const answer = await inner(raw, sender);
        if (answer.ok && generation[section] === before) {
          const key = cacheKey(section);
          const entry = entryOf(answer.value, now());
          void serial(() => area.set({ [key]: entry }));
        }
        return answer;
      };
      return route;
    },

    /** After a committed write to `stores`: drop what it made wrong, ask it again soon. */
    changed(stores: readonly StoreName[]): Promise<void> {
      const dropped = sectionsReading(stores);
      if (dropped.length === 0) return queue;
      for (const section of dropped) generation[section]++;
      const keys = dropped.map(cacheKey);
      return serial(async () => {
        const held = await area.get(keys);
        await area.remove(keys);
        // Only what the popup had: a cache is never made out of nothing.
        for (const section of dropped) if (held[cacheKey(section)] !== undefined) pending.add(section);
        if (pending.size > 0 && timer === null) timer = setTimeout(() => void refreshNow(), refreshAfterMs);
      });
    },

    /** Asks the dropped entries again now (tests; the timer does it otherwise). */
    refreshNow,

    /** Resolves when every storage call issued so far is done. */
    settled: (): Promise<void> => queue,
  };
}

export type PopupCacheWriter = ReturnType<typeof createPopupCache>;
