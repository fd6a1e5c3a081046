import { readFileSync } from 'node:fs';
// What a LinkedIn page (or a script injected into it) can do to Nurture: nothing. Our content
// script may only send its features' requests; the page's own world has no channel to the
// background; our UI sits in closed shadow roots the page cannot read or reach into, and the
// clicks, keys and typing it forges at our UI's place are not the user's and change nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUESTS, type RequestType } from '../../src/contract/index';
import { valid } from '../data/valid-payloads';
import { evaluateInContentScript, launch, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';

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

describe('a LinkedIn page gets no way in', () => {
  it('refuses every request our content script has no use for, and changes nothing', async () => {
    const before = await everything();
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    const forbidden = (Object.keys(REQUESTS) as RequestType[]).filter(
      (type) => !(REQUESTS[type].senders as readonly string[]).includes('linkedin-content'),
    );
    expect(forbidden.length).toBeGreaterThan(20);
    const messages = forbidden.map((type) => ({ type, payload: valid[type] }));
    const answers = (await evaluateInContentScript(
      page,
      `Promise.all(${JSON.stringify(messages)}.map((m) => chrome.runtime.sendMessage(m)))`,
    )) as { ok: boolean; error?: { code: string } }[];
    expect(Object.fromEntries(answers.map((a, i) => [forbidden[i], a.ok ? 'ok' : a.error?.code]))).toEqual(
      Object.fromEntries(forbidden.map((type) => [type, 'unauthorised'])),
    );
    expect(await everything()).toEqual(before);
    await page.close();
  });

  it('gives the page world no channel: no runtime to our extension, and window messages are ignored', async () => {
    const before = await everything();
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
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
        messages: (
          ['backup.import', 'prospects.erase', 'settings.update', 'library.removeExamples', 'share.log', 'prospects.add'] as const
        ).map((type) => ({ type, payload: valid[type] })),
      },
    );
    expect(['no runtime', 'refused']).toContain(fromPage);
    await page.waitForTimeout(500);
    expect(await everything()).toEqual(before);
    await page.close();
  });

  it('ignores clicks, keys and typing the page forges on our buttons and picker, and acts on the user’s', async () => {
    const page = await session.context.newPage();
    await page.goto(THREAD);
    const ui = await OurUi.of(page);
    const inForm = { within: 'form.msg-form' };
    const button = await ui.find({ role: 'button', name: SHARE, ...inForm });
    const editor = page.locator('form.msg-form .msg-form__contenteditable');
    const before = await everything();

    // The page clicks whatever sits where our button is (it cannot reach inside a closed root:
    // it gets the host), and presses the picker's shortcut in the composer.
    const [x, y] = await ui.centre(button);
    await page.evaluate(
      ([x, y]) => {
        const hit = document.elementFromPoint(x!, y!) as HTMLElement;
        hit.click();
        hit.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x!, clientY: y! }));
        hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        const box = document.querySelector<HTMLElement>('form.msg-form .msg-form__contenteditable')!;
        box.focus();
        box.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, composed: true }),
        );
      },
      [x, y],
    );
    await page.waitForTimeout(500);
    expect(await ui.count({ role: 'dialog', ...inForm })).toBe(0);

    // The user opens the picker; the page then types into its focused search box (execCommand
    // makes trusted input events), picks an option where it sits, and presses Enter.
    await ui.click(button);
    await ui.find({ role: 'dialog', ...inForm });
    await expect.poll(() => ui.count({ role: 'option', ...inForm }), { timeout: 10_000 }).toBeGreaterThan(0);
    const shown = await ui.names({ role: 'option', ...inForm });
    const option = await ui.find({ role: 'option', ...inForm });
    const [ox, oy] = await ui.centre(option);
    await page.evaluate(
      ([ox, oy]) => {
        document.execCommand('insertText', false, 'zzzz internal deck');
        const hit = document.elementFromPoint(ox!, oy!) as HTMLElement;
        hit.click();
        (document.activeElement ?? document.body).dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
        );
      },
      [ox, oy],
    );
    await page.waitForTimeout(500);
    // The forged text searched nothing: the same options, nothing inserted, nothing logged.
    expect(await ui.names({ role: 'option', ...inForm })).toEqual(shown);
    expect(await editor.innerText()).not.toContain('https://');
    expect(await everything()).toEqual(before);

    // The user's own choice goes in, and is logged: the guard stops forgeries, not the user.
    await ui.click(option);
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('https://');
    await page.close();
  });

  it('leaves nothing in the page that a scan could tie to Nurture, buttons and picker shown', async () => {
    const page = await session.context.newPage();
    await page.goto(THREAD);
    const ui = await OurUi.of(page);
    await expect.poll(() => ui.count({ role: 'button', name: SHARE }), { timeout: 10_000 }).toBe(2);
    await ui.openPicker('form.msg-form', 'cfo');
    // What a page-side scanner can do: read every attribute and text it can reach (open shadow
    // roots included), look for extension URLs and our name, list globals, probe our files.
    const scan = await page.evaluate(async (id) => {
      const hits: string[] = [];
      const suspicious = /nurture|chrome-extension:\/\/|moz-extension:\/\/|extension:\/\//i;
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const { name, value } of [...el.attributes])
            if (suspicious.test(name) || suspicious.test(value)) hits.push(`${el.localName}[${name}=${value}]`);
          if (el.shadowRoot) {
            if (suspicious.test(el.shadowRoot.innerHTML)) hits.push(`open root of ${el.localName}`);
            visit(el.shadowRoot);
          }
        }
      };
      visit(document);
      // The saved thread itself quotes an example link (…/nurture-starter/…) the user sent: the
      // markup may name us exactly as often as the saved page does, and no more.
      const markup = document.documentElement.outerHTML;
      if (/extension:\/\//i.test(markup)) hits.push('an extension URL in the markup');
      const named = (markup.match(/nurture/gi) ?? []).length;
      for (const key of Object.getOwnPropertyNames(window)) if (/nurture/i.test(key)) hits.push(`window.${key}`);
      for (const path of ['manifest.json', 'icons/icon-32.png', 'src/popup/index.html']) {
        try {
          await fetch(`chrome-extension://${id}/${path}`);
          hits.push(`fetched ${path}`);
        } catch {
          // Refused: the page cannot load our files.
        }
      }
      // Our hosts: spans with nothing but a style, like any other.
      const bare = [...document.querySelectorAll('span')].filter(
        (span) => span.attributes.length === 1 && span.hasAttribute('style') && span.shadowRoot === null && span.childNodes.length === 0,
      );
      return { hits, named, hostAttributes: [...new Set(bare.flatMap((span) => [...span.attributes].map((a) => a.name)))] };
    }, session.extensionId);
    expect(scan.hits).toEqual([]);
    const saved = readFileSync('test/fixtures/linkedin/messaging-thread.html', 'utf8');
    expect(scan.named).toBe((saved.slice(saved.indexOf('<html')).match(/nurture/gi) ?? []).length);
    expect(scan.hostAttributes).toEqual(['style']);
    await page.close();
  });
});
