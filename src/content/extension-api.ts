// The few extension APIs the content script uses, without webextension-polyfill: the polyfill
// is 5.9 KB of a gzipped bundle that runs in every LinkedIn tab, for what both browsers now do
// themselves. Firefox's `browser` and Chrome's MV3 `chrome` both return a promise from
// runtime.sendMessage; i18n, runtime.id and getURL are plain calls. Only answering a message
// differs (Chrome's listeners could not return a promise until recently), so listeners answer
// through sendResponse in both.
import type { RawSender } from '../contract/sender';

/** A listener in the polyfill's shape: a promise to answer, undefined to leave the message. */
export type MessageListener = (message: unknown, sender: RawSender) => Promise<unknown> | undefined;

export interface MessageEvent {
  addListener(listener: MessageListener): void;
  removeListener(listener: MessageListener): void;
}

export interface ContentApi {
  readonly id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: MessageEvent;
  getMessage(key: string, substitutions?: string | string[]): string;
}

type NativeListener = (message: unknown, sender: RawSender, sendResponse: (answer: unknown) => void) => boolean | undefined;

/** What the content script needs of `chrome` or `browser`: the same shape in both. */
export interface NativeApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: NativeListener): void; removeListener(listener: NativeListener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/**
 * Whether this content script's extension is still there: reloaded or removed, the browser takes
 * runtime.id away (and may throw on reading it).
 */
function alive(native: NativeApi): boolean {
  try {
    return Boolean(native.runtime.id);
  } catch {
    return false;
  }
}

export function contentApi(native: NativeApi): ContentApi {
  const wrapped = new Map<MessageListener, NativeListener>();
  return {
    get id() {
      return native.runtime.id;
    },
    getURL: (path) => native.runtime.getURL(path),
    sendMessage: (message) =>
      native.runtime.sendMessage(message).catch((error: unknown) => {
        // Chrome rejects when no listener answered, in words that change between versions (and
        // Firefox has its own): while the extension is alive, that is "no answer", as the
        // polyfill resolved it (the request then fails as unanswered). Once the extension is
        // gone, the failure is the caller's to see: it stops the orphaned script.
        if (alive(native)) return undefined;
        throw error;
      }),
    onMessage: {
      addListener(listener) {
        const native_: NativeListener = (message, sender, sendResponse) => {
          const answer = listener(message, sender);
          if (answer === undefined) return false;
          void answer.then(sendResponse, () => sendResponse(undefined));
          return true;
        };
        wrapped.set(listener, native_);
        native.runtime.onMessage.addListener(native_);
      },
      removeListener(listener) {
        const native_ = wrapped.get(listener);
        if (!native_) return;
        wrapped.delete(listener);
        native.runtime.onMessage.removeListener(native_);
      },
    },
    getMessage: (key, substitutions) => native.i18n.getMessage(key, substitutions),
  };
}

/** Firefox's `browser`, else Chrome's `chrome`. */
export const nativeApi = (scope: typeof globalThis): NativeApi => {
  const { browser, chrome } = scope as unknown as { browser?: NativeApi; chrome: NativeApi };
  return browser?.runtime ? browser : chrome;
};
