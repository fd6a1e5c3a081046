// Reads the conversation list (the messaging page's left rail, the overlay's list when open)
// for rows whose newest message is the other person's, so their replies count without the user
// opening each thread (issue 25). Hands the background what each such one-to-one row shows
// (name, time, snippet: for its class); the background credits the one tracked prospect of that
// name, newer than the last contact, within the bounds of replies read in threads. Adds nothing.
import { PAGE_KINDS, type ReaderPart } from '../../contract/index';
import { LIST_ROWS_MAX } from '../../contract/requests/prospects';
import { readConversationLists, type ListRow } from '../linkedin/conversation-list';
import type { Feature } from './feature';

/** The rows that may be a reply: one person, their message, a time to compare with the last contact. */
export function replyRows(rows: readonly ListRow[]): ListRow[] {
  // The open thread's row is the thread reader's: its messages say more than a snippet.
  return rows.filter((row) => row.oneToOne && row.from === 'theirs' && row.time !== null && !row.active && row.snippet !== '');
}

export const listReplies: Feature = {
  name: 'list-replies',
  pages: PAGE_KINDS,
  addsToPage: false,
  start(ctx) {
    // What was handed over during this visit: a list re-rendered the same asks nothing again.
    const sent = new Set<string>();
    return {
      scan() {
        if (ctx.signal.aborted) return { state: 'no-anchor', missing: [] };
        const lists = readConversationLists(ctx.document, Date.now());
        const missing: ReaderPart[] = lists.some((list) => list.unreadable) ? ['conversation-list'] : [];
        const fresh = replyRows(lists.flatMap((list) => list.rows))
          .map((row) => ({ row, key: `${row.name}\n${row.time!.at}\n${row.snippet}` }))
          .filter(({ key }) => !sent.has(key));
        for (let i = 0; i < fresh.length; i += LIST_ROWS_MAX) {
          const chunk = fresh.slice(i, i + LIST_ROWS_MAX);
          for (const { key } of chunk) sent.add(key);
          ctx
            .request('replies.fromList', {
              pageUrl: ctx.document.location.href,
              rows: chunk.map(({ row }) => ({
                name: row.name.slice(0, 120),
                snippet: row.snippet.slice(0, 500),
                at: row.time!.at,
                precision: row.time!.precision,
                unread: row.unread,
              })),
            })
            // Not recorded: read again at the next scan.
            .catch(() => chunk.forEach(({ key }) => sent.delete(key)));
        }
        return { state: lists.length > 0 ? 'mounted' : 'no-anchor', missing };
      },
    };
  },
};
