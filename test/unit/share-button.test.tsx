// @vitest-environment happy-dom
// The share button: what it asks the background (the text from the name the page shows, the log
// against the person), and what it says when the background cannot log a share: a full disk is
// named, so the user can act on it; anything else reads as the extension having gone away.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { request as requestFn } from '../../src/contract/client';
import { RequestError } from '../../src/contract/request-error';
import { ShareButton, STATUS_MS, shareButtonCss } from '../../src/content/ui/ShareButton';
import { FADE_MS, TOAST_SIZE, toastCss, toastPlace } from '../../src/content/ui/status-toast';
import { shadowOf } from './helpers/closed-roots';
import type { ShareTarget } from '../../src/content/ui/ShareButton';
import type { Partner } from '../../src/content/linkedin/conversation-types';
import { item } from './helpers/items';

const t = (key: string) => key;
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  vi.useRealTimers();
});

async function shareOnce({ logError, target, partner = null }: { logError?: Error; target?: ShareTarget; partner?: Partner | null } = {}) {
  const request = vi.fn(async (type: string, _payload?: unknown) => {
    if (type === 'library.search') return { hits: [{ item: item({ id: 'a', title: 'Alpha' }), link: 'https://e.com/a' }], total: 1 };
    if (type === 'share.prepare')
      return { text: 'Read this https://e.com/a', caption: 'Read this', link: 'https://e.com/a', captionIndex: 0, missing: [] };
    if (type === 'share.log') {
      if (logError) throw logError;
      return { id: 1 };
    }
    throw new Error(`unexpected ${type}`);
  });
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  const place = document.createElement('span');
  document.body.append(editor, place);
  await act(async () => {
    render(
      <ShareButton
        t={t as never}
        request={request as unknown as typeof requestFn}
        target={target ?? { kind: 'post', editor }}
        prospect={() => partner}
        register={() => {}}
        pageUrl={() => 'https://www.linkedin.com/feed/'}
      />,
      place,
    );
  });
  await act(async () => place.querySelector<HTMLButtonElement>('button.share')!.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  await act(async () => place.querySelector<HTMLElement>('[role="option"]')!.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return { text: place.textContent ?? '', request, place };
}

const payloadsOf = (request: { mock: { calls: unknown[][] } }, type: string) =>
  request.mock.calls.filter(([kind]) => kind === type).map(([, payload]) => payload);

describe('ShareButton when the log cannot be written', () => {
  it('says the browser has no room left', async () => {
    expect((await shareOnce({ logError: new RequestError('storage-full', 'no room') })).text).toContain('statusNoRoom');
  });

  it('says the extension is disconnected for other failures', async () => {
    const { text } = await shareOnce({ logError: new RequestError('no-answer', 'gone') });
    expect(text).toContain('shareDisconnected');
    expect(text).not.toContain('statusNoRoom');
  });
});

describe('ShareButton and the person', () => {
  const ada: Partner = { profilePath: '/in/ada-sample-42', name: 'Ada Sample' };

  it('asks for the text filled from the name the page shows, never by the profile; logs the share against the profile', async () => {
    const editor = document.createElement('div');
    const { request } = await shareOnce({ target: { kind: 'message', editor }, partner: ada });
    expect(payloadsOf(request, 'share.prepare')).toEqual([
      { contentId: 'a', prospectId: null, personName: 'Ada Sample', channel: 'message', frame: true },
    ]);
    expect(payloadsOf(request, 'share.log')).toEqual([
      expect.objectContaining({ contentId: 'a', prospectId: '/in/ada-sample-42', channel: 'message' }),
    ]);
    expect(request.mock.calls.map(([type]) => type)).not.toContain('share.context');
  });

  it('copies for a profile with the same rule', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    const { request } = await shareOnce({ target: { kind: 'clipboard' }, partner: ada });
    expect(payloadsOf(request, 'share.prepare')).toEqual([expect.objectContaining({ prospectId: null, personName: 'Ada Sample' })]);
    expect(payloadsOf(request, 'share.log')).toEqual([expect.objectContaining({ prospectId: '/in/ada-sample-42' })]);
  });

  it('names nobody in a post', async () => {
    const { request } = await shareOnce({ partner: ada });
    expect(payloadsOf(request, 'share.prepare')).toEqual([{ contentId: 'a', prospectId: null, channel: 'post', frame: true }]);
  });
});

describe('ShareButton in the page', () => {
  /** The toast's host: ours, at the end of <body>, outside the composer and our button's mount. */
  const toastHost = () => [...document.body.children].find((el) => shadowOf(el)?.querySelector('.toast')) as HTMLElement | undefined;

  it('says what happened beside the composer, never over it, and fades after a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { place } = await shareOnce();
    // Heard through the button's own status region, which is always there.
    const live = place.querySelector('[role="status"]')!;
    expect(live.textContent).toBe('inserted');
    expect(live.classList.contains('live')).toBe(true);
    expect(shareButtonCss).toMatch(/\.live \{ position: absolute; width: 1px; height: 1px;/);
    // Drawn by a toast of its own: fixed in the viewport, one size, hidden from screen readers (said once).
    const host = toastHost()!;
    expect(place.contains(host)).toBe(false);
    expect(host.style.position).toBe('fixed');
    const root = shadowOf(host)!;
    expect(root.querySelector('.toast')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('.toast')!.textContent).toBe('inserted');
    expect(root.querySelector<HTMLElement>('span')!.style.width).toBe(`${TOAST_SIZE.width}px`);
    expect(root.querySelector<HTMLElement>('span')!.style.height).toBe(`${TOAST_SIZE.height}px`);
    expect(STATUS_MS).toBeLessThanOrEqual(5000);
    await act(async () => void vi.advanceTimersByTime(STATUS_MS));
    expect(root.querySelector('.toast')!.classList.contains('leaving')).toBe(true);
    await act(async () => void vi.advanceTimersByTime(FADE_MS));
    expect(toastHost()).toBeUndefined();
    expect(place.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it("stays while the user's pointer is on it (the check that it is the user's is user-input.ts'); a click takes it away", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { place } = await shareOnce();
    const held = toastHost()!;
    held.dispatchEvent(new Event('mouseenter'));
    await act(async () => void vi.advanceTimersByTime(STATUS_MS * 3));
    expect(toastHost()).toBe(held);
    expect(place.querySelector('[role="status"]')!.textContent).toBe('inserted');
    held.dispatchEvent(new Event('mouseleave'));
    await act(async () => void vi.advanceTimersByTime(STATUS_MS));
    await act(async () => void vi.advanceTimersByTime(FADE_MS));
    expect(toastHost()).toBeUndefined();

    render(null, document.body);
    document.body.replaceChildren();
    await shareOnce();
    toastHost()!.dispatchEvent(new Event('click'));
    await act(async () => void vi.advanceTimersByTime(0));
    expect(toastHost()).toBeUndefined();
  });

  it('goes with the button (a navigation, a reload), and says a full disk in constant words', async () => {
    const first = await shareOnce();
    expect(toastHost()).toBeDefined();
    await act(async () => render(null, first.place));
    expect(toastHost()).toBeUndefined();
    const { place } = await shareOnce({ logError: new RequestError('storage-full', 'no room') });
    expect(place.querySelector('[role="status"]')!.textContent).toBe('statusNoRoom');
    expect(shadowOf(toastHost()!)!.querySelector('.toast')!.textContent).toBe('statusNoRoom');
  });

  it('respects reduced motion: the fade is no animation then', () => {
    expect(toastCss).toMatch(/@media \(prefers-reduced-motion: reduce\) \{ \.toast \{ transition: none; \} \}/);
  });
});

describe('toastPlace', () => {
  const viewport = { width: 1280, height: 800 };
  const overlaps = (a: { top: number; left: number }, box: { top: number; bottom: number; left: number; right: number }) =>
    a.left < box.right && a.left + TOAST_SIZE.width > box.left && a.top < box.bottom && a.top + TOAST_SIZE.height > box.top;

  it('puts the toast under the box, else above, else beside it, inside the viewport', () => {
    expect(toastPlace({ top: 100, bottom: 300, left: 400, right: 900 }, viewport)).toEqual({ top: 308, left: 400 });
    // A message box at the bottom of the window: above it.
    expect(toastPlace({ top: 500, bottom: 790, left: 1000, right: 1270 }, viewport)).toEqual({
      top: 440,
      left: 1280 - 8 - TOAST_SIZE.width,
    });
    // A post dialog as tall as the window: beside it, right then left.
    expect(toastPlace({ top: 10, bottom: 795, left: 200, right: 900 }, viewport)).toEqual({ top: 10, left: 908 });
    expect(toastPlace({ top: 10, bottom: 795, left: 500, right: 1270 }, viewport)).toEqual({ top: 10, left: 500 - 8 - TOAST_SIZE.width });
  });

  it('never covers the box when there is room outside it', () => {
    for (let top = 0; top < 800; top += 37) {
      for (let height = 20; top + height <= 800; height += 53) {
        for (const left of [0, 300, 900]) {
          const box = { top, bottom: top + height, left, right: left + 360 };
          const roomy = top >= 68 || 800 - (top + height) >= 68;
          if (roomy) expect(overlaps(toastPlace(box, viewport), box), JSON.stringify(box)).toBe(false);
        }
      }
    }
  });
});
