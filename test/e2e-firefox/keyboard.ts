// Our UI sits in closed shadow roots with no attribute of ours, and Firefox has no CDP to read
// the accessibility tree: the tests reach it as a keyboard user does, with real (trusted)
// input sent over WebDriver BiDi, and check what lands in LinkedIn's own markup.
import type { Page } from 'puppeteer-core';

/** Alt+Shift+S: the picker's shortcut in a composer; it opens the picker and focuses its search. */
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

/** Clicks into LinkedIn's composer, opens our picker by its shortcut, searches, presses Enter. */
export async function shareByKeyboard(page: Page, editor: string, search: string): Promise<void> {
  await page.click(editor);
  await pressPickerShortcut(page);
  // The search box takes focus once the picker is drawn.
  await new Promise((done) => setTimeout(done, 300));
  await page.keyboard.type(search);
  // Let the search settle and show its first hit as the active option.
  await new Promise((done) => setTimeout(done, 400));
  await page.keyboard.press('Enter');
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
