// Nothing leaves the machine: a whole salesperson's session with the built extension, every
// request the browser makes recorded twice — by Playwright (pages and the service worker, once
// the test is attached) and by Chromium's own NetLog (everything, from the first instant the
// worker runs, written when the browser closes) — and nothing a page or the extension starts goes
// anywhere but LinkedIn (served from the saved pages) or the extension itself. The browser's own
// traffic is told apart by what started it (test/e2e/net-log.ts), never by its hosts; the test
// of that rule, against a build that sends requests elsewhere, is test/e2e/privacy-leak.test.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launch, type Session } from './launch';
import { allowedDestination, readNetLog, requestsIn, startedElsewhere } from './net-log';
import { OurUi } from './our-ui';
import { trackFromPanel } from './side-panel';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';

// ---- the session -----------------------------------------------------------------------------

let session: Session;
let dir: string;
let netLog: string;
const seen: { url: string; from: string }[] = [];
const describeRequest = (request: Request) => {
  const worker = request.serviceWorker();
  const frame = worker ? null : request.frame();
  return { url: request.url(), from: worker ? `worker ${worker.url()}` : `page ${frame?.url() ?? '?'}` };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nurture-netlog-'));
  netLog = join(dir, 'netlog.json');
  session = await launch([`--log-net-log=${netLog}`, '--net-log-capture-mode=Default']);
  session.context.on('request', (request) => void seen.push(describeRequest(request)));
});
afterAll(async () => {
  await session?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy: every request of a whole session', () => {
  it('goes to LinkedIn or the extension only, from start-up to shutdown', async () => {
    const { context } = session;

    // The popup: the starter library, a search.
    const popup = await context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await expect.poll(() => popup.getByTestId('result-count').textContent(), { timeout: 15_000 }).toMatch(/^\d+/);
    await popup.getByRole('searchbox').fill('cfo');
    await expect.poll(() => popup.locator('.item-title').count()).toBeGreaterThan(0);
    await popup.close();

    // Every dashboard tab.
    const dashboard = await context.newPage();
    for (const view of ['library', 'sources', 'prospects', 'activity', 'insights', 'settings', 'data']) {
      await dashboard.goto(session.url(`src/dashboard/index.html#${view}`));
      await dashboard.locator('main').waitFor();
      await dashboard.waitForTimeout(300);
    }

    // A library file whose items link to, and picture, other hosts: imported, listed.
    await dashboard.goto(session.url('src/dashboard/index.html#sources'));
    await dashboard.locator('input[name="library-file"]').setInputFiles('test/fixtures/feeds/wordpress.rss.xml');
    await expect.poll(() => dashboard.getByTestId('import-report').textContent(), { timeout: 15_000 }).toMatch(/[1-9]\d* added/);
    await dashboard.getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => dashboard.locator('.results li').count(), { timeout: 10_000 }).toBeGreaterThan(12);

    // LinkedIn: share into a message with the picker, track the person from their profile.
    const page = await context.newPage();
    await page.goto(THREAD);
    await (await OurUi.of(page)).openPicker('form.msg-form', 'cfo business');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('form.msg-form .msg-form__contenteditable').innerText(), { timeout: 10_000 })
      .toContain('https://');
    await page.goto(PROFILE);
    await trackFromPanel(session, page, 'Ada Sample');
    await page.close();

    // Exports: the log as CSV, everything as a backup.
    await dashboard.goto(session.url('src/dashboard/index.html#activity'));
    await expect.poll(() => dashboard.getByTestId('log').locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const csv = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export CSV' }).first().click();
    expect((await csv).suggestedFilename()).toMatch(/^nurture-activity-.*\.csv$/);
    await dashboard.goto(session.url('src/dashboard/index.html#data'));
    const backup = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Download a backup' }).click();
    expect((await backup).suggestedFilename()).toMatch(/^nurture-backup-.*\.json$/);
    await dashboard.close();

    // What Playwright saw: pages and the worker.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some(({ from }) => from.startsWith('page chrome-extension://'))).toBe(true);
    expect(seen.filter(({ url }) => !allowedDestination(url, session.extensionId))).toEqual([]);

    // What Chromium's network stack saw, from the very start (the worker's first run included).
    await session.close();
    expect(existsSync(netLog)).toBe(true);
    const requests = requestsIn(readNetLog(netLog));
    // The log did record this session's browsing (so an empty list below means something).
    expect(requests.some(({ url }) => url.startsWith('https://www.linkedin.com/'))).toBe(true);
    expect(startedElsewhere(requests, session.extensionId).map(({ url, initiator }) => `${url} (from ${initiator ?? '?'})`)).toEqual([]);
  });
});
