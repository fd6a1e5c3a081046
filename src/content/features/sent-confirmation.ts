// Reads the open conversations for the user's own messages that carry a link we inserted, so
// a draft share becomes "sent". Only reads what the page shows; adds nothing to it, so it
// runs in quiet mode too.
import { PAGE_KINDS } from '../../contract/index';
import { ownMessageLinks, partnerKey, partnerRef, threadChanges } from '../linkedin/conversation';
import type { Feature } from './feature';

export const sentConfirmation: Feature = {
  name: 'sent-confirmation',
  pages: PAGE_KINDS,
  addsToPage: false,
  start(ctx) {
    // What was last reported per conversation: the same links are not reported twice.
    const reported = new Map<string, string>();
    // An unchanged thread is not read again.
    const changes = threadChanges();
    return {
      scan(page) {
        // Unsure who a conversation is with (LinkedIn still showing the previous one): not read.
        const { conversations } = page;
        for (const { partner, thread } of changes.changed(conversations)) {
          const links = ownMessageLinks(thread).slice(-100);
          const key = links.join(' ');
          const person = partnerKey(partner);
          if (links.length === 0 || reported.get(person) === key) continue;
          reported.set(person, key);
          ctx.request('share.confirmSent', { ...partnerRef(partner), links }).catch(() => reported.delete(person));
        }
        return conversations.length > 0 ? 'mounted' : 'no-anchor';
      },
    };
  },
};
