// The content script's life: detect the page, start its features, follow LinkedIn's
// client-side navigation, and go quiet when the extension is reloaded or removed.
// One MutationObserver for everything, its callbacks batched.
import type { FeatureState, PageKind } from '../shared/contract';
import type { Translate } from '../shared/i18n';
import type { request as requestFn } from '../shared/client';
import type { Feature, RunningFeature } from './features/feature';
import { detectPage } from './linkedin/pages';

export interface BootOptions {
  window: Window & typeof globalThis;
  features: readonly Feature[];
  t: Translate;
  request: typeof requestFn;
  /** False once the extension was reloaded, updated or removed under this page. */
  isExtensionAlive: () => boolean;
  /** Milliseconds to gather DOM changes before scanning: LinkedIn mutates in bursts. */
  batchDelay?: number;
}

export interface Booted {
  /** Scan now instead of after the batch delay (tests, and the first scan). */
  flush(): void;
  stop(): void;
  readonly page: PageKind;
}

export function boot({ window: win, features, t, request, isExtensionAlive, batchDelay = 150 }: BootOptions): Booted {
  const doc = win.document;
  let href = win.location.href;
  let page = detectPage(href);
  let visit = new AbortController();
  let running: { feature: Feature; run: RunningFeature }[] = [];
  let lastReport = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const startVisit = () => {
    running = features
      .filter((feature) => feature.pages.includes(page))
      .map((feature) => ({ feature, run: feature.start({ document: doc, page, signal: visit.signal, t, request }) }));
  };

  const report = (states: Record<string, FeatureState>) => {
    const key = JSON.stringify([page, states]);
    if (key === lastReport) return;
    lastReport = key;
    // The popup shows this; a failure only means the popup shows less.
    request('page.report', { page, features: states }).catch(() => {});
  };

  const scan = () => {
    timer = undefined;
    if (stopped) return;
    if (!isExtensionAlive()) {
      stop();
      return;
    }
    if (win.location.href !== href) {
      href = win.location.href;
      const next = detectPage(href);
      // Same kind of page (one thread to another): features keep their mounts and rescan.
      if (next !== page) {
        visit.abort();
        visit = new AbortController();
        page = next;
        startVisit();
      }
    }
    const states: Record<string, FeatureState> = {};
    for (const { feature, run } of running) states[feature.name] = run.scan();
    report(states);
  };

  const schedule = () => {
    if (timer === undefined && !stopped) timer = setTimeout(scan, batchDelay);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // URL changes that come without DOM changes (back/forward to a cached view).
  win.addEventListener('popstate', schedule);

  function stop() {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    win.removeEventListener('popstate', schedule);
    visit.abort();
    running = [];
  }

  startVisit();
  scan();

  return {
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      scan();
    },
    stop,
    get page() {
      return page;
    },
  };
}
