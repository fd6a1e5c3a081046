// Database scale in Chromium's real IndexedDB, through the built extension: 5,000 library
// items, 10,000 prospects and 100,000 interactions loaded by a restore, then the popup, the
// CSV export and recording a reply, as a user would meet them.
import { afterAll, beforeAll, it } from 'vitest';
import { evaluateInContentScript, launch, type Session } from '../test/e2e/launch';
import { measure, ms, table } from './figures';
import { record } from './record';
import { backupText } from './seed';

let session: Session;
beforeAll(async () => {
  // Precise memory figures: without the flag Chromium rounds and caches performance.memory.
  session = await launch(['--enable-precise-memory-info']);
});
afterAll(async () => {
  await session?.close();
});

it('scale: 5,000 items, 10,000 prospects, 100,000 interactions in Chromium', async () => {
  const now = Date.now();
  const text = backupText(5000, 10_000, 100_000, now);
  const dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html#data'));
  const importMs = await dashboard.evaluate(async (file) => {
    const start = performance.now();
    const answer = await chrome.runtime.sendMessage({ type: 'backup.import', payload: { text: file, mode: 'replace' } });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return performance.now() - start;
  }, text);

  // The popup: first results, and the due/awaiting lists, each read from the popup's own User
  // Timing marks (set when the DOM has them, cached or answered) once the list is on screen.
  // The first open after the restore has no cache (the restore dropped it) and meets a cold
  // database: it is its own figure, not a warm-up thrown away.
  const popupOpen = async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/popup/index.html'));
    await page.getByTestId('due').waitFor();
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? performance.now();
      return { first: at('nurture:first-results'), lists: at('nurture:lists-shown') };
    });
    await page.close();
    return marks;
  };
  const afterRestore = await popupOpen();
  const opens: { first: number; lists: number }[] = [];
  await measure(async () => opens.push(await popupOpen()), 20, 0);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const med = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
  // Nearest rank: of 20 opens, the 19th slowest.
  const p95 = (values: number[]) => sorted(values)[Math.ceil(values.length * 0.95) - 1]!;

  // CSV export of the whole log, as the dashboard does it, with the worker's heap.
  // Peak heap of the dashboard page, which gathers the chunks, sampled every 20 ms; the worker
  // holds one chunk at a time (the largest is reported) and exposes no heap figure.
  const exportRun = await dashboard.evaluate(async () => {
    const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const before = heap();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, heap())), 20);
    const start = performance.now();
    let after: unknown = null;
    let first = true;
    const parts: string[] = [];
    while (first || after) {
      first = false;
      const answer: { value: { text: string; next: unknown } } = await chrome.runtime.sendMessage({ type: 'activity.exportChunk', payload: { filter: {}, after, limit: 2000, exportId: 'bench' } });
      parts.push(answer.value.text);
      after = answer.value.next;
    }
    const blob = new Blob(parts);
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, heap());
    return { ms, bytes: blob.size, largest: Math.max(...parts.map((p) => p.length)), peakMb: (peak - before) / 2 ** 20 };
  });

  // Recording one reply, from the content script on a LinkedIn page (round trip included).
  const linkedin = await session.context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  await linkedin.waitForTimeout(500);
  const replyMs = (await evaluateInContentScript(
    linkedin,
    `(async () => {
      const times = [];
      for (let i = 0; i < 20; i++) {
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'replies.record', payload: { prospectId: '/in/member-7', pageUrl: location.href, replies: [{ externalId: 'bench-' + i + '-' + Date.now(), text: '' }] } });
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    })()`,
  )) as number[];

  table('Chromium, real IndexedDB, 5,000 items / 10,000 prospects / 100,000 interactions', [
    { figure: 'restore of the whole backup', median: ms(importMs) },
    { figure: 'popup first results (budget 100 ms)', median: ms(med(opens.map((o) => o.first))) },
    { figure: 'popup due/awaiting lists shown (budget 150 ms p95)', median: `${ms(med(opens.map((o) => o.lists)))}, p95 ${ms(p95(opens.map((o) => o.lists)))}` },
    { figure: 'popup lists, first open after the restore (no cache)', median: ms(afterRestore.lists) },
    { figure: `CSV export, ${(exportRun.bytes / 1e6).toFixed(1)} MB, largest chunk ${(exportRun.largest / 1e6).toFixed(2)} MB (budget 3 s)`, median: ms(exportRun.ms) },
    { figure: 'CSV export: peak heap growth of the dashboard page', median: `${exportRun.peakMb.toFixed(1)} MB` },
    { figure: 'record one reply, content script round trip (budget 10 ms)', median: ms(replyMs[10]!) },
  ]);
  record('scale-chromium', [
    { figure: 'restore of 5,000 items + 10,000 prospects + 100,000 interactions', median: importMs, p95: null, budget: null },
    { figure: 'popup first results with that data', median: med(opens.map((o) => o.first)), p95: p95(opens.map((o) => o.first)), budget: '< 100 ms' },
    // A p95 budget: the report judges medians unless told, so it is told.
    { figure: 'popup due/awaiting lists shown', median: med(opens.map((o) => o.lists)), p95: p95(opens.map((o) => o.lists)), budget: '< 150 ms p95', met: p95(opens.map((o) => o.lists)) < 150 },
    { figure: 'popup due/awaiting lists, first open after the restore (no cache)', median: afterRestore.lists, p95: null, budget: null },
    { figure: 'CSV export of 100,000 interactions (chunks into a Blob)', median: exportRun.ms, p95: null, budget: '< 3 s' },
    { figure: `CSV export: peak heap growth of the page (file: ${(exportRun.bytes / 2 ** 20).toFixed(1)} MB, largest chunk ${(exportRun.largest / 2 ** 20).toFixed(2)} MB)`, median: exportRun.peakMb, unit: 'MB', p95: null, budget: null },
    { figure: 'record one reply (content script round trip)', median: replyMs[10]!, p95: replyMs[18]!, budget: '< 10 ms' },
  ]);
  await linkedin.close();
  await dashboard.close();
}, 600_000);
