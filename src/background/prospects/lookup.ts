// Finding a prospect's record: by profile path, by the member id it learned, or by a name a
// conversation shows; and moving a person's entries to the record that now holds them.
import type { Interaction, Prospect } from '../../domain/model';
import { memberIdOf, salesLeadIdOfPath } from '../../domain/people/profile-ids';
import { uniqueByName } from '../../domain/people/person-names';

/** The parts of the prospects store (in any transaction) that finding a record needs. */
interface ProspectStore {
  get(id: string): Promise<Prospect | undefined>;
  index(name: 'by-member' | 'by-sales-lead'): { get(key: string): Promise<Prospect | undefined> };
}

/**
 * The record a profile path names: by id, or, for a member-id path, the record that learned
 * that member id when its slug was seen.
 */
export async function findProspect(store: ProspectStore, id: string): Promise<Prospect | undefined> {
  const direct = await store.get(id);
  if (direct) return direct;
  const memberId = memberIdOf(id);
  if (memberId) return store.index('by-member').get(memberId);
  // A Sales Navigator lead's path ("/in/ACwAA…"): the record that learned that lead id.
  const salesLeadId = salesLeadIdOfPath(id);
  return salesLeadId ? store.index('by-sales-lead').get(salesLeadId) : undefined;
}

/**
 * The one tracked prospect bearing `name` (folded), or undefined when none or several do. Reads
 * every record: a name has no index, and it is asked only for conversations that link no profile.
 */
export async function findProspectByName(store: { getAll(): Promise<Prospect[]> }, name: string): Promise<Prospect | undefined> {
  return uniqueByName(await store.getAll(), name) ?? undefined;
}

/** The parts of the interactions store (in a read-write transaction) that moving entries needs. */
interface InteractionStore {
  index(name: 'by-prospect-at'): { getAll(range: IDBKeyRange): Promise<Interaction[]> };
  put(entry: Interaction): Promise<unknown>;
}

/**
 * Entries logged under the member id path of a person now tracked by slug (a share made from a
 * page that gave only the member id, before they were tracked) move to the slug: one id per
 * person, so their timeline shows them and erasing them finds them.
 */
export async function adoptMemberIdEntries(interactions: InteractionStore, prospect: Prospect): Promise<void> {
  // Likewise entries logged under a Sales Navigator lead's path ("/in/ACwAA…").
  const froms = [prospect.memberId, prospect.salesLeadId]
    .filter((id): id is string => !!id && `/in/${id}` !== prospect.id)
    .map((id) => `/in/${id}`);
  for (const from of froms) {
    for (const entry of await interactions.index('by-prospect-at').getAll(IDBKeyRange.bound([from, -Infinity], [from, Infinity]))) {
      await interactions.put({ ...entry, prospectId: prospect.id });
    }
  }
}
