import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile, type Session } from './launch';
import { collectOurErrors } from './our-errors';
import { OurUi, SHARE } from './our-ui';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';

/** Elements inside closed shadow roots: ours are the only ones on these saved pages. */
async function closedRoots(page: Page): Promise<number> {
  return (await (await OurUi.of(page)).elements()).filter((element) => element.inClosedRoot).length;
}

async function popupActivity(): Promise<string[]> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('src/popup/index.html'));
  await popup.getByTestId('activity').waitFor({ timeout: 10_000 });
  const lines = await popup.getByTestId('activity').locator('li').allTextContents();
  await popup.close();
  return lines;
}

describe('sharing from inside LinkedIn', () => {
  it('inserts caption and tagged link as typed text, keeps what was typed, logs a draft, then sees it sent', async () => {
    const page = await session.context.newPage();
    const errors = collectOurErrors(page);
    await page.goto(THREAD);
    const editor = page.locator('form.msg-form .msg-form__contenteditable');
    // A listener of the page, like LinkedIn's editor: it must see the insertion as input.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const box = document.querySelector('form.msg-form .msg-form__contenteditable')!;
      box.addEventListener('beforeinput', (event) => seen.push(`beforeinput:${(event as InputEvent).inputType}`));
      box.addEventListener('input', (event) => seen.push(`input:${(event as InputEvent).inputType}`));
    });
    await editor.click();
    await page.keyboard.type('Hello Ada, ');

    await (await OurUi.of(page)).pickFirst('form.msg-form', 'cfo business', 'What a CFO needs to see in a business case');

    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('If your project needs the CFO to say yes');
    const text = await editor.innerText();
    expect(JSON.stringify(text)).toMatch(/^"Hello Ada,/);
    expect(text).toMatch(
      /https:\/\/example\.com\/nurture-starter\/cfo-business-case\?utm_source=linkedin&utm_medium=social&utm_content=cfo-business-case/,
    );
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContain('beforeinput:insertText');
    expect(seen).toContain('input:insertText');
    // Focus is back in the composer, for the user to personalise and press Send.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('msg-form__contenteditable'))).toBe(true);

    await expect
      .poll(popupActivity, { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^Shared “What a CFO needs to see in a business case” with a LinkedIn member ?Draft$/)]);

    // The user pressed Send: LinkedIn shows the message, with our link, in the thread.
    const link = /(https:\/\/\S+)/.exec(text)![1]!;
    await page.evaluate((href) => {
      const list = document.querySelector('.msg-s-message-list-content')!;
      const li = document.createElement('li');
      li.className = 'msg-s-message-list__event';
      const message = document.createElement('div');
      message.className = 'msg-s-event-listitem';
      message.dataset['eventUrn'] = 'urn:li:msg_message:(urn:li:fsd_profile:SELF,2-AAA113)';
      const body = document.createElement('p');
      body.className = 'msg-s-event-listitem__body';
      const a = document.createElement('a');
      a.href = href;
      a.textContent = href;
      body.append('Hello Ada, ', a);
      message.append(body);
      li.append(message);
      list.append(li);
    }, link);
    await expect.poll(popupActivity, { timeout: 10_000 }).toEqual([expect.stringMatching(/ ?Sent$/)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts one button in every kind of composer, and no more after LinkedIn re-renders one', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/?composer=open');
    const ui = await OurUi.of(page);
    const buttons = () => ui.count({ role: 'button', name: SHARE });
    // The post composer dialog and two comment boxes.
    await expect.poll(buttons, { timeout: 10_000 }).toBe(3);
    // LinkedIn re-renders the dialog from its own markup: the old one goes, a new one comes.
    const dialogHtml = /<dialog open aria-labelledby[\s\S]*?<\/dialog>/.exec(
      readFileSync('test/fixtures/linkedin/feed-composer-open.html', 'utf8'),
    )![0];
    await page.evaluate((html) => {
      document.querySelector('dialog[open]')!.outerHTML = html;
    }, dialogHtml);
    await page.waitForTimeout(600);
    await expect.poll(buttons).toBe(3);
    expect(await ui.count({ role: 'button', name: SHARE, within: 'dialog[open]' })).toBe(1);
    await page.close();
  });

  it("puts a button in the classic post composer, inside LinkedIn's shadow root, and beside a profile's actions", async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/?composer=classic');
    const ui = await OurUi.of(page);
    await expect.poll(() => ui.count({ role: 'button', name: SHARE, within: '.share-box-v2__modal' }), { timeout: 10_000 }).toBe(1);
    await page.goto('https://www.linkedin.com/in/ada-sample-42/');
    await expect.poll(() => ui.count({ role: 'button', name: SHARE, within: '[componentkey$="Topcard"]' }), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('shows nothing and throws nothing on a page whose markup it does not know', async () => {
    const page = await session.context.newPage();
    const errors = collectOurErrors(page);
    await page.goto('https://www.linkedin.com/jobs/view/1/');
    await page.waitForTimeout(800);
    expect(await closedRoots(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds nothing to the page in quiet mode', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#settings'));
    await dashboard.locator('input[name="quietMode"]').check();
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dashboard.getByTestId('save-status').textContent()).toBe('Saved');

    const page = await session.context.newPage();
    await page.goto(THREAD);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForTimeout(800);
    expect(await closedRoots(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();

    await dashboard.locator('input[name="quietMode"]').uncheck();
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dashboard.getByTestId('save-status').textContent()).toBe('Saved');
    await dashboard.close();
  });

  it('puts the rep id in a message link, and keeps it out of a public post (the default channels)', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#settings'));
    await dashboard.locator('input[name="repId"]').fill('ana-lyon');
    expect(await dashboard.locator('input[name="repIdChannel-message"]').isChecked()).toBe(true);
    expect(await dashboard.locator('input[name="repIdChannel-post"]').isChecked()).toBe(false);
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dashboard.getByTestId('save-status').textContent()).toBe('Saved');

    const shareIn = async (page: Page, scope: string, editorSelector: string, query: string, title: string): Promise<URL> => {
      await (await OurUi.of(page)).pickFirst(scope, query, title);
      const editor = page.locator(editorSelector).first();
      await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('https://example.com/nurture-starter/');
      return new URL(/(https:\/\/\S+)/.exec(await editor.innerText())![1]!);
    };

    const feed = await session.context.newPage();
    await feed.goto('https://www.linkedin.com/feed/?composer=open');
    await expect
      .poll(async () => (await OurUi.of(feed)).count({ role: 'button', name: SHARE, within: 'dialog[open]' }), { timeout: 10_000 })
      .toBe(1);
    const post = await shareIn(
      feed,
      'dialog[open]',
      'dialog[open] [contenteditable="true"]',
      'cfo business',
      'What a CFO needs to see in a business case',
    );
    expect(post.searchParams.get('utm_content')).toBe('cfo-business-case');
    expect(post.searchParams.has('utm_term')).toBe(false);
    expect(post.href).not.toContain('ana-lyon');
    await feed.close();

    const thread = await session.context.newPage();
    await thread.goto(THREAD);
    // Another item: the first test already sent Ada the CFO one, and the picker would warn.
    const message = await shareIn(
      thread,
      'form.msg-form',
      'form.msg-form .msg-form__contenteditable',
      'cost of doing nothing',
      'The cost of doing nothing',
    );
    expect(message.searchParams.get('utm_term')).toBe('ana-lyon');
    await thread.close();

    await dashboard.locator('input[name="repId"]').fill('');
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dashboard.getByTestId('save-status').textContent()).toBe('Saved');
    await dashboard.close();
  });
});
