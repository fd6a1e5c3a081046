// Answers the side panel about this tab: who the page shows, and Insert into the composer the
// user last focused. Only our own extension pages may ask (the rule of structure-listener.ts:
// same extension id, a sender at the extension's own origin), so a page or another extension
// cannot read the person or write into a composer. Answers in quiet mode too: it adds nothing.
import { classifySender, type RawSender, type Self } from '../contract/sender';
import type { request as requestFn } from '../contract/client';
import { isTabRequest, type PanelInsertAnswer, type PanelPageAnswer, type PanelInsertRequest } from '../contract/panel-protocol';
import { describeComposer, type FocusedComposerTracker } from './focused-composer';
import { conversationPartner, partnerRef } from './linkedin/conversation';
import { findAllComposers, type ComposerAnchor } from './linkedin/composers';
import { insertText, type Caret } from './linkedin/insert';
import { personOnPage } from './linkedin/page-person';
import { detectPage } from './linkedin/pages';
import { readPage } from './linkedin/snapshot';
import { selectors } from './linkedin/selectors';

type Listener = (message: unknown, sender: RawSender) => Promise<unknown> | undefined;

export interface PanelListenerOptions {
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  self: Self;
  window: Window;
  focused: FocusedComposerTracker;
  request: typeof requestFn;
  /** The picker's keyboard command: opens the picker of the focused composer (when buttons are shown). */
  openPicker: () => void;
}

const BUBBLE = selectors.messaging.bubble.join(',');

/**
 * Where Insert goes: the composer the user last focused, else the messaging page's own reply box
 * when it is the one message composer outside the bubbles (a thread open, nothing clicked yet).
 */
function target(
  focused: FocusedComposerTracker,
  composers: () => readonly ComposerAnchor[],
): { anchor: ComposerAnchor; caret: Caret } | null {
  const last = focused.current();
  if (last) return last;
  const threadBoxes = composers().filter((composer) => composer.kind === 'message' && composer.root.closest(BUBBLE) === null);
  return threadBoxes.length === 1 ? { anchor: threadBoxes[0]!, caret: null } : null;
}

async function insert(
  win: Window,
  focused: FocusedComposerTracker,
  request: typeof requestFn,
  message: PanelInsertRequest,
): Promise<PanelInsertAnswer> {
  const doc = win.document;
  const found = target(focused, () => findAllComposers(doc));
  if (!found) return { inserted: false, reason: 'no-composer' };
  const { anchor, caret } = found;
  if (!insertText(anchor.editor, message.text, caret)) return { inserted: false, reason: 'refused' };
  const channel = anchor.kind === 'message' ? (anchor.inmail ? 'inmail' : 'message') : anchor.kind;
  const partner = anchor.kind === 'message' ? conversationPartner(anchor.root, doc, win.location.href) : null;
  // Logged as the in-page button logs it: a draft until its link shows in the thread.
  await request('share.log', {
    contentId: message.contentId,
    ...partnerRef(partner),
    channel,
    pageUrl: win.location.href,
    link: message.link,
    captionIndex: message.captionIndex,
  }).catch(() => {});
  return { inserted: true, channel };
}

export function listenForPanelRequests({ onMessage, self, window: win, focused, request, openPicker }: PanelListenerOptions): () => void {
  const listener: Listener = (message, sender) => {
    if (!isTabRequest(message) || classifySender(sender, self)?.kind !== 'extension-page') return undefined;
    switch (message.type) {
      case 'panel.page': {
        const href = win.location.href;
        const page = detectPage(href);
        // Where Insert would go now: the panel names it, and offers Insert only when there is one.
        // One read of the page for both: the person, and the composers Insert may fall back to.
        const snapshot = readPage(win.document);
        const into = target(focused, () => snapshot.composers);
        const answer: PanelPageAnswer = {
          page,
          person: personOnPage(page, snapshot),
          composer: into ? describeComposer(into.anchor) : null,
        };
        return Promise.resolve(answer);
      }
      case 'panel.insert':
        return insert(win, focused, request, message);
      case 'picker.open':
        openPicker();
        return Promise.resolve({ opened: true });
    }
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
