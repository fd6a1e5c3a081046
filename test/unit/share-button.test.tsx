// @vitest-environment happy-dom
// The share button: what it asks the background (the text from the name the page shows, the log
// against the person), and what it says when the background cannot log a share: a full disk is
// named, so the user can act on it; anything else reads as the extension having gone away.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { request as requestFn } from '../../src/shared/client';
import { RequestError } from '../../src/shared/request-error';
import { ShareButton, STATUS_MS, shareButtonCss } from '../../src/content/ui/ShareButton';
import type { ShareTarget } from '../../src/content/ui/ShareButton';
import type { Partner } from '../../src/content/linkedin/conversation';
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
    if (type === 'share.prepare') return { text: 'Read this https://e.com/a', caption: 'Read this', link: 'https://e.com/a', captionIndex: 0, missing: [] };
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
    render(<ShareButton t={t as never} request={request as unknown as typeof requestFn} target={target ?? { kind: 'post', editor }} prospect={() => partner} register={() => {}} pageUrl={() => 'https://www.linkedin.com/feed/'} />, place);
  });
  await act(async () => place.querySelector<HTMLButtonElement>('button.share')!.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  await act(async () => place.querySelector<HTMLElement>('[role="option"]')!.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return { text: place.textContent ?? '', request, place };
}

const payloadsOf = (request: { mock: { calls: unknown[][] } }, type: string) => request.mock.calls.filter(([kind]) => kind === type).map(([, payload]) => payload);

describe('ShareButton when the log cannot be written', () => {
  it('says the browser has no room left', async () => {
    expect((await shareOnce({ logError: new RequestError('storage-full', 'no room') })).text).toContain('storageFull');
  });

  it('says the extension is disconnected for other failures', async () => {
    const { text } = await shareOnce({ logError: new RequestError('no-answer', 'gone') });
    expect(text).toContain('shareDisconnected');
    expect(text).not.toContain('storageFull');
  });
});

describe('ShareButton and the person', () => {
  const ada: Partner = { profilePath: '/in/ada-sample-42', name: 'Ada Sample' };

  it('asks for the text filled from the name the page shows, never by the profile; logs the share against the profile', async () => {
    const editor = document.createElement('div');
    const { request } = await shareOnce({ target: { kind: 'message', editor }, partner: ada });
    expect(payloadsOf(request, 'share.prepare')).toEqual([{ contentId: 'a', prospectId: null, personName: 'Ada Sample', channel: 'message', frame: true }]);
    expect(payloadsOf(request, 'share.log')).toEqual([expect.objectContaining({ contentId: 'a', prospectId: '/in/ada-sample-42', channel: 'message' })]);
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
  it('floats its status beside the button, and takes it away after a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { place } = await shareOnce();
    const status = place.querySelector('[role="status"]');
    expect(status?.textContent).toBe('inserted');
    // Not beside the button in the flow: the button's box stays the only thing the page measures.
    expect(status?.parentElement?.classList.contains('wrap')).toBe(true);
    expect(shareButtonCss).toMatch(/\.status \{ position: absolute;/);
    await act(async () => void vi.advanceTimersByTime(STATUS_MS));
    expect(place.querySelector('[role="status"]')).toBeNull();
  });
});
