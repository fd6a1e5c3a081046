// The content script's own wrapper over `chrome`/`browser` (no webextension-polyfill in its
// bundle): answers go through sendResponse, an unanswered message resolves with nothing.
import { describe, expect, it, vi } from 'vitest';
import { contentApi, nativeApi, type NativeApi } from '../../src/content/extension-api';

type NativeListener = Parameters<NativeApi['runtime']['onMessage']['addListener']>[0];

function fakeNative(sendMessage: (message: unknown) => Promise<unknown> = async () => 'answer') {
  const listeners = new Set<NativeListener>();
  const native: NativeApi = {
    runtime: {
      id: 'ext-id',
      getURL: (path) => `chrome-extension://ext-id/${path}`,
      sendMessage,
      onMessage: { addListener: (listener) => listeners.add(listener), removeListener: (listener) => listeners.delete(listener) },
    },
    i18n: { getMessage: (key, substitutions) => `${key}:${String(substitutions ?? '')}` },
  };
  return { native, listeners };
}

describe('content script extension API', () => {
  it('passes plain calls through', async () => {
    const { native } = fakeNative();
    const api = contentApi(native);
    expect(api.id).toBe('ext-id');
    expect(api.getURL('')).toBe('chrome-extension://ext-id/');
    expect(api.getMessage('shareButton', 'x')).toBe('shareButton:x');
    expect(await api.sendMessage({ type: 'ping' })).toBe('answer');
  });

  it('resolves with nothing when no one answered, whatever the words, and rejects once the extension is gone', async () => {
    // Chrome's wording of today, another version's, Firefox's: told apart by the extension's state, not the text.
    for (const words of [
      'The message port closed before a response was received.',
      'A listener indicated an asynchronous response by returning true, but the message channel closed',
      'Could not establish connection. Receiving end does not exist.',
    ]) {
      const closed = contentApi(fakeNative(() => Promise.reject(new Error(words))).native);
      await expect(closed.sendMessage({})).resolves.toBeUndefined();
    }
    const { native } = fakeNative(() => Promise.reject(new Error('Extension context invalidated.')));
    // Reloaded or removed: the browser takes the id away.
    Object.defineProperty(native.runtime, 'id', { get: () => undefined });
    await expect(contentApi(native).sendMessage({})).rejects.toThrow('invalidated');
    Object.defineProperty(native.runtime, 'id', {
      get: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    await expect(contentApi(native).sendMessage({})).rejects.toThrow('invalidated');
  });

  it("answers a listener's promise through sendResponse, leaves other messages, and removes what it added", async () => {
    const { native, listeners } = fakeNative();
    const api = contentApi(native);
    const listener = vi.fn((message: unknown) => (message === 'ask' ? Promise.resolve({ ok: true }) : undefined));
    api.onMessage.addListener(listener);
    expect(listeners.size).toBe(1);
    const [wrapped] = listeners;
    const sendResponse = vi.fn();
    expect(wrapped!('other', { id: 'ext-id' }, sendResponse)).toBe(false);
    expect(wrapped!('ask', { id: 'ext-id' }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    expect(sendResponse).toHaveBeenCalledTimes(1);
    api.onMessage.removeListener(listener);
    expect(listeners.size).toBe(0);
  });

  it("takes Firefox's browser when there is one, else chrome", () => {
    const chrome = fakeNative().native;
    const browser = fakeNative().native;
    expect(nativeApi({ chrome, browser } as unknown as typeof globalThis)).toBe(browser);
    expect(nativeApi({ chrome } as unknown as typeof globalThis)).toBe(chrome);
  });
});
