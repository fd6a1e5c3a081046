// Message templates in the real extension: a tracked prospect's first name fills the user's
// frame in the conversation with them, the picker previews it, and an item whose caption needs
// a company nobody knows is refused, the picker saying so, nothing inserted.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sessionPerFile, type Session } from './launch';
import { OurUi } from './our-ui';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const ADA = '/in/ada-sample-42';
const CFO_URL = 'https://example.com/nurture-starter/cfo-business-case';

/** Sends requests from an extension page, as the popup and the dashboard do. */
async function ask(type: string, payload: unknown): Promise<unknown> {
  const page = await session.context.newPage();
  await page.goto(session.url('src/popup/index.html'));
  const answer = await page.evaluate(async (message) => chrome.runtime.sendMessage(message), { type, payload });
  await page.close();
  const { ok, value, error } = answer as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!ok) throw new Error(`${type}: ${error?.message}`);
  return value;
}

async function openThread(): Promise<{ page: Page; ui: OurUi; editor: Locator }> {
  const page = await session.context.newPage();
  await page.goto(THREAD);
  const editor = page.locator('form.msg-form .msg-form__contenteditable');
  await editor.waitFor();
  return { page, ui: await OurUi.of(page), editor };
}

describe('message templates', () => {
  it("fills a tracked prospect's first name, previewed in the picker, then inserted", async () => {
    await ask('prospects.add', { profilePath: ADA, name: 'Ada Sample', headline: '', company: 'Example Industries' });
    await ask('settings.update', {
      settings: { messageTemplates: [{ language: 'en', text: 'Hello {firstName}, this made me think of you:' }] },
    });
    const { page, ui, editor } = await openThread();

    await ui.openPicker('form.msg-form', 'cfo business');
    await expect
      .poll(async () => (await ui.names({ role: 'option', within: 'form.msg-form' }))[0] ?? '', { timeout: 10_000 })
      .toContain('What a CFO needs to see');
    // The highlighted item's text, filled for Ada, before anything is inserted.
    await expect
      .poll(() => ui.textOf({ role: 'region', name: 'Preview' }), { timeout: 10_000 })
      .toMatch(/^Hello Ada, this made me think of you:\s+If your project needs the CFO/);
    expect(await editor.innerText()).not.toContain('Hello');
    await page.keyboard.press('Enter');

    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('If your project needs the CFO to say yes');
    const text = await editor.innerText();
    expect(text).toMatch(/^Hello Ada, this made me think of you:/);
    expect(text).not.toMatch(/\{|\}/);
    expect(text).toContain('https://example.com/nurture-starter/cfo-business-case?');
    // The shape LinkedIn sends, one paragraph a line: greeting, ONE blank line, caption, the link right under it.
    const lines = await editor.evaluate((box) => [...box.querySelectorAll('p')].map((p) => p.textContent ?? ''));
    expect(lines).toEqual([
      'Hello Ada, this made me think of you:',
      '',
      'If your project needs the CFO to say yes, this is what they will look for first.',
      expect.stringMatching(/^https:\/\/example\.com\/nurture-starter\/cfo-business-case\?utm_source=linkedin&utm_medium=social&/),
    ]);
    await page.close();
  });

  it('refuses an item whose caption needs a company nobody knows, saying which, and inserts nothing', async () => {
    await ask('prospects.update', { id: ADA, patch: { company: '' } });
    const { hits } = (await ask('library.search', { text: 'cfo business', limit: 5 })) as { hits: { item: { id: string; url: string } }[] };
    const cfo = hits.find((hit) => hit.item.url === CFO_URL)!;
    await ask('library.update', { id: cfo.item.id, patch: { captions: [{ language: 'en', text: 'How {company} could use this.' }] } });
    const { page, ui, editor } = await openThread();

    await ui.openPicker('form.msg-form', 'cfo business');
    await expect
      .poll(async () => (await ui.names({ role: 'option', within: 'form.msg-form' }))[0] ?? '', { timeout: 10_000 })
      .toContain('What a CFO needs to see');
    const missing = /^Company unknown for this person: add a fallback like \{company\|your team\} or pick another item\.$/;
    await expect.poll(() => ui.textOf({ role: 'region', name: 'Preview' }), { timeout: 10_000 }).toMatch(missing);
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.textOf({ role: 'alert' }), { timeout: 10_000 }).toMatch(missing);
    // The picker stays open for another choice; the composer is untouched.
    expect(await ui.count({ role: 'dialog', within: 'form.msg-form' })).toBe(1);
    await page.waitForTimeout(300);
    expect((await editor.innerText()).trim()).toBe('');
    await page.close();
  });
});
