// The popup's recent activity: the newest entries of the log, each with its item's title and
// whom it was with as a name (the popup never shows a profile path).
import type { Interaction } from '../../domain/model';
import type { RecentEntry } from '../../contract/requests/activity';
import type { NurtureDb } from '../db';
import { findProspect } from '../prospects';

/** `read(key)` once per key: the same item or person on several lines is read once. */
function once<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (key) => {
    let found = seen.get(key);
    if (found === undefined) {
      found = read(key);
      seen.set(key, found);
    }
    return found;
  };
}

export async function recentEntries(conn: NurtureDb, limit: number): Promise<{ entries: RecentEntry[] }> {
  const interactions: Interaction[] = [];
  for await (const cursor of conn.transaction('interactions').store.index('by-at').iterate(null, 'prev')) {
    interactions.push(cursor.value);
    if (interactions.length >= limit) break;
  }
  // One read transaction for every title and name.
  const tx = conn.transaction(['content', 'prospects']);
  const titleOf = once(async (id) => (await tx.objectStore('content').get(id))?.title ?? null);
  // By any id the record learned: a share logged under a member id or a lead's path before the
  // person was tracked by their slug still names them.
  const nameOf = once(async (id) => (await findProspect(tx.objectStore('prospects'), id))?.name ?? null);
  const entries = await Promise.all(
    interactions.map(async (interaction): Promise<RecentEntry> => {
      const [contentTitle, prospectName] = await Promise.all([
        interaction.contentId ? titleOf(interaction.contentId) : null,
        interaction.prospectId ? nameOf(interaction.prospectId) : null,
      ]);
      return { interaction, contentTitle, prospectName, who: prospectName ?? interaction.personName ?? null };
    }),
  );
  await tx.done;
  return { entries };
}
