// The service worker can be stopped at any moment (Chrome does it when idle, short of memory,
// or for an update) and the extension can be reloaded under open LinkedIn tabs. These tests do
// it to the built extension in Chromium mid-import, mid-log, mid-export and with a LinkedIn
// thread open, and check that nothing acknowledged is lost, nothing is half-written, the next
// message starts the worker again, and an orphaned content script goes quiet without errors.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupText, corpusAsRss, makeCorpus } from '../data/realistic';
import { evaluateInContentScript, launch, workerStopper, type Session } from './launch';
import { collectOurErrors } from './our-errors';
import { OurUi, SHARE } from './our-ui';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
type Counts = Record<'content' | 'sources' | 'prospects' | 'interactions' | 'settings', number>;
/** How a request sent without waiting ended: 'cut' when the stop left it without an answer. */
type Outcome = { state: 'pending' } | { state: 'answered'; answer: Answer<unknown> } | { state: 'cut'; message: string };
type Cursor = { at: number; id: number } | null;
/** What the tests keep in the dashboard page: big files sent once, and a request in flight. */
type Stash = { files: Record<string, string>; outcome: Outcome };

let session: Session;
let dashboard: Page;
let stopWorker: () => Promise<void>;

beforeAll(async () => {
  session = await launch();
  dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html#data'));
  stopWorker = await workerStopper(dashboard);
});
afterAll(async () => {
  await session?.close();
});

