// Sharing in Firefox ESR, on the same saved pages as the Chromium tier, driven as a keyboard
// user drives it: click into LinkedIn's composer, click our button, type a search, Enter.
import { describe, expect, it } from 'vitest';
import { activityLog, addedElements, firefoxPerFile, type FirefoxSession } from './launch';
import { editorText, openPickerByClick, pressPickerShortcut, shareByKeyboard, until } from './keyboard';

let session: FirefoxSession;
firefoxPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const MESSAGE_EDITOR = 'form.msg-form .msg-form__contenteditable';
const FEED = 'https://www.linkedin.com/feed/?composer=open';
const POST_EDITOR = 'dialog[open] [componentkey="ShareBox_textEditor"]';
const CFO_LINK =
  'https://example.com/nurture-starter/cfo-business-case?utm_source=linkedin&utm_medium=social&utm_content=cfo-business-case';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('sharing from inside LinkedIn, in Firefox ESR', () => {
  it('inserts caption and tagged link into a message composer, keeps what was typed, logs a draft', async () => {
    const page = await session.open(THREAD);
    // Our button is in the page (a host element the saved page does not have).
    expect(
      await until(
        () => addedElements(page, THREAD),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    await page.click(MESSAGE_EDITOR);
    await page.keyboard.type('Hello Ada, ');
    await shareByKeyboard(page, MESSAGE_EDITOR, 'cfo business');
    const text = await until(
      () => editorText(page, MESSAGE_EDITOR),
      (t) => t.includes('https://'),
    );
    expect(JSON.stringify(text)).toMatch(/^"Hello Ada,/);
    expect(text).toContain('If your project needs the CFO to say yes');
    expect(text).toContain(CFO_LINK);
    // Focus is back in the composer, for the user to press Send.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('msg-form__contenteditable'))).toBe(true);
    expect(
      await until(
        () => activityLog(session),
        (log) => log.length > 0,
      ),
    ).toEqual([
      // Not tracked yet: logged against the thread's profile, with no name.
      { kind: 'shared', prospectId: '/in/ada-sample-42', contentTitle: 'What a CFO needs to see in a business case', prospectName: null },
    ]);
    await page.close();
  });

  it('inserts into the post composer, and logs the post', async () => {
    const page = await session.open(FEED);
    expect(
      await until(
        () => addedElements(page, FEED),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    await shareByKeyboard(page, POST_EDITOR, 'cfo business');
    const text = await until(
      () => editorText(page, POST_EDITOR),
      (t) => t.includes('https://'),
    );
    expect(text).toContain('If your project needs the CFO to say yes');
    expect(text).toContain('https://example.com/nurture-starter/cfo-business-case?utm_source=linkedin');
    expect(
      (
        await until(
          () => activityLog(session),
          (log) => log.length > 1,
        )
      ).length,
    ).toBe(2);
    await page.close();
  });

  it('opens nothing and inserts nothing on clicks, keys and typing the page forges', async () => {
    const page = await session.open(THREAD);
    await until(
      () => addedElements(page, THREAD),
      (n) => n > 0,
    );
    const before = await activityLog(session);
    // The page clicks whatever sits where our button is (the host: it cannot reach inside a
    // closed root), and presses the picker's shortcut in the composer.
    const forged = await page.evaluate((selector) => {
      const hosts = [...document.querySelectorAll<HTMLElement>('form.msg-form span')].filter(
        (span) => span.style.display === 'inline-flex' && span.childNodes.length === 0,
      );
      const box = hosts[0]!.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const hit = document.elementFromPoint(x, y) as HTMLElement;
      hit.click();
      hit.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      const editor = document.querySelector<HTMLElement>(selector)!;
      editor.focus();
      editor.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, composed: true }),
      );
      return { hosts: hosts.length, hitHost: hit === hosts[0] };
    }, MESSAGE_EDITOR);
    expect(forged).toEqual({ hosts: 1, hitHost: true });
    await wait(500);
    // Nothing opened: the focus stayed in LinkedIn's editor (an open picker takes it).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('div');
    // Typed and Enter by the page into the editor: still no picker, nothing inserted.
    await page.evaluate(() => {
      document.execCommand('insertText', false, 'cfo business');
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    await wait(500);
    expect(await editorText(page, MESSAGE_EDITOR)).not.toContain('https://');

    // The user opens the picker: the focus moves into it (so the check above means something).
    await page.click(MESSAGE_EDITOR);
    await openPickerByClick(page, MESSAGE_EDITOR);
    expect(
      await until(
        () => page.evaluate(() => document.activeElement?.localName ?? ''),
        (tag) => tag === 'span',
      ),
    ).toBe('span');
    // The page types into the focused search box (execCommand makes trusted input events) and
    // presses Enter: the forged text searches nothing and chooses nothing.
    await page.evaluate(() => {
      document.execCommand('insertText', false, 'zzzz internal deck');
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
      );
    });
    await wait(500);
    expect(await editorText(page, MESSAGE_EDITOR)).not.toContain('https://');
    expect(await activityLog(session)).toEqual(before);

    // The user's own search and Enter go in: the guard stops forgeries, not the user.
    await page.keyboard.type('shortlist');
    await wait(400);
    await page.keyboard.press('Enter');
    expect(
      await until(
        () => editorText(page, MESSAGE_EDITOR),
        (t) => t.includes('https://'),
      ),
    ).toContain('https://');
    await page.close();
  });

  it('adds nothing to the page in quiet mode, and its shortcut opens nothing', async () => {
    await session.ask('settings.update', { settings: { quietMode: true } });
    const page = await session.open(THREAD);
    await wait(800);
    expect(await addedElements(page, THREAD)).toBe(0);
    await page.click(MESSAGE_EDITOR);
    await pressPickerShortcut(page);
    await page.keyboard.type('cfo business');
    await wait(400);
    await page.keyboard.press('Enter');
    await wait(400);
    expect(await editorText(page, MESSAGE_EDITOR)).not.toContain('https://');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('div');
    await page.close();
    await session.ask('settings.update', { settings: { quietMode: false } });
  });
});
