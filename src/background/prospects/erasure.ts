// A person's right to erasure: everything the extension keeps about them goes in one
// transaction, across the prospects, the log and the click records.
import type { Interaction, Prospect } from '../../domain/model';
import type { NurtureDb } from '../db';
import { memberIdOf, salesLeadIdOfPath, urlNamesProfile } from '../../domain/people/profile-ids';
import { nameKey } from '../../domain/people/person-names';
import { tokenInLink, withoutTokens } from '../../domain/analytics/clicks';
import { findProspect } from './lookup';

/**
 * The person's right to erasure, by every id they have had: the record (and any other record
 * of the same member id), every interaction logged under their slug or member id path, every
 * share logged by their name only (folded; a namesake's name-only shares cannot be told from
 * theirs, and erasure errs on forgetting), and the page address of any other entry whose URL
 * names their profile (a comment made on their activity page) is dropped. Free text the user
 * wrote on other records and entries (notes) is the user's and is kept as written.
 */
export async function eraseProspect(conn: NurtureDb, id: string): Promise<{ deletedInteractions: number }> {
  const tx = conn.transaction(['prospects', 'interactions', 'clicks'], 'readwrite');
  const store = tx.objectStore('prospects');
  const found = await findProspect(store, id);
  const memberIds = new Set<string>();
  for (const candidate of [memberIdOf(id), found?.memberId, found ? memberIdOf(found.id) : null]) if (candidate) memberIds.add(candidate);
  const records = new Map<string, Prospect>(found ? [[found.id, found]] : []);
  for (const memberId of memberIds) {
    const byPath = await store.get(`/in/${memberId}`);
    if (byPath) records.set(byPath.id, byPath);
    for (const record of await store.index('by-member').getAll(memberId)) records.set(record.id, record);
  }
  // And the Sales Navigator lead's path and record (the same person seen as a lead).
  const leadIds = new Set(
    [salesLeadIdOfPath(id), found?.salesLeadId, found ? salesLeadIdOfPath(found.id) : null].filter((lead): lead is string => !!lead),
  );
  for (const lead of leadIds) {
    const byPath = await store.get(`/in/${lead}`);
    if (byPath) records.set(byPath.id, byPath);
    for (const record of await store.index('by-sales-lead').getAll(lead)) records.set(record.id, record);
  }
  const ids = new Set<string>([id, ...records.keys(), ...[...memberIds, ...leadIds].map((each) => `/in/${each}`)]);
  const names = new Set([...records.values()].map((record) => nameKey(record.name)).filter((key) => key !== ''));
  let deletedInteractions = 0;
  // The per-share click tokens of their shares: their clicks stay counted for the item, no longer theirs.
  const tokens = new Set<string>();
  // The whole log: entries by name only and URLs naming them have no index.
  for await (const cursor of tx.objectStore('interactions').iterate()) {
    const entry = cursor.value;
    const byName = entry.prospectId === null && entry.personName !== undefined && names.has(nameKey(entry.personName));
    if ((entry.prospectId !== null && ids.has(entry.prospectId)) || byName) {
      const token = entry.link === undefined ? null : tokenInLink(entry.link);
      if (token !== null) tokens.add(token);
      await cursor.delete();
      deletedInteractions++;
      continue;
    }
    const urlNames = entry.url !== null && urlNamesProfile(entry.url, [...ids]);
    const linkNames = entry.link !== undefined && urlNamesProfile(entry.link, [...ids]);
    if (!urlNames && !linkNames) continue;
    const scrubbed: Interaction = { ...entry, url: urlNames ? null : entry.url };
    if (linkNames) delete scrubbed.link;
    await cursor.update(scrubbed);
  }
  for (const recordId of ids) await store.delete(recordId);
  if (tokens.size > 0) {
    for (const record of await tx.objectStore('clicks').getAll()) {
      const anonymous = withoutTokens(record, tokens);
      if (anonymous) await tx.objectStore('clicks').put(anonymous);
    }
  }
  await tx.done;
  return { deletedInteractions };
}
