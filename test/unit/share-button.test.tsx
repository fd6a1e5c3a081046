// @vitest-environment happy-dom
// What the share button says when the background cannot log a share: a full disk is named,
// so the user can act on it; anything else reads as the extension having gone away.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { request as requestFn } from '../../src/shared/client';
import { RequestError } from '../../src/shared/request-error';
import { ShareButton } from '../../src/content/ui/ShareButton';
import { item } from './helpers/items';

const t = (key: string) => key;
afterEach(() => render(null, document.body));

async function shareOnce(logError: Error) {
  const request = vi.fn(async (type: string) => {
    if (type === 'share.context') return { prospect: null, sentContentIds: [], guard: { recentShares: 0, max: 2, days: 7, unansweredInARow: 0 } };
    if (type === 'library.search') return { hits: [{ item: item({ id: 'a', title: 'Alpha' }), link: 'https://e.com/a' }], total: 1 };
    if (type === 'share.prepare') return { text: 'Read this https://e.com/a', caption: 'Read this', link: 'https://e.com/a', captionIndex: 0, missing: [] };
    if (type === 'share.log') throw logError;
    throw new Error(`unexpected ${type}`);
  });
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  const place = document.createElement('span');
  document.body.append(editor, place);
  await act(async () => {
    render(<ShareButton t={t as never} request={request as unknown as typeof requestFn} target={{ kind: 'post', editor }} prospect={() => null} register={() => {}} pageUrl={() => 'https://www.linkedin.com/feed/'} />, place);
  });
  await act(async () => place.querySelector<HTMLButtonElement>('button.share')!.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  await act(async () => place.querySelector<HTMLElement>('[role="option"]')!.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return place.textContent ?? '';
}

describe('ShareButton when the log cannot be written', () => {
  it('says the browser has no room left', async () => {
    expect(await shareOnce(new RequestError('storage-full', 'no room'))).toContain('storageFull');
  });

  it('says the extension is disconnected for other failures', async () => {
    const text = await shareOnce(new RequestError('no-answer', 'gone'));
    expect(text).toContain('shareDisconnected');
    expect(text).not.toContain('storageFull');
  });
});
