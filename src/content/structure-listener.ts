// Answers "Copy page structure" from the popup. It adds nothing to the page (quiet mode
// included) and runs the serialiser only when asked.
import { classifySender, type RawSender, type Self } from '../contract/sender';
import { isStructureRequest, type StructureAnswer } from '../contract/page-structure';
import { structureSnapshot } from './linkedin/structure-snapshot';

type Listener = (message: unknown, sender: RawSender) => Promise<StructureAnswer> | undefined;

export interface StructureListenerOptions {
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  self: Self;
  window: Window;
}

// Only our own extension pages may ask: same extension id, and a sender whose URL (and origin,
// when the browser gives one) is the extension's own origin. That refuses other extensions,
// web pages and content scripts, which run in a tab at LinkedIn's origin (classifySender, the
// rule the background applies). A request we do not answer gets no answer at all: another
// listener, or none, may take it.
export function listenForStructureRequests({ onMessage, self, window: win }: StructureListenerOptions): () => void {
  const listener: Listener = (message, sender) => {
    if (!isStructureRequest(message) || classifySender(sender, self)?.kind !== 'extension-page') return undefined;
    try {
      return Promise.resolve({ ok: true, snapshot: structureSnapshot(win.document, win.location.href) });
    } catch (error) {
      return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
