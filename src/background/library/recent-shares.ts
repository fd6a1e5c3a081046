// The library items the user shared lately, whoever they shared them with: the picker lists them
// after the favourites. A bounded read of the newest log entries, so its cost does not grow with
// the log.
import type { NurtureDb } from '../db';

/** How many recently shared items go first: a handful the user is likely to share again. */
export const RECENT_ITEMS = 5;
/** Log entries read at most, newest first (notes, replies and stage changes are in the log too). */
export const RECENT_SCAN = 300;

export async function recentlyShared(db: NurtureDb, max = RECENT_ITEMS, scan = RECENT_SCAN): Promise<string[]> {
  const ids = new Set<string>();
  let read = 0;
  for await (const cursor of db.transaction('interactions').store.index('by-at').iterate(null, 'prev')) {
    const { kind, contentId } = cursor.value;
    if ((kind === 'shared' || kind === 'posted') && contentId) ids.add(contentId);
    if (ids.size >= max || ++read >= scan) break;
  }
  return [...ids];
}
