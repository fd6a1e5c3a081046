// Issue 13, "the page writes the user's log", in Chromium with the built extension: a page script
// draws a fake overlay conversation with a tracked prospect, our "own" messages carrying the
// shared article's public address, and 10,000 messages "from" her. What gets recorded must stay
// within the bound SECURITY.md states: one reply (none recorded for her in the last 24 hours, no
// share confirmed sent since), and the draft the user made stays a draft. Then the user deletes
// the forged reply from Activity, and her last reply follows. Our injected UI is not used.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction, Prospect } from '../../src/domain/model';
import { evaluateInContentScript, launch, type Session } from './launch';

let session: Session;
let popup: Page;
beforeAll(async () => {
  session = await launch();
  popup = await session.context.newPage();
  await popup.goto(session.url('src/popup/index.html'));
});
afterAll(async () => {
  await session?.close();
});

const JANE = '/in/jane-doe';

/** A request from an extension page (the popup), as the dashboard would make it. */
async function ask<T>(type: string, payload: unknown, page: Page = popup): Promise<T> {
  const answer = (await page.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ type, payload }), { type, payload })) as {
    ok: boolean;
    value?: unknown;
    error?: unknown;
  };
  if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

const timeline = () => ask<Interaction[]>('prospects.timeline', { id: JANE });
const replies = async () => (await timeline()).filter((entry) => entry.kind === 'replied');

/**
 * Runs in the page's own world: an overlay bubble with Jane, drawn in `steps` steps (each a scan
 * of ours), `total` messages from her in runs of `run`, each run after one of "our" messages
 * carrying `ownLink`. Every message has its own id, as a real one would.
 */
function drawFakeConversation({
  total,
  run,
  steps,
  ownLink,
}: {
  total: number;
  run: number;
  steps: number;
  ownLink: string;
}): Promise<number> {
  const bubble = document.createElement('div');
  bubble.className = 'msg-overlay-conversation-bubble';
  const header = document.createElement('header');
  header.className = 'msg-overlay-bubble-header';
  const link = document.createElement('a');
  link.href = 'https://www.linkedin.com/in/jane-doe/';
  const title = document.createElement('h2');
  title.className = 'msg-overlay-bubble-header__title';
  title.textContent = 'Jane Doe';
  link.append(title);
  header.append(link);
  const list = document.createElement('ul');
  list.className = 'msg-s-message-list-content';
  const form = document.createElement('div');
  form.className = 'msg-form msg-form--overlay';
  const editor = document.createElement('div');
  editor.className = 'msg-form__contenteditable';
  editor.contentEditable = 'true';
  editor.setAttribute('role', 'textbox');
  const send = document.createElement('button');
  send.type = 'submit';
  send.className = 'msg-form__send-button';
  send.textContent = 'Send';
  form.append(editor, send);
  bubble.append(header, list, form);
  document.body.append(bubble);

  const message = (fromHer: boolean, n: number) => {
    const item = document.createElement('li');
    const event = document.createElement('div');
    event.className = fromHer ? 'msg-s-event-listitem msg-s-event-listitem--other' : 'msg-s-event-listitem';
    event.setAttribute('data-event-urn', `urn:li:msg_message:(urn:li:fsd_profile:FAKE,2-${fromHer ? 'J' : 'U'}${n})`);
    const name = document.createElement('span');
    name.className = 'msg-s-message-group__name';
    name.textContent = fromHer ? 'Jane Doe' : 'You';
    const body = document.createElement('p');
    body.className = 'msg-s-event-listitem__body';
    body.textContent = fromHer ? `Thanks! (${n})` : `Have a look: ${ownLink}`;
    event.append(name, body);
    item.append(event);
    return item;
  };
  let drawn = 0;
  let ours = 0;
  const perStep = Math.ceil(total / steps);
  return new Promise((resolve) => {
    const step = () => {
      const batch = document.createDocumentFragment();
      for (let i = 0; i < perStep && drawn < total; i++) {
        if (drawn % run === 0) batch.append(message(false, ours++));
        batch.append(message(true, drawn++));
      }
      list.append(batch);
      if (drawn < total) setTimeout(step, 150);
      else resolve(list.querySelectorAll('.msg-s-event-listitem--other').length);
    };
    step();
  });
}

