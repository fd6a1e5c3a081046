// Who is calling? Decided from what the browser says of the sender, never from the message.
// Pure, so every case is tested (test/unit/sender.test.ts).
import type { SenderKind } from './requests/spec';

/** Who sent a request, as the router hands it to a handler. */
export interface Sender {
  kind: SenderKind;
  /** The tab of a content script; undefined for extension pages that are not in a tab. */
  tabId: number | undefined;
}

/** The parts of runtime.MessageSender that matter here. */
export interface RawSender {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL('') origin: chrome-extension://<id> or moz-extension://<uuid> */
  origin: string;
}

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** scheme://host, also for extension schemes, whose URL.origin is "null" in some engines. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

export function classifySender(sender: RawSender, self: Self): Sender | null {
  // Another extension, or a web page through externally_connectable (which we do not declare).
  if (sender.id !== self.id) return null;
  const urlOrigin = originOf(sender.url);
  // Chrome also reports the origin of the frame; when present it must agree with the URL.
  if (sender.origin !== undefined && sender.origin !== urlOrigin) return null;

  if (urlOrigin === self.origin) {
    return { kind: 'extension-page', tabId: sender.tab?.id };
  }
  // Our content script runs only in the top frame of www.linkedin.com (all_frames: false).
  if (urlOrigin === LINKEDIN_ORIGIN && sender.frameId === 0 && typeof sender.tab?.id === 'number') {
    return { kind: 'linkedin-content', tabId: sender.tab.id };
  }
  return null;
}