/** A request from the dashboard page, awaited; `textFrom` names a stashed file to send as payload.text. */
async function ask<T>(type: string, payload: Record<string, unknown>, textFrom?: string): Promise<T> {
  const answer = (await dashboard.evaluate(
    ([t, p, key]) => {
      const stash = window as unknown as Stash;
      return chrome.runtime.sendMessage({ type: t, payload: key ? { ...p, text: stash.files[key] } : p });
    },
    [type, payload, textFrom ?? null] as const,
  )) as Answer<T>;
  if (!answer.ok) throw new Error(`${type}: ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** Milliseconds a request takes from the dashboard: only to choose when to stop the worker. */
async function timed(type: string, payload: Record<string, unknown>, textFrom: string): Promise<number> {
  return dashboard.evaluate(
    async ([t, p, key]) => {
      const start = performance.now();
      const answer = (await chrome.runtime.sendMessage({ type: t, payload: { ...p, text: (window as unknown as Stash).files[key] } })) as {
        ok: boolean;
      };
      if (!answer.ok) throw new Error(JSON.stringify(answer));
      return performance.now() - start;
    },
    [type, payload, textFrom] as const,
  );
}

/** Sends a request from the dashboard and returns at once; settled() says how it ended. */
async function fire(type: string, payload: Record<string, unknown>, textFrom?: string): Promise<void> {
  await dashboard.evaluate(
    ([t, p, key]) => {
      const stash = window as unknown as Stash;
      stash.outcome = { state: 'pending' };
      // Chrome either rejects (the channel closed) or resolves with nothing when the worker goes.
      chrome.runtime.sendMessage({ type: t, payload: key ? { ...p, text: stash.files[key] } : p }).then(
        (answer?: Answer<unknown>) =>
          (stash.outcome = answer === undefined ? { state: 'cut', message: 'no answer' } : { state: 'answered', answer }),
        (error: unknown) => (stash.outcome = { state: 'cut', message: String(error) }),
      );
    },
    [type, payload, textFrom ?? null] as const,
  );
}

async function settled(): Promise<Outcome> {
  const outcome = () => dashboard.evaluate(() => (window as unknown as Stash).outcome);
  await expect.poll(async () => (await outcome()).state, { timeout: 30_000 }).not.toBe('pending');
  return outcome();
}

async function stash(files: Record<string, string>): Promise<void> {
  await dashboard.evaluate((f) => {
    const stashed = window as unknown as Stash;
    stashed.files = { ...stashed.files, ...f };
  }, files);
}

const counts = async () => (await ask<{ counts: Counts }>('db.stats', {})).counts;

/** The whole log's CSV as the dashboard downloads it (Activity, "Export CSV"); the worker is stopped `stopAfter` ms after the click, if given. */
async function downloadCsv(stopAfter?: number): Promise<string> {
  await dashboard.goto(session.url('src/dashboard/index.html#activity'));
  const download = dashboard.waitForEvent('download', { timeout: 30_000 });
  await dashboard.getByRole('button', { name: 'Export CSV' }).first().click();
  if (stopAfter !== undefined) {
    await sleep(stopAfter);
    await stopWorker();
  }
  const text = readFileSync((await (await download).path())!, 'utf8');
  await dashboard.goto(session.url('src/dashboard/index.html#data'));
  return text;
}

describe('a service worker stopped mid-work', () => {
  it('keeps a library import whole or not at all, answers the next message, and completes the import when asked again', async () => {
    const size = 4000;
    const rss = corpusAsRss(makeCorpus(size));
    // Each attempt brings items of its own host: a half-written attempt would show in the count.
    const file = (k: number) => rss.replaceAll('blog.example.com', `host-${k}.example.com`);
    const fractions = [0.15, 0.35, 0.55, 0.75, 0.9];
    const keys = [0, ...fractions.map((_, i) => i + 1)];
    await stash(Object.fromEntries(keys.map((k) => [`rss-${k}`, file(k)])));

    const initial = await counts();
    const whole = await timed('library.importFile', { fileName: 'file-0.xml' }, 'rss-0');
    let before = { content: initial.content + size, sources: initial.sources + 1 };
    expect(await counts()).toMatchObject(before);

    // Stopped at points spread over the time a whole import takes: parsing, writing, committing.
    const outcomes: Outcome['state'][] = [];
    for (const [i, fraction] of fractions.entries()) {
      const k = i + 1;
      await fire('library.importFile', { fileName: `file-${k}.xml` }, `rss-${k}`);
      await sleep(whole * fraction);
      await stopWorker();
      const outcome = await settled();
      outcomes.push(outcome.state);
      // The next message starts the worker again, and it answers.
      const now = await counts();
      const after = { content: now.content, sources: now.sources };
      const all = { content: before.content + size, sources: before.sources + 1 };
      if (outcome.state === 'answered') {
        expect(outcome.answer.ok).toBe(true);
        expect(after, `import answered, stopped at ${fraction}`).toEqual(all);
      } else {
        expect([before, all], `import stopped at ${fraction} of its time`).toContainEqual(after);
      }
      before = after;
    }
    // The kill did interrupt imports (their answers never came), not only idle workers.
    expect(outcomes).toContain('cut');

    // Imported again, every file is there in full, once.
    for (const k of keys.slice(1)) {
      const report = await ask<{ error: string | null; added: number; unchanged: number }>(
        'library.importFile',
        { fileName: `file-${k}.xml` },
        `rss-${k}`,
      );
      expect(report.error).toBeNull();
      expect(report.added + report.unchanged).toBe(size);
    }
    expect(await counts()).toMatchObject({ content: initial.content + keys.length * size, sources: initial.sources + keys.length });
  }, 240_000);

  it('keeps a restore the old database or the whole backup, store for store, never a mix', async () => {
    const now = Date.UTC(2026, 10, 22);
    await stash({ old: backupText(1000, 500, 8000, now), fresh: backupText(1100, 550, 9000, now) });
    const OLD: Counts = { content: 1000, sources: 0, prospects: 500, interactions: 8000, settings: 0 };
    const FRESH: Counts = { content: 1100, sources: 0, prospects: 550, interactions: 9000, settings: 0 };
    await ask('backup.import', { mode: 'replace' }, 'old');
    expect(await counts()).toEqual(OLD);
    const whole = await timed('backup.import', { mode: 'replace' }, 'fresh');
    expect(await counts()).toEqual(FRESH);

    const fractions = [0.2, 0.4, 0.6, 0.8, 0.95];
    const outcomes: Outcome['state'][] = [];
    let state = FRESH;
    for (const fraction of fractions) {
      if (state !== OLD) {
        await ask('backup.import', { mode: 'replace' }, 'old');
        expect(await counts()).toEqual(OLD);
      }
      await fire('backup.import', { mode: 'replace' }, 'fresh');
      await sleep(whole * fraction);
      await stopWorker();
      const outcome = await settled();
      outcomes.push(outcome.state);
      const after = await counts();
      if (outcome.state === 'answered') expect(after, `restore answered, stopped at ${fraction}`).toEqual(FRESH);
      else expect([OLD, FRESH], `restore stopped at ${fraction} of its time`).toContainEqual(after);
      state = after.interactions === FRESH.interactions ? FRESH : OLD;
    }
    expect(outcomes).toContain('cut');

    // Restored again, the backup is all there.
    await ask('backup.import', { mode: 'replace' }, 'fresh');
    expect(await counts()).toEqual(FRESH);
  }, 240_000);

  it('downloads the whole CSV from the streamed export when the worker is stopped during it', async () => {
    const interactions = (await counts()).interactions;
    // More than one of the stream's batches (5,000 rows).
    expect(interactions).toBeGreaterThan(5000);
    const clean = await downloadCsv();
    // Header, one row per entry, and the empty string after the last line break.
    expect(clean.split('\r\n')).toHaveLength(interactions + 2);
    // Soon after the click: before the port connects, or between its chunks.
    for (const pause of [0, 50, 150]) {
      const text = await downloadCsv(pause);
      expect(text.length, `stopped ${pause} ms after the click`).toBe(clean.length);
      expect(text === clean, `stopped ${pause} ms after the click`).toBe(true);
    }
  }, 120_000);

  it('loses no acknowledged share and logs none twice, when stopped between shares and mid-flight', async () => {
    const CONTENT = 'resilience-share';
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });

    /** Logs shares numbered from..to from the content script, one after the other; returns the acknowledged ids. */
    const logInTurn = async (from: number, to: number) =>
      (await evaluateInContentScript(
        page,
        `(async () => {
          const ids = [];
          for (let n = ${from}; n < ${to}; n++) {
            const answer = await chrome.runtime.sendMessage({ type: 'share.log', payload: { contentId: '${CONTENT}', prospectId: '/in/ada-sample-42', channel: 'message', pageUrl: location.href, link: 'https://example.com/r/' + n, captionIndex: null } });
            if (!answer || !answer.ok) throw new Error(JSON.stringify(answer));
            ids.push({ n, id: answer.value.id });
          }
          return ids;
        })()`,
      )) as { n: number; id: number }[];

    const acknowledged = [...(await logInTurn(0, 5))];
    await stopWorker();
    acknowledged.push(...(await logInTurn(5, 10)));
    await stopWorker();

    // Many at once, not awaited; the worker is stopped as soon as some were acknowledged.
    const FIRED = 400;
    await evaluateInContentScript(
      page,
      `(() => {
        globalThis.resilience = { acked: [], rejected: 0, failed: [] };
        for (let n = 100; n < ${100 + FIRED}; n++) {
          chrome.runtime
            .sendMessage({ type: 'share.log', payload: { contentId: '${CONTENT}', prospectId: '/in/ada-sample-42', channel: 'message', pageUrl: location.href, link: 'https://example.com/r/' + n, captionIndex: null } })
            .then((answer) => {
              if (answer && answer.ok) globalThis.resilience.acked.push({ n, id: answer.value.id });
              else {
                globalThis.resilience.rejected++;
                if (answer) globalThis.resilience.failed.push(answer);
              }
              document.documentElement.dataset.resilienceAcked = String(globalThis.resilience.acked.length);
            }, () => globalThis.resilience.rejected++);
        }
      })()`,
    );
    await page.waitForFunction(() => Number(document.documentElement.dataset['resilienceAcked'] ?? 0) >= 20, undefined, {
      polling: 5,
      timeout: 20_000,
    });
    await stopWorker();
    const flight = async () =>
      (await evaluateInContentScript(page, 'globalThis.resilience')) as {
        acked: { n: number; id: number }[];
        rejected: number;
        failed: unknown[];
      };
    await expect
      .poll(
        async () => {
          const { acked, rejected } = await flight();
          return acked.length + rejected;
        },
        { timeout: 30_000 },
      )
      .toBe(FIRED);
    const { acked, rejected, failed } = await flight();
    // Unanswered, not refused: the background never said no to a share.
    expect(failed).toEqual([]);
    // The stop cut some shares off: they were never acknowledged.
    expect(rejected).toBeGreaterThan(0);
    acknowledged.push(...acked);

    // Read back through the log's pages, from an extension page.
    const logged: { id: number; link: string }[] = [];
    let before: Cursor = null;
    do {
      const chunk: { entries: { interaction: { id: number; link?: string } }[]; next: Cursor } = await ask('activity.page', {
        filter: { contentId: CONTENT },
        before,
        limit: 200,
      });
      logged.push(...chunk.entries.map(({ interaction }) => ({ id: interaction.id, link: interaction.link ?? '' })));
      before = chunk.next;
    } while (before);
    const links = logged.map((entry) => entry.link);
    expect(new Set(links).size, 'a share logged twice').toBe(links.length);
    expect(new Set(logged.map((entry) => entry.id)).size).toBe(logged.length);
    const byLink = new Map(logged.map((entry) => [entry.link, entry.id]));
    for (const { n, id } of acknowledged) expect(byLink.get(`https://example.com/r/${n}`), `acknowledged share ${n}`).toBe(id);
    // Nothing there that was not sent.
    for (const link of links) expect(link).toMatch(/^https:\/\/example\.com\/r\/\d+$/);
    expect(logged.length).toBeLessThanOrEqual(10 + FIRED);

    // The log is whole: it exports, one row per entry.
    const rows = (await downloadCsv()).split('\r\n');
    expect(rows).toHaveLength((await counts()).interactions + 2);
    await page.close();
  }, 120_000);
});

