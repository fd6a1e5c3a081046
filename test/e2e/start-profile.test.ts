// `npm start` keeps the user's work: what a first start stored (a prospect tracked from a
// profile, as a salesperson does it) is there at the second start in the same kept profile, and
// a throwaway start (`npm run start:fresh`, the demo) sees none of it. Driven through the very
// function `npm start` calls (scripts/start-browser.mjs), in a kept profile of the test's own so
// a developer's .profile/ is never touched; which folder `npm start` picks is
// test/unit/profile-choice.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startChromium } from '../../scripts/start-browser.mjs';
import { builtExtension } from './build-snapshot';
import { trackFromPanel } from './side-panel';

const PROFILE_PAGE = 'https://www.linkedin.com/in/ada-sample-42/';
const kept = mkdtempSync(join(tmpdir(), 'nurture-kept-'));
const opened: BrowserContext[] = [];
afterAll(async () => {
  for (const context of opened) await context.close().catch(() => {});
  rmSync(kept, { recursive: true, force: true });
});

async function start(profile: string | null): Promise<{ context: BrowserContext; extensionId: string }> {
  const { context } = await startChromium({ profile, headless: true, savedPages: true, extension: builtExtension('chrome') });
  opened.push(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}

/** The names of the tracked prospects, asked from an extension page as the dashboard asks. */
async function prospectNames(context: BrowserContext, extensionId: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const answer = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'prospects.list', payload: {} }))) as {
    ok: boolean;
    value?: { name: string }[];
  };
  await page.close();
  if (!answer.ok || !answer.value) throw new Error(`prospects.list: ${JSON.stringify(answer)}`);
  return answer.value.map(({ name }) => name);
}

describe('npm start: the kept profile', () => {
  it('keeps what the first start stored for the second, and a throwaway start sees none of it', async () => {
    const first = await start(kept);
    const page = await first.context.newPage();
    await page.goto(PROFILE_PAGE);
    await trackFromPanel({ context: first.context, url: (path) => `chrome-extension://${first.extensionId}/${path}` }, page, 'Ada Sample');
    expect(await prospectNames(first.context, first.extensionId)).toEqual(['Ada Sample']);
    await first.context.close();

    const second = await start(kept);
    // The same checkout gives the same extension, hence the same database.
    expect(second.extensionId).toBe(first.extensionId);
    expect(await prospectNames(second.context, second.extensionId)).toEqual(['Ada Sample']);
    await second.context.close();

    const fresh = await start(null);
    expect(await prospectNames(fresh.context, fresh.extensionId)).toEqual([]);
  });
});
