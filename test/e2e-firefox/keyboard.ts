// Our UI sits in closed shadow roots with no attribute of ours, and Firefox has no CDP to read
// the accessibility tree: the tests reach it as a keyboard user does, with real (trusted)
// input sent over WebDriver BiDi (a mouse click on our button, keys typed), and check what lands
// in LinkedIn's own markup.
import type { Page } from 'puppeteer-core';

/**
 * Alt+Shift+S as keys typed into the page. The picker's shortcut is a browser command now (the
 * page never sees it), which WebDriver's input does not reach: these keys must open nothing.
 */
export async function pressPickerShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyS');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** The text LinkedIn's editor holds. */
export function editorText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (editor) => (editor as HTMLElement).innerText);
}

/** The local name of the focused element, as the page sees it: our picker's host is a span. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.localName ?? '');

/**
 * A real click on our share button of the composer around `editor`: its host found as the page
 * finds it (a bare span beside LinkedIn's own controls), clicked with the mouse as a user does.
 */
export async function openPickerByClick(page: Page, editor: string): Promise<void> {
  const [x, y] = await page.evaluate((selector) => {
    const box = document.querySelector(selector);
    for (let node = box?.parentElement; node; node = node.parentElement) {
      const host = [...node.querySelectorAll<HTMLElement>('span')].find(
        (span) => span.style.display === 'inline-flex' && span.childNodes.length === 0,
      );
      if (!host) continue;
      const rect = host.getBoundingClientRect();
      return [rect.x + rect.width / 2, rect.y + rect.height / 2];
    }
    throw new Error(`no share button around ${selector}`);
  }, editor);
  await page.mouse.click(x!, y!);
}

/**
 * Clicks into LinkedIn's composer, opens our picker with a click on its button, searches, presses Enter.
 * Paced by what the page shows, not by the clock: the picker has the focus once drawn (its host
 * is focused), and gives it back to LinkedIn's editor once it inserted. Enter before the search
 * answered chooses nothing and leaves the picker open: pressed again until it closes.
 */
export async function shareByKeyboard(page: Page, editor: string, search: string): Promise<void> {
  await page.click(editor);
  await openPickerByClick(page, editor);
  if (
    (await until(
      () => focused(page),
      (tag) => tag === 'span',
    )) !== 'span'
  )
    throw new Error('The picker did not take the focus after a click on its button');
  await page.keyboard.type(search);
  // The hits live in a closed shadow root that Firefox's BiDi cannot read: a moment for the
  // search to answer, so Enter does not choose a hit of the empty search (the callers check
  // what landed in the editor, so a wrong choice fails there, never passes).
  await new Promise((done) => setTimeout(done, 400));
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    await page.keyboard.press('Enter');
    if (
      (await until(
        () => focused(page),
        (tag) => tag !== 'span',
        1_000,
      )) !== 'span'
    )
      return;
  }
  throw new Error(`The picker stayed open: nothing was chosen for "${search}"`);
}

/** Polls `read` until `ok` holds or the time is up; answers the last value read. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
}
