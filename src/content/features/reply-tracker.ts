// Reads the open conversations (messaging page and overlay bubbles) for answers from the
// person: their first message after each run of ours is a reply. The background keeps only
// tracked prospects' replies, each once, within a bound of its own (SECURITY.md, threat 10):
// the page can draw any conversation. Reads what the page shows; adds nothing to it.
import { PAGE_KINDS, type ReaderPart } from '../../contract/index';
import { partnerRef, readThreadMessages, repliesInThread, threadChanges, threadHeaderRecognised } from '../linkedin/conversation';
import { selectors } from '../linkedin/selectors';
import type { PageSnapshot } from '../linkedin/snapshot';
import type { Feature } from './feature';

const BUBBLE = selectors.messaging.bubble.join(',');

/** The messaging page shows a reply box of its own thread, and no header that says who it is with. */
function partnerMissing(doc: Document, page: string, snapshot: PageSnapshot): ReaderPart[] {
  if (page !== 'messaging' || threadHeaderRecognised(doc)) return [];
  const threadComposer = snapshot.composers.some(({ kind, root }) => kind === 'message' && root.closest(BUBBLE) === null);
  return threadComposer ? ['conversation-partner'] : [];
}

export const replyTracker: Feature = {
  name: 'reply-tracker',
  pages: PAGE_KINDS,
  addsToPage: false,
  start(ctx) {
    // Message ids already handed to the background during this visit.
    const sent = new Set<string>();
    // An unchanged thread is not read again.
    const changes = threadChanges();
    return {
      scan(page) {
        // Only threads that the header and the open conversation agree on: a reply is never
        // credited to the previous conversation still on screen.
        const { conversations } = page;
        for (const { partner, thread } of changes.changed(conversations)) {
          const fresh = repliesInThread(readThreadMessages(thread)).filter((message) => !sent.has(message.externalId));
          if (fresh.length === 0) continue;
          for (const message of fresh) sent.add(message.externalId);
          ctx
            .request('replies.record', {
              // A person named without a profile link goes by name: the background credits the
              // reply only to the one tracked prospect of that name.
              ...partnerRef(partner),
              pageUrl: ctx.document.location.href,
              // The text goes to the background, which decides what it says (its class) and keeps
              // it only if the user keeps reply text.
              replies: fresh.slice(-200).map((message) => ({ externalId: message.externalId, text: message.text.slice(0, 2000) })),
            })
            .catch(() => {
              // Not recorded: read this thread again at the next scan.
              for (const message of fresh) sent.delete(message.externalId);
              changes.forget(thread);
            });
        }
        return { state: conversations.length > 0 ? 'mounted' : 'no-anchor', missing: partnerMissing(ctx.document, ctx.page, page) };
      },
    };
  },
};