describe('an extension reloaded under an open LinkedIn tab', () => {
  it('leaves an orphaned content script that removes what it added, asks nothing more and throws nothing', async () => {
    const page = await session.context.newPage();
    const errors = collectOurErrors(page);
    await page.goto(THREAD);
    const ui = await OurUi.of(page);
    // What we added: the elements inside closed shadow roots (the saved page has none of its own).
    const hosts = { count: async () => (await ui.elements()).filter((element) => element.inClosedRoot).length };
    await expect.poll(() => ui.count({ role: 'button', name: SHARE }), { timeout: 10_000 }).toBe(2);

    // Counts every message the content script tries to send, in its own world.
    const countCalls = `(() => {
      const counted = globalThis;
      counted.nurtureCalls = 0;
      for (const namespace of [globalThis.chrome, globalThis.browser]) {
        const runtime = namespace && namespace.runtime;
        if (!runtime || runtime.nurtureCounted) continue;
        const original = runtime.sendMessage;
        runtime.sendMessage = function (...args) { counted.nurtureCalls++; return original.apply(this, args); };
        runtime.nurtureCounted = true;
      }
    })()`;
    await evaluateInContentScript(page, countCalls);
    const calls = async () => (await evaluateInContentScript(page, 'globalThis.nurtureCalls')) as number;

    // The user sends a message carrying a link: the script reports it to the background.
    const sendOwnMessage = (n: number) =>
      page.evaluate((index) => {
        const list = document.querySelector('.msg-s-message-list-content')!;
        const li = document.createElement('li');
        li.className = 'msg-s-message-list__event';
        const message = document.createElement('div');
        message.className = 'msg-s-event-listitem';
        message.dataset['eventUrn'] = `urn:li:msg_message:(urn:li:fsd_profile:SELF,2-RES${index})`;
        const body = document.createElement('p');
        body.className = 'msg-s-event-listitem__body';
        const a = document.createElement('a');
        a.href = `https://example.com/reloaded/${index}`;
        a.textContent = a.href;
        body.append(a);
        message.append(body);
        li.append(message);
        list.append(li);
      }, n);
    // The counter and the error listeners see what they are meant to see.
    await sendOwnMessage(1);
    await expect.poll(calls, { timeout: 10_000 }).toBeGreaterThan(0);
    await evaluateInContentScript(
      page,
      `setTimeout(() => { throw new Error('resilience-probe') }, 0); Promise.reject(new Error('resilience-probe-rejection')); 0`,
    );
    await expect.poll(() => errors.join(' ')).toContain('resilience-probe-rejection');
    expect(errors.some((error) => /resilience-probe(?!-)/.test(error))).toBe(true);
    errors.length = 0;

    // The extension is reloaded (an update does the same): its worker and its pages go.
    // (From an extension page: the worker this session started with was stopped long ago.)
    const reloader = await session.context.newPage();
    await reloader.goto(session.url('src/popup/index.html'));
    await reloader.evaluate(() => chrome.runtime.reload()).catch(() => {});
    // The old script's extension context is gone (Chrome injects no new script into this tab).
    await expect.poll(() => evaluateInContentScript(page, 'Boolean(globalThis.chrome?.runtime?.id)'), { timeout: 20_000 }).toBe(false);
    expect(await hosts.count()).toBeGreaterThan(0);
    const before = await calls();

    // LinkedIn changes the page: the orphaned script removes its buttons and says nothing.
    await sendOwnMessage(2);
    await expect.poll(() => hosts.count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(800);
    expect(await hosts.count()).toBe(0);
    expect(await calls()).toBe(before);
    expect(errors).toEqual([]);
    // The counter still counts in the orphaned world: a message it tried would have shown.
    await evaluateInContentScript(
      page,
      'try { chrome.runtime.sendMessage({ type: "app.ping", payload: {} }).catch(() => {}); } catch {} 0',
    );
    expect(await calls()).toBe(before + 1);
    await page.close();
  }, 120_000);
});
