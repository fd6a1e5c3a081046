// The replies the user has not looked at yet: the popup's and the panel's "New replies" and the
// toolbar badge. "New" is after the time kept in the 'replies-seen' store (REPLIES_SEEN_KEY).
import type { NewReply } from '../../contract/requests/prospects';
import { REPLIES_SEEN_KEY, type NurtureDb } from '../db';

export function createNewReplies({ db, now }: { db: () => Promise<NurtureDb>; now: () => number }) {
  return {
    /** How many replies came after the user last looked: the toolbar badge counts them too. */
    async newRepliesCount(seenAt: number, most = 99): Promise<number> {
      let count = 0;
      for await (const cursor of (await db())
        .transaction('interactions')
        .store.index('by-kind-at')
        .iterate(IDBKeyRange.bound(['replied', seenAt], ['replied', Infinity], true, false), 'prev')) {
        if (cursor.value.replyClass !== undefined) count++;
        if (count >= most) break;
      }
      return count;
    },

    /**
     * When the user last looked at the new replies; never: 0 (replies recorded before classes
     * existed are not new: only classified ones are listed and counted, so an update shows no backlog).
     */
    async repliesSeenAt(): Promise<number> {
      const seen = await (await db()).get('replies-seen', REPLIES_SEEN_KEY);
      return seen && typeof seen.at === 'number' ? seen.at : 0;
    },

    /** The user looked at the new replies: none is new any more. */
    async markRepliesSeen(): Promise<number> {
      const at = now();
      await (await db()).put('replies-seen', { at }, REPLIES_SEEN_KEY);
      return at;
    },

    /** Replies recorded after `seenAt`, newest first: the popup's and the panel's "New replies". */
    async newReplies(seenAt: number, limit = 20): Promise<NewReply[]> {
      const conn = await db();
      const tx = conn.transaction(['interactions', 'prospects']);
      const found: NewReply[] = [];
      for await (const cursor of tx
        .objectStore('interactions')
        .index('by-kind-at')
        .iterate(IDBKeyRange.bound(['replied', seenAt], ['replied', Infinity], true, false), 'prev')) {
        const entry = cursor.value;
        if (entry.prospectId === null || entry.id === undefined || entry.replyClass === undefined) continue;
        const prospect = await tx.objectStore('prospects').get(entry.prospectId);
        if (!prospect) continue;
        found.push({
          interactionId: entry.id,
          prospectId: prospect.id,
          name: prospect.name,
          at: entry.at,
          replyClass: entry.replyClass ?? 'other',
          conversationUrl: entry.url !== null && /^https:\/\/www\.linkedin\.com\/messaging\/thread\//.test(entry.url) ? entry.url : null,
        });
        if (found.length >= limit) break;
      }
      return found;
    },
  };
}
