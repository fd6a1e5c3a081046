// @vitest-environment happy-dom
// The content script answers the side panel: who the tab shows, and Insert into the composer
// the user last focused; our own extension pages only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawSender } from '../../src/contract/sender';
import { trackFocusedComposer } from '../../src/content/focused-composer';
import { listenForPanelRequests } from '../../src/content/panel-listener';
import { isPanelInsertAnswer, isPanelPageAnswer, isTabRequest } from '../../src/contract/panel-protocol';
import { loadLinkedInFixture } from './helpers/fixture';

const self = { id: 'nurture-id', origin: 'chrome-extension://nurture-id' };
const PANEL: RawSender = { id: self.id, url: `${self.origin}/src/panel/index.html` };
type Listener = (message: unknown, sender: RawSender) => Promise<unknown> | undefined;

let controller = new AbortController();
afterEach(() => controller.abort());

function setUp(file: string, url: string) {
  loadLinkedInFixture(file, url);
  controller = new AbortController();
  const listeners: Listener[] = [];
  const request = vi.fn(async (..._args: unknown[]) => ({ id: 1 }));
  const openPicker = vi.fn();
  listenForPanelRequests({
    onMessage: { addListener: (l) => listeners.push(l), removeListener: () => {} },
    self,
    window,
    focused: trackFocusedComposer(document, controller.signal),
    request: request as never,
    openPicker,
  });
  return { ask: (message: unknown, sender: RawSender = PANEL) => listeners[0]!(message, sender), request, openPicker };
}

const insertion = {
  type: 'panel.insert',
  text: 'A read for you\nhttps://example.com/a?utm_source=linkedin',
  contentId: 'item-1',
  link: 'https://example.com/a?utm_source=linkedin',
  captionIndex: 0,
};

describe('the panel listener', () => {
  it('names the person of a profile as the page shows them', async () => {
    const { ask } = setUp('profile.html', 'https://www.linkedin.com/in/ada-sample-42/');
    const answer = await ask({ type: 'panel.page' });
    expect(isPanelPageAnswer(answer)).toBe(true);
    expect(answer).toMatchObject({
      page: 'profile',
      person: { source: 'profile', profilePath: '/in/ada-sample-42', name: 'Ada Sample' },
      composer: null,
    });
  });

  it("names the open thread's person on the messaging page, and inserts into its reply box with nothing focused", async () => {
    const { ask, request } = setUp('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    expect(await ask({ type: 'panel.page' })).toMatchObject({ page: 'messaging', person: { source: 'conversation', name: 'Ada Sample' } });
    const answer = await ask(insertion);
    expect(isPanelInsertAnswer(answer) && answer).toEqual({ inserted: true, channel: 'message' });
    expect(document.querySelector('.msg-form__contenteditable')?.textContent).toContain('A read for you');
    // Logged as the in-page button logs it: a draft to the thread's person.
    expect(request).toHaveBeenCalledWith(
      'share.log',
      expect.objectContaining({
        contentId: 'item-1',
        channel: 'message',
        link: insertion.link,
        pageUrl: 'https://www.linkedin.com/messaging/thread/2-ada/',
      }),
    );
  });

  it('inserts into the composer the user focused last, and says so when there is none', async () => {
    const { ask } = setUp('feed-composer-open.html', 'https://www.linkedin.com/feed/');
    expect(await ask(insertion)).toEqual({ inserted: false, reason: 'no-composer' });
    const editor = document.querySelector<HTMLElement>('[contenteditable="true"]')!;
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(await ask({ type: 'panel.page' })).toMatchObject({ composer: { kind: 'comment', inmail: false } });
    expect(await ask(insertion)).toEqual({ inserted: true, channel: 'comment' });
  });

  it('hands the picker command on', async () => {
    const { ask, openPicker } = setUp('feed.html', 'https://www.linkedin.com/feed/');
    await ask({ type: 'picker.open' });
    expect(openPicker).toHaveBeenCalledOnce();
  });

  it('stays silent for LinkedIn, other extensions and anything malformed', () => {
    const { ask, request } = setUp('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const refused: [unknown, RawSender][] = [
      [insertion, { id: self.id, url: 'https://www.linkedin.com/feed/', origin: 'https://www.linkedin.com', tab: { id: 3 }, frameId: 0 }],
      [insertion, { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
      [{ type: 'panel.page' }, { url: 'https://evil.example/' }],
      [{ ...insertion, extra: 1 }, PANEL],
      [{ ...insertion, text: '' }, PANEL],
      [{ type: 'panel.page', payload: {} }, PANEL],
    ];
    for (const [message, sender] of refused) expect(ask(message, sender), JSON.stringify([message, sender])).toBeUndefined();
    expect(request).not.toHaveBeenCalled();
    expect(document.querySelector('.msg-form__contenteditable')?.textContent ?? '').not.toContain('A read for you');
  });

  it('checks the requests strictly', () => {
    expect(isTabRequest(insertion)).toBe(true);
    expect(isTabRequest({ ...insertion, captionIndex: -1 })).toBe(false);
    expect(isTabRequest({ ...insertion, text: 'x'.repeat(20_001) })).toBe(false);
    expect(isTabRequest({ type: 'picker.open' })).toBe(true);
    expect(isTabRequest(['panel.page'])).toBe(false);
  });
});
