// What a LinkedIn page (or a script injected into it) can do to Nurture: nothing. Our content
// script may only send its features' requests; the page's own world has no channel to the
// background; and the page can find our buttons (open shadow roots) and dispatch clicks and
// keys on them, but events it makes are not the user's and change nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUESTS, type RequestType } from '../../src/shared/contract';
import { valid } from '../data/valid-payloads';
import { evaluateInContentScript, launch, type Session } from './launch';

let session: Session;
let dashboard: Page;
beforeAll(async () => {
  session = await launch();
  dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html'));
});
afterAll(async () => {
  await session?.close();
});

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';

/** Everything a user keeps, read through the dashboard's own channel. */
async function everything(): Promise<unknown> {
  return dashboard.evaluate(async () => {
    const ask = async (type: string, payload: unknown) => {
      const answer = (await chrome.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown };
      if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer)}`);
      return answer.value;
    };
    return {
      stats: await ask('db.stats', {}),
      settings: await ask('settings.get', {}),
      prospects: await ask('prospects.list', {}),
      log: await ask('activity.page', { filter: {}, before: null, limit: 200 }),
      sources: await ask('library.sources', {}),
    };
  });
}

const shadowButton = (page: Page, selector: string) =>
  page.evaluate((s) => {
    for (const host of document.querySelectorAll('[data-nurture-host]')) {
      const button = host.shadowRoot?.querySelector<HTMLElement>(s);
      if (button) return true;
    }
    return false;
  }, selector);

describe('a LinkedIn page gets no way in', () => {
  it('refuses every request our content script has no use for, and changes nothing', async () => {
    const before = await everything();
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await page.locator('[data-nurture-host] button.share').first().waitFor();
    const forbidden = (Object.keys(REQUESTS) as RequestType[]).filter((type) => !(REQUESTS[type].senders as readonly string[]).includes('linkedin-content'));
    expect(forbidden.length).toBeGreaterThan(20);
    const messages = forbidden.map((type) => ({ type, payload: valid[type] }));
    const answers = (await evaluateInContentScript(
      page,
      `Promise.all(${JSON.stringify(messages)}.map((m) => chrome.runtime.sendMessage(m)))`,
    )) as { ok: boolean; error?: { code: string } }[];
    expect(Object.fromEntries(answers.map((a, i) => [forbidden[i], a.ok ? 'ok' : a.error?.code]))).toEqual(Object.fromEntries(forbidden.map((type) => [type, 'unauthorised'])));
    expect(await everything()).toEqual(before);
    await page.close();
  });

  it('gives the page world no channel: no runtime to our extension, and window messages are ignored', async () => {
    const before = await everything();
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await page.locator('[data-nurture-host] button.share').first().waitFor();
    const fromPage = await page.evaluate(
      async ({ id, messages }) => {
        for (const message of messages) window.postMessage(message, '*');
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
        try {
          await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, messages[0]);
          return 'answered';
        } catch {
          return 'refused';
        }
      },
      {
        id: session.extensionId,
        messages: (['backup.import', 'prospects.erase', 'settings.update', 'library.removeExamples', 'share.log', 'prospects.add'] as const).map((type) => ({ type, payload: valid[type] })),
      },
    );
    expect(['no runtime', 'refused']).toContain(fromPage);
    await page.waitForTimeout(500);
    expect(await everything()).toEqual(before);
    await page.close();
  });

  it('ignores clicks and keys the page forges on our buttons and picker, and acts on the user’s', async () => {
    const page = await session.context.newPage();
    await page.goto(THREAD);
    const host = page.locator('form.msg-form [data-nurture-host]');
    await host.locator('button.share').waitFor();
    const editor = page.locator('form.msg-form .msg-form__contenteditable');
    const picker = host.locator('[role="dialog"]');
    const before = await everything();

    // The page clicks our button, and presses the picker's shortcut in the composer.
    await page.evaluate(() => {
      const button = document.querySelector('form.msg-form [data-nurture-host]')!.shadowRoot!.querySelector<HTMLElement>('button.share')!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const box = document.querySelector<HTMLElement>('form.msg-form .msg-form__contenteditable')!;
      box.focus();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    });
    await page.waitForTimeout(500);
    expect(await picker.count()).toBe(0);

    // The user opens the picker; the page then picks an item, by click and by Enter.
    await host.locator('button.share').click();
    await picker.locator('[role="option"]').first().waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('form.msg-form [data-nurture-host]')!.shadowRoot!;
      root.querySelector<HTMLElement>('[role="option"]')!.click();
      root.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    await page.waitForTimeout(500);
    expect(await editor.innerText()).not.toContain('https://');
    expect(await everything()).toEqual(before);

    // The user's own choice goes in, and is logged: the guard stops forgeries, not the user.
    await picker.locator('[role="option"]').first().click();
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('https://');
    await page.close();
  });

  it('tracks nobody on a click the page forges on “Track as prospect”', async () => {
    const page = await session.context.newPage();
    await page.goto(PROFILE);
    await expect.poll(() => shadowButton(page, 'button.share'), { timeout: 10_000 }).toBe(true);
    const track = page.locator('[data-nurture-host="profile-track-button"] button');
    await track.waitFor();
    const status = () => dashboard.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'prospects.get', payload: { id: '/in/ada-sample-42' } })) as { ok: boolean; value: unknown });
    const before = await status();
    expect(before).toEqual({ ok: true, value: null });
    await page.evaluate(() => document.querySelector('[data-nurture-host="profile-track-button"]')!.shadowRoot!.querySelector<HTMLElement>('button')!.click());
    await page.waitForTimeout(500);
    expect(await status()).toEqual(before);
    await track.click();
    await expect.poll(async () => ((await status()).value as { id?: string } | null)?.id, { timeout: 10_000 }).toBe('/in/ada-sample-42');
    await page.close();
  });
});