describe('a page that draws 10,000 fake messages from a tracked prospect', () => {
  it('gets one reply recorded, confirms no draft, and the user deletes the reply from Activity', async () => {
    await ask('prospects.add', { profilePath: JANE, name: 'Jane Doe', headline: 'CFO', company: 'Example Industries' });

    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.waitForLoadState('domcontentloaded');
    // The user shared an article with Jane from our picker (a trusted click): a draft, logged by
    // our content script with the tagged link. Sent as the content script sends it.
    const library = await ask<{ hits: { item: { id: string; url: string } }[] }>('library.search', { text: '', limit: 1 });
    const article = library.hits[0]!.item;
    const draft = (await evaluateInContentScript(
      page,
      `(async () => {
        const prepared = await chrome.runtime.sendMessage({ type: 'share.prepare', payload: { contentId: ${JSON.stringify(article.id)}, prospectId: ${JSON.stringify(JANE)} } });
        const logged = await chrome.runtime.sendMessage({ type: 'share.log', payload: { contentId: ${JSON.stringify(article.id)}, prospectId: ${JSON.stringify(JANE)}, channel: 'message', pageUrl: location.href, link: prepared.value.link, captionIndex: prepared.value.captionIndex } });
        return { link: prepared.value.link, id: logged.value.id };
      })()`,
    )) as { link: string; id: number };
    expect(draft.link).toContain('utm_');

    // The page's own world draws the conversation: our messages carry the public address.
    const drawn = await page.evaluate(drawFakeConversation, { total: 10_000, run: 100, steps: 10, ownLink: article.url });
    expect(drawn).toBe(10_000);

    // The content script read the bubble (one reply shows it did), and records no more than that.
    await expect.poll(async () => (await replies()).length, { timeout: 15_000 }).toBe(1);
    // Let every scan of the 10 steps land.
    await page.waitForTimeout(2_000);
    const log = await timeline();
    expect(log.filter((entry) => entry.kind === 'replied')).toHaveLength(1);
    expect(log.map((entry) => [entry.kind, entry.status ?? null])).toEqual([
      ['replied', null],
      ['shared', 'draft'],
    ]);
    const all = await ask<{ entries: unknown[] }>('activity.page', { filter: {}, before: null, limit: 200 });
    expect(all.entries).toHaveLength(2);
    const jane = await ask<Prospect>('prospects.get', { id: JANE });
    expect(jane.lastContactAt).toBeNull();
    expect(jane.lastReplyAt).not.toBeNull();

    // Reloading and drawing 10,000 more (new ids) records nothing more within the day.
    await page.reload();
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(drawFakeConversation, { total: 10_000, run: 1, steps: 5, ownLink: article.url });
    await page.waitForTimeout(2_000);
    expect(await replies()).toHaveLength(1);
    await page.close();

    // The user deletes the forged reply from Activity: gone at once, no question asked (no
    // browser prompt), an Undo toast for ten seconds; the deletion is sent when it is over.
    const dashboard = await session.context.newPage();
    const dialogs: string[] = [];
    dashboard.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await dashboard.goto(session.url('src/dashboard/index.html#activity'));
    const reply = dashboard.getByTestId('log').locator('li[data-kind="replied"]');
    await expect.poll(() => reply.count(), { timeout: 10_000 }).toBe(1);
    await reply.getByRole('button', { name: 'Delete this entry' }).click();
    expect(await reply.count()).toBe(0);
    const toast = dashboard.getByTestId('undo-toast');
    await expect.poll(() => toast.textContent()).toBe('Entry deleted·Undo');
    expect(dialogs).toEqual([]);
    expect(await dashboard.getByTestId('log').locator('li').count()).toBe(1);
    // Undo: back, and nothing was sent.
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => reply.count()).toBe(1);
    expect((await timeline()).map((entry) => entry.kind)).toEqual(['replied', 'shared']);
    // Again, and this time the ten seconds go by.
    await reply.getByRole('button', { name: 'Delete this entry' }).click();
    await expect.poll(async () => (await timeline()).map((entry) => entry.kind), { timeout: 20_000 }).toEqual(['shared']);
    await expect.poll(() => toast.textContent()).toBe('');
    expect(await reply.count()).toBe(0);
    await dashboard.close();
    expect((await ask<Prospect>('prospects.get', { id: JANE })).lastReplyAt).toBeNull();
  });
});
