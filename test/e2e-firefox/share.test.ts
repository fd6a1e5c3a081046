import { describe, expect, it } from 'vitest';
import { firefoxPerFile, type FirefoxSession } from './launch';
import { editorText, shareByKeyboard, until } from './keyboard';

let session: FirefoxSession;
firefoxPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const MESSAGE_EDITOR = 'form.msg-form .msg-form__contenteditable';

describe('sharing in Firefox ESR', () => {
  it('inserts caption and tagged link into a message composer, by keyboard', async () => {
    const page = await session.open(THREAD);
    await new Promise((done) => setTimeout(done, 1000));
    await page.click(MESSAGE_EDITOR);
    await page.keyboard.type('Hello Ada, ');
    await shareByKeyboard(page, MESSAGE_EDITOR, 'cfo business');
    const text = await until(() => editorText(page, MESSAGE_EDITOR), (t) => t.includes('https://'));
    expect(text).toMatch(/^Hello Ada,/);
    expect(text).toContain('If your project needs the CFO to say yes');
    await page.close();
  });
});
