// Database scale in Chromium's real IndexedDB, through the built extension: 5,000 library
// items, 10,000 prospects and 100,000 interactions loaded by a restore, then the popup and
// recording a reply, as a user would meet them. (The restore's and the CSV export's own figures:
// bench/export-restore.bench.ts.)
import { afterAll, beforeAll, it } from 'vitest';
import { evaluateInContentScript, launch, type Session } from '../test/e2e/launch';
import { measure, medianOf, ms, p95Of, table } from './figures';
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
    { figure: 'restore of the whole backup (loading the data)', median: ms(importMs) },
    { figure: 'popup first results (budget 100 ms)', median: ms(medianOf(opens.map((o) => o.first))) },
    {
      figure: 'popup due/awaiting lists shown (budget 150 ms p95)',
      median: `${ms(medianOf(opens.map((o) => o.lists)))}, p95 ${ms(p95Of(opens.map((o) => o.lists)))}`,
    },
    { figure: 'popup lists, first open after the restore (no cache)', median: ms(afterRestore.lists) },
    { figure: 'record one reply, content script round trip (budget 10 ms)', median: ms(replyMs[10]!) },
  ]);
  record('scale-chromium', [
    {
      figure: 'popup first results with that data',
      median: medianOf(opens.map((o) => o.first)),
      p95: p95Of(opens.map((o) => o.first)),
      budget: '< 100 ms',
    },
    // A p95 budget: the report judges medians unless told, so it is told.
    {
      figure: 'popup due/awaiting lists shown',
      median: medianOf(opens.map((o) => o.lists)),
      p95: p95Of(opens.map((o) => o.lists)),
      budget: '< 150 ms p95',
      met: p95Of(opens.map((o) => o.lists)) < 150,
    },
    { figure: 'popup due/awaiting lists, first open after the restore (no cache)', median: afterRestore.lists, p95: null, budget: null },
    { figure: 'record one reply (content script round trip)', median: replyMs[10]!, p95: replyMs[18]!, budget: '< 10 ms' },
  ]);
  await linkedin.close();
  await dashboard.close();
}, 600_000);
