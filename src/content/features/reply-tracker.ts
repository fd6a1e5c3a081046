// Reads the open conversations (messaging page and overlay bubbles) for answers from the
// person: each of their messages after one of ours is a reply. The background keeps only
// tracked prospects' replies, each once. Reads what the page shows; adds nothing to it.
import { PAGE_KINDS } from '../../shared/contract';
import { openConversations, partnerRef, readThreadMessages, repliesInThread, threadChanges } from '../linkedin/conversation';
import type { Feature } from './feature';

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
      scan() {
        // Only threads that the header and the open conversation agree on: a reply is never
        // credited to the previous conversation still on screen.
        const conversations = openConversations(ctx.document);
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
              replies: fresh.slice(-200).map((message) => ({ externalId: message.externalId, text: ctx.keepReplyText ? message.text.slice(0, 140) : '' })),
            })
            .catch(() => {
              // Not recorded: read this thread again at the next scan.
              for (const message of fresh) sent.delete(message.externalId);
              changes.forget(thread);
            });
        }
        return conversations.length > 0 ? 'mounted' : 'no-anchor';
      },
    };
  },
};
