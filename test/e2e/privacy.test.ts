// Nothing leaves the machine: a whole salesperson's session with the built extension, every
// request the browser makes recorded twice — by Playwright (pages and the service worker, once
// the test is attached) and by Chromium's own NetLog (everything, from the first instant the
// worker runs, written when the browser closes) — and nothing goes anywhere but LinkedIn
// (served from the saved pages) or the extension itself.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launch, type Session } from './launch';
import { OurUi } from './our-ui';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';

/** Where a request may go: LinkedIn (the fixtures stand in for it) or the extension's own URLs. */
function allowed(url: string, extensionId: string): boolean {
  if (url.startsWith('https://www.linkedin.com/')) return true;
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  return /^(data|blob):/.test(url);
}

// ---- Chromium's NetLog ---------------------------------------------------------------------

interface NetLogEvent {
  type: number;
  source: { id: number; type: number };
  params?: { url?: string; initiator?: string; request_headers?: { headers?: string[] } };
}
interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: NetLogEvent[];
}

/** The file is complete once the browser closed; if it was cut short, close its event list. */
function readNetLog(path: string): NetLog {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    return JSON.parse(`${text.replace(/,\s*$/, '')}]}`) as NetLog;
  }
}

/** The autofill server's query names the browser in its first field: "Chrome/156.0…". */
const autofillQueryOfChromium = (url: URL) => {
  const encoded = /^\/v1\/pages\/([A-Za-z0-9_=-]+)$/.exec(url.pathname)?.[1];
  return encoded !== undefined && /^\n.Chrome\/\d/s.test(Buffer.from(encoded, 'base64url').toString('latin1'));
};

/**
 * Chromium's own traffic, which the quiet flags do not fully stop: the updater's check, the
 * account check of the browser's sign-in, and autofill's query about a form a page shows
 * (the dashboard's). Matched on everything that identifies them (host,
 * path, and what only Chromium itself sends), so an extension request to the same host
 * would still be seen. Nothing else is ever excused.
 */
const CHROMIUM_OWN: ((url: URL, headers: string[]) => boolean)[] = [
  (url, headers) =>
    url.host === 'update.googleapis.com' && url.pathname === '/service/update2/json' && headers.some((h) => /^X-Goog-Update-Updater: chromium-/.test(h)),
  (url, headers) =>
    url.host === 'accounts.google.com' && url.pathname === '/ListAccounts' && url.searchParams.get('source') === 'ChromiumBrowser' && headers.includes('Origin: https://www.google.com'),
  (url) => url.host === 'content-autofill.googleapis.com' && url.searchParams.get('alt') === 'proto' && autofillQueryOfChromium(url),
];

interface NetRequest {
  url: string;
  initiator: string | null;
  headers: string[];
}

/**
 * Every request the network service saw. A request Playwright blocked never starts a job, but
 * it still shows as a CORS request: both kinds of event count.
 */
function requestsIn(log: NetLog): NetRequest[] {
  const wanted = new Set(['URL_REQUEST_START_JOB', 'CORS_REQUEST', 'REQUEST_ALIVE'].map((name) => log.constants.logEventTypes[name]));
  const bySource = new Map<number, NetRequest>();
  for (const event of log.events) {
    if (!wanted.has(event.type) || !event.params?.url) continue;
    const known = bySource.get(event.source.id) ?? { url: event.params.url, initiator: null, headers: [] };
    known.initiator ??= event.params.initiator ?? null;
    known.headers.push(...(event.params.request_headers?.headers ?? []));
    bySource.set(event.source.id, known);
  }
  return [...bySource.values()];
}

function chromiumOwn(request: NetRequest): boolean {
  // Never excuse what a page or the extension started.
  if (request.initiator && request.initiator !== 'not an origin') return false;
  const url = new URL(request.url);
  return CHROMIUM_OWN.some((rule) => rule(url, request.headers));
}

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
    await expect.poll(() => page.locator('form.msg-form .msg-form__contenteditable').innerText(), { timeout: 10_000 }).toContain('https://');
    await page.goto(PROFILE);
    const ui = await OurUi.of(page);
    await ui.trackAsProspect();
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
    expect(seen.filter(({ url }) => !allowed(url, session.extensionId))).toEqual([]);

    // What Chromium's network stack saw, from the very start (the worker's first run included).
    await session.close();
    expect(existsSync(netLog)).toBe(true);
    const requests = requestsIn(readNetLog(netLog));
    // The log did record this session's browsing (so an empty list below means something).
    expect(requests.some(({ url }) => url.startsWith('https://www.linkedin.com/'))).toBe(true);
    const elsewhere = requests.filter((request) => !allowed(request.url, session.extensionId) && !chromiumOwn(request));
    expect(elsewhere.map(({ url, initiator }) => `${url} (from ${initiator ?? '?'})`)).toEqual([]);
  });
});
