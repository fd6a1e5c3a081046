// The content script's life: detect the page, start its features, follow LinkedIn's
// client-side navigation, and go quiet when the extension is reloaded or removed.
// One MutationObserver for everything, its callbacks batched.
import type { FeatureState, PageKind, ReaderPart } from '../contract/index';
import type { Translate } from '../i18n/i18n';
import type { request as requestFn } from '../contract/client';
import type { Feature, RunningFeature } from './features/feature';
import { detectPage } from './linkedin/pages';
import { WATCH, pageReader } from './linkedin/snapshot';

export interface BootOptions {
  window: Window & typeof globalThis;
  features: readonly Feature[];
  t: Translate;
  request: typeof requestFn;
  /** False once the extension was reloaded, updated or removed under this page. */
  isExtensionAlive: () => boolean;
  /** The user's choices that decide what may run: in quiet mode nothing is added to the page. */
  loadConfig: () => Promise<{ quietMode: boolean; keepReplyText: boolean }>;
  /** Milliseconds of calm to wait for before scanning: LinkedIn mutates in bursts. */
  batchDelay?: number;
  /** The longest a scan waits while the page never calms down (a feed loading, a busy inbox). */
  maxDelay?: number;
}

export interface Booted {
  /** Settles once the configuration is known and the first scan ran. */
  readonly ready: Promise<void>;
  /** Scan now instead of after the batch delay (tests, and the first scan). */
  flush(): void;
  /**
   * Asks for the configuration again (the settings changed): a change of quiet mode or reply
   * text restarts the visit, so buttons go or come back in this page at once.
   */
  reloadConfig(): Promise<void>;
  stop(): void;
  readonly page: PageKind;
}

export function boot({
  window: win,
  features,
  t,
  request,
  isExtensionAlive,
  loadConfig,
  batchDelay = 150,
  maxDelay = 600,
}: BootOptions): Booted {
  const doc = win.document;
  let href = win.location.href;
  let page = detectPage(href);
  let visit = new AbortController();
  let running: { feature: Feature; run: RunningFeature }[] = [];
  let lastReport = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change the pending scan waits for came. */
  let pendingSince = 0;
  let stopped = false;
  let quiet = false;
  let keepReplyText = false;
  let quieted: string[] = [];
  let started = false;

  const startVisit = () => {
    const here = features.filter((feature) => feature.pages.includes(page));
    quieted = quiet ? here.filter((feature) => feature.addsToPage).map((feature) => feature.name) : [];
    running = here
      .filter((feature) => !quieted.includes(feature.name))
      .map((feature) => ({ feature, run: feature.start({ document: doc, page, signal: visit.signal, t, request, keepReplyText }) }));
  };

  const restartVisit = () => {
    visit.abort();
    visit = new AbortController();
    startVisit();
  };

  /** Quiet mode may have been switched since: asked again on a new kind of page, and when the settings change. */
  const refreshConfig = () =>
    loadConfig().then(
      (config) => {
        if (stopped || (config.quietMode === quiet && config.keepReplyText === keepReplyText)) return;
        quiet = config.quietMode;
        keepReplyText = config.keepReplyText;
        restartVisit();
        schedule();
      },
      () => {},
    );

  const report = (states: ReadonlyMap<string, FeatureState>, missing: ReaderPart[]) => {
    const features = Object.fromEntries(states);
    const key = JSON.stringify([page, features, missing]);
    if (key === lastReport) return;
    lastReport = key;
    // The popup shows this; a failure only means the popup shows less.
    request('page.report', { page, features, missing }).catch(() => {});
  };

  const scan = () => {
    timer = undefined;
    if (stopped || !started) return;
    if (!isExtensionAlive()) {
      stop();
      return;
    }
    const now = win.location.href;
    if (now !== href) {
      href = now;
      const next = detectPage(href);
      // Same kind of page (one thread to another): features keep their mounts and rescan.
      if (next !== page) {
        page = next;
        restartVisit();
        void refreshConfig();
      }
    }
    // One read of the page for every feature: what changed since the last scan, records not yet
    // delivered to the observer's callback included.
    for (const records of pending.splice(0)) reader.note(records);
    const snapshot = reader.read(observer.takeRecords(), href);
    // A Map like every table keyed by a name, though these names are the features' own.
    const states = new Map<string, FeatureState>();
    const missing = new Set<ReaderPart>();
    for (const name of quieted) states.set(name, 'quiet');
    for (const { feature, run } of running) {
      const result = run.scan(snapshot);
      if (typeof result === 'string') states.set(feature.name, result);
      else {
        states.set(feature.name, result.state);
        for (const part of result.missing) missing.add(part);
      }
    }
    report(states, [...missing].sort());
  };

  // Each change pushes the scan back until the page calms down, never past maxDelay: a scan
  // costs a walk of what changed, so a feed growing for a second gets two scans, not seven.
  // A page that re-renders on every frame calls the observer every frame: a change only counts
  // itself (no clearTimeout and setTimeout, and no clock read either: measured, reading the
  // clock there cost more than the rest of the callback in our world), and the one timer, when
  // it fires after changes came during its wait, waits once more: a scan comes after a whole
  // batch delay without a change, at most two batch delays after the last one.
  let changes = 0;
  const wake = () => {
    timer = undefined;
    const left = pendingSince + maxDelay - Date.now();
    if (changes > 0 && left > 0) {
      changes = 0;
      timer = setTimeout(wake, Math.min(batchDelay, left));
    } else scan();
  };
  const schedule = () => {
    if (stopped) return;
    if (timer !== undefined) {
      changes++;
      return;
    }
    pendingSince = Date.now();
    changes = 0;
    timer = setTimeout(wake, batchDelay);
  };

  const reader = pageReader(doc, (shadowRoot) => observer.observe(shadowRoot, WATCH));
  // The records wait for the scan: on a page that re-renders every frame the callback runs every
  // frame (310 times for a 500-post feed), and reading ten records there, each a wrapper made
  // for our world, cost five times keeping them. The scan reads them once, off the frame.
  const pending: MutationRecord[][] = [];
  const observer = new win.MutationObserver((records) => {
    if (stopped) return;
    pending.push(records);
    schedule();
  });
  observer.observe(doc.documentElement, WATCH);
  // URL changes that come without DOM changes: back/forward to a cached view, and LinkedIn's
  // pushState, which the Navigation API reports (Chromium; Firefox's DOM changes tell instead).
  win.addEventListener('popstate', schedule);
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', schedule);

  function stop() {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    pending.length = 0;
    win.removeEventListener('popstate', schedule);
    navigation?.removeEventListener('currententrychange', schedule);
    visit.abort();
    running = [];
  }

  // Nothing starts before the configuration is known: in quiet mode not one node is added.
  const ready = loadConfig()
    .then(
      (config) => {
        quiet = config.quietMode;
        keepReplyText = config.keepReplyText;
      },
      () => {
        // No answer from the background: the user's choice is unknown, and buttons could not
        // work anyway. Add nothing.
        quiet = true;
      },
    )
    .then(() => {
      if (stopped) return;
      started = true;
      startVisit();
      scan();
    });

  return {
    ready,
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      scan();
    },
    stop,
    // After the first configuration is known: an older answer must not overwrite a newer one.
    reloadConfig: () => ready.then(refreshConfig),
    get page() {
      return page;
    },
  };
}
