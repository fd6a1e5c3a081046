// Whether the database holds anything of the user's worth a backup: a prospect, an entry in the
// log, or a source they added. The starter examples alone are not (restored in one click), nor
// the sources the company's policy names (they come back with the policy), so a new install is
// not reminded to back up.
import type { NurtureDb } from '../db';
import { STARTER_SOURCE_ID } from '../library/service';

export async function hasUserData(db: NurtureDb): Promise<boolean> {
  const tx = db.transaction(['sources', 'interactions', 'prospects'], 'readonly');
  const [sources, interaction, prospect] = await Promise.all([
    tx.objectStore('sources').getAll(),
    tx.objectStore('interactions').openKeyCursor(),
    tx.objectStore('prospects').openKeyCursor(),
  ]);
  await tx.done;
  return interaction !== null || prospect !== null || sources.some((source) => source.id !== STARTER_SOURCE_ID && source.managed !== true);
}
