// A company's policy, end to end (issue 27): the test writes a real managed policy where Linux
// Chromium reads it (/etc/chromium/policies/managed/*.json), for the extension's id under
// `3rdparty.extensions`, as IT would (docs/deploy.md), then starts the browser and checks what a
// salesperson sees: the team's feed in Sources, set by the company and not deletable; the managed
// UTM values in a link inserted on LinkedIn; a locked setting read-only, with the reason.
//
// Chromium reads the policy folder when it starts, and its policy applies to every Chromium on the
// machine: the file is removed after the last test, even when one fails, and a leftover of a
// crashed run is removed before writing. The e2e files run one at a time, so no other test starts
// a browser while it exists. Where the folder cannot be written (not root, a read-only /etc), the
// test fails and says what to do: it never skips.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { extensionIdFromKey } from '../../scripts/extension-id.mjs';
import { ask } from './ask';
import { launch, type Session } from './launch';
import { collectOurErrors } from './our-errors';
import { OurUi } from './our-ui';

/** The id IT's policies name (docs/deploy.md): fixed by manifest.json's "key". */
const EXTENSION_ID = 'nplgmhmlooidjpiopkemldjiighnphno';
/** Where Linux Chromium (Debian's, Ubuntu's, a build from source) reads mandatory policies. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/nurture-e2e-policy.json`;
/** The team's feed, served by the test (every other host is refused by the session's routes). */
const FEED = 'https://feeds.example.com/team.xml';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const SET_BY_COMPANY = 'Set by your company';

const POLICY = {
  '3rdparty': {
    extensions: {
      [EXTENSION_ID]: {
        librarySources: [{ url: FEED, name: 'Team feed' }],
        utm: { source: 'linkedin', medium: 'social', campaign: 'q1-team' },
        lockedSettings: ['quietMode', 'utmMedium'],
      },
    },
  },
};

interface PolicyStatus {
  managed: boolean;
  problems: { key: string; message: string }[];
  lockedSettings: string[];
  utm: { source?: string; medium?: string; campaign?: string } | null;
  sources: { url: string; name: string }[];
}

/** The folders the test made for the policy (so it removes them, and only them, when empty). */
const madeFolders: string[] = [];

function writePolicy(): void {
  if (process.platform !== 'linux') {
    throw new Error(
      `This test writes a Chromium policy into ${POLICY_DIR}, which only Chromium on Linux reads (here: ${process.platform}). Run the end-to-end tests on Linux.`,
    );
  }
  try {
    // A crashed run's file: gone before this run writes its own.
    rmSync(POLICY_FILE, { force: true });
    for (let folder = POLICY_DIR; !existsSync(folder); folder = dirname(folder)) madeFolders.push(folder);
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, `${JSON.stringify(POLICY, null, 2)}\n`, { mode: 0o644 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(
      `Cannot write the policy file ${POLICY_FILE} (${code}). Chromium on Linux reads a company's policies only from ${POLICY_DIR}, ` +
        'which only root may write: run the end-to-end tests as root (as CI does), or let this user write that folder once ' +
        `(\`sudo mkdir -p ${POLICY_DIR} && sudo chown "$USER" ${POLICY_DIR}\`). A read-only /etc cannot run this test.`,
    );
  }
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  // Deepest first; a folder someone else filled meanwhile stays.
  for (const folder of madeFolders) if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
}

let session: Session;
let dashboard: Page;

beforeAll(async () => {
  writePolicy();
  session = await launch();
  // The team's feed, for the background's fetch (added after the session's routes: it wins over
  // their refusal of every other host).
  await session.context.route(FEED, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/rss+xml; charset=utf-8',
      headers: { 'access-control-allow-origin': '*' },
      body: readFileSync('test/fixtures/feeds/wordpress.rss.xml'),
    }),
  );
  dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html#sources'));
});

afterAll(async () => {
  try {
    await session?.close();
  } finally {
    removePolicy();
  }
});

/** The texts an element's aria-describedby points to, joined: the reason a control is read-only. */
const description = (page: Page, selector: string): Promise<string> =>
  page.locator(selector).evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );

describe("a company's policy in Chromium", () => {
  it('runs under the id the policy names, and reads the policy Chromium loaded for it', async () => {
    expect(session.extensionId).toBe(EXTENSION_ID);
    expect(extensionIdFromKey(source.key)).toBe(EXTENSION_ID);
    // Read through the product's own request: what the dashboard shows comes from it.
    const status = () => ask<PolicyStatus>(dashboard, 'policy.status', {});
    await expect
      .poll(async () => (await status()).managed, {
        timeout: 15_000,
        message: `The extension sees no policy: Chromium did not read ${POLICY_FILE}. Is CHROMIUM_PATH a Chromium build? Google Chrome reads /etc/opt/chrome/policies/managed instead.`,
      })
      .toBe(true);
    const { problems, lockedSettings, utm, sources } = await status();
    expect(problems).toEqual([]);
    expect([...lockedSettings].sort()).toEqual(['quietMode', 'utmMedium']);
    expect(utm).toEqual({ source: 'linkedin', medium: 'social', campaign: 'q1-team' });
    expect(sources).toEqual([{ url: FEED, name: 'Team feed' }]);
  });

  it('shows the team feed in Sources as set by the company, with no way to delete it', async () => {
    await dashboard.goto(session.url('src/dashboard/index.html#sources'));
    const teamFeed = dashboard.getByRole('listitem').filter({ hasText: 'Team feed' });
    await expect.poll(() => teamFeed.count(), { timeout: 15_000 }).toBe(1);
    expect(await teamFeed.textContent()).toContain(SET_BY_COMPANY);
    expect(await teamFeed.getByRole('button', { name: /^(Remove|Delete)\b/ }).count()).toBe(0);
    // Only the policy's source says so.
    expect(await dashboard.getByRole('listitem').filter({ hasText: SET_BY_COMPANY }).count()).toBe(1);
  });

  it('puts the managed UTM values in the link it inserts on LinkedIn', async () => {
    const page = await session.context.newPage();
    const errors = collectOurErrors(page);
    await page.goto(THREAD);
    const editor = page.locator('form.msg-form .msg-form__contenteditable');
    await editor.click();
    await (await OurUi.of(page)).pickFirst('form.msg-form', 'cfo business', 'What a CFO needs to see in a business case');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('utm_');
    const link = new URL(/(https:\/\/\S+)/.exec(await editor.innerText())![1]!);
    expect(link.searchParams.get('utm_source')).toBe('linkedin');
    expect(link.searchParams.get('utm_medium')).toBe('social');
    expect(link.searchParams.get('utm_campaign')).toBe('q1-team');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a locked setting read-only, with the reason', async () => {
    await dashboard.goto(session.url('src/dashboard/index.html#settings'));
    const quietMode = dashboard.locator('input[name="quietMode"]');
    await quietMode.waitFor({ timeout: 10_000 });
    await expect.poll(() => quietMode.isDisabled()).toBe(true);
    expect(await description(dashboard, 'input[name="quietMode"]')).toContain(SET_BY_COMPANY);
    // The other locked one, a text field, likewise; a setting the policy leaves alone stays the user's.
    expect(await dashboard.locator('input[name="utmMedium"]').isDisabled()).toBe(true);
    expect(await description(dashboard, 'input[name="utmMedium"]')).toContain(SET_BY_COMPANY);
    expect(await dashboard.locator('input[name="keepReplyText"]').isDisabled()).toBe(false);
  });
});
