// Our content script's own time on the LinkedIn-like feed (bench/pages.ts, `realistic`) from a
// CPU profile of the page's renderer (V8's sampler, every 50 µs), which charges each sample to
// the functions on its stack: less noisy on a shared machine than content-script.bench.ts's
// trace, whose durations are wall time and take in every moment the thread was descheduled.
// A gap between two samples longer than CAP_US means the sampler itself did not run: only
// CAP_US of it is charged. Time spent in what our code calls (DOM, bindings) counts as ours.
// For function names: `npx vite build --mode chrome --minify false --outDir /tmp/unmin` and
// EXT_DIR=/tmp/unmin; the table then names the functions that cost most (self time).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { expect, it } from 'vitest';
import { QUIET_FLAGS, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from '../scripts/chromium.mjs';
import { medianOf, ms, table } from './figures';
import { PAGES } from './pages';
import { record } from './record';

const RUNS = 3;
const SAMPLING_US = 50;
const CAP_US = 300;
const POSTS = 500;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface OurTime {
  /** Every sample with a frame of ours on its stack (ms). */
  total: number;
  /** Of which evaluating the bundle (samples under its top-level frame). */
  startup: number;
  /** Of which under the MutationObserver callback and under the scan's timer, by outermost frame of ours. */
  byEntry: Map<string, number>;
  /** Self time by function of ours, what it calls natively included. */
  bySelf: Map<string, number>;
}

const isOurs = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
const label = ({ callFrame: { functionName, lineNumber, columnNumber } }: ProfileNode) =>
  `${functionName || '(anonymous)'} (${lineNumber + 1}:${columnNumber + 1})`;
const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

/** Splits the samples of `profile` between our script's functions. */
export function ourTime(profile: CpuProfile): OurTime {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Innermost and outermost frame of ours on each node's stack, once per node.
  const frames = new Map<number, { inner: ProfileNode; outer: ProfileNode } | null>();
  const oursOn = (id: number) => {
    if (!frames.has(id)) {
      let inner: ProfileNode | undefined;
      let outer: ProfileNode | undefined;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at)!;
        if (!isOurs(node)) continue;
        inner ??= node;
        outer = node;
      }
      frames.set(id, inner && outer ? { inner, outer } : null);
    }
    return frames.get(id)!;
  };
  const result: OurTime = { total: 0, startup: 0, byEntry: new Map(), bySelf: new Map() };
  for (let i = 0; i < profile.samples.length; i++) {
    const on = oursOn(profile.samples[i]!);
    if (!on) continue;
    const charged = Math.min(profile.timeDeltas[i + 1] ?? 0, CAP_US) / 1000;
    result.total += charged;
    // The bundle's top-level code: the anonymous function at its very start (a minified bundle
    // is one line: every function is on line 1).
    const { functionName, lineNumber, columnNumber } = on.outer.callFrame;
    if (functionName === '' && lineNumber === 0 && columnNumber === 0) result.startup += charged;
    add(result.byEntry, label(on.outer), charged);
    add(result.bySelf, label(on.inner), charged);
  }
  return result;
}

async function profileRun(context: BrowserContext, url: string, key: string): Promise<OurTime> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.dataset['bench'])).toBe(key);
    await page.waitForFunction(() => (window as unknown as { __benchDone?: boolean }).__benchDone === true, undefined, {
      timeout: 60_000,
      polling: 100,
    });
    // The scan that follows the last change (up to 600 ms later).
    await page.waitForTimeout(800);
    const { profile } = await cdp.send('Profiler.stop');
    return ourTime(profile as unknown as CpuProfile);
  } finally {
    await page.close();
  }
}

/** The extension at EXT_DIR (default dist/chrome), the welcome tab it opens on install closed. */
async function launchWith(dir: string) {
  const extension = resolve(dir);
  const profileDir = freshProfile();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: requireChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS, ...sandboxFlags()],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  // A background tab's animation frames are throttled: the page under test must be the only one.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 50))) {
    const welcome = context.pages().find((page) => page.url().endsWith('#welcome'));
    if (!welcome) continue;
    await welcome.close();
    break;
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

it('content script: our own time on the LinkedIn-like feed, from a CPU profile', async () => {
  const { key, url, html } = PAGES.find((page) => page.key === 'realistic')!;
  const session = await launchWith(process.env['EXT_DIR'] ?? 'dist/chrome');
  const runs: OurTime[] = [];
  try {
    await routeLinkedIn(session.context);
    await session.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    // Warm-up: HTTP and code caches, the worker awake.
    await profileRun(session.context, url, key);
    for (let i = 0; i < RUNS; i++) runs.push(await profileRun(session.context, url, key));
  } finally {
    await session.close();
  }
  const per100 = medianOf(runs.map((run) => ((run.total - run.startup) * 100) / POSTS));
  table(
    `Our script on the LinkedIn-like feed, ${POSTS} posts (CPU profile every ${SAMPLING_US} µs), ${RUNS} runs`,
    runs.map((run, i) => ({
      run: i + 1,
      ours: ms(run.total),
      'of which start-up': ms(run.startup),
      'per 100 posts, after start-up (budget < 2 ms)': ms(((run.total - run.startup) * 100) / POSTS),
    })),
  );
  const last = runs[runs.length - 1]!;
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, time]) => ({ function: name, ms: ms(time) }));
  table(
    'Last run: by outermost function of ours (the entry points: start-up, observer callback, scan timer, first scan)',
    top(last.byEntry, 6),
  );
  table('Last run: self time by function of ours (what it calls natively included)', top(last.bySelf, 15));
  record('content-profile', [
    {
      figure: 'our script per 100 posts added, after start-up (CPU profile), LinkedIn-like feed',
      median: per100,
      p95: null,
      budget: '< 2 ms',
      met: per100 < 2,
    },
  ]);
}, 600_000);
