// The library sources the company's policy names (src/domain/policy/managed-policy.ts), as records of
// the sources store: what to add or mark, and what the policy no longer names. Pure.
import type { ManagedSource } from '../../domain/policy/managed-policy';
import type { Source } from '../../domain/model';
import { stableId } from '../../domain/library/urls';

/** A feed's source id, whoever added it: the policy naming a feed the user added takes that record over. */
export const feedSourceId = (canonicalUrl: string): string => `feed:${stableId(canonicalUrl)}`;

export interface ManagedSourcesPlan {
  /** Records to write: new managed sources, and existing ones now marked or renamed. */
  put: Source[];
  /** The ids among `put` that were not in the store (synced at once). */
  added: string[];
  /** Managed sources the policy no longer names: removed as the user would remove them. */
  remove: string[];
}

export function managedSourcesPlan(existing: readonly Source[], wanted: readonly ManagedSource[], now: number): ManagedSourcesPlan {
  const byId = new Map(existing.map((source) => [source.id, source]));
  const plan: ManagedSourcesPlan = { put: [], added: [], remove: [] };
  const named = new Set<string>();
  for (const { url, name } of wanted) {
    const id = feedSourceId(url);
    if (named.has(id)) continue;
    named.add(id);
    const current = byId.get(id);
    if (!current) {
      // The kind is the feed's own, learnt at its first sync.
      plan.put.push({ id, kind: 'rss', label: name, url, etag: null, lastModified: null, addedAt: now, lastSync: null, managed: true });
      plan.added.push(id);
    } else if (current.managed !== true || current.label !== name || current.url !== url) {
      plan.put.push({ ...current, url, label: name, managed: true });
    }
  }
  for (const source of existing) if (source.managed === true && !named.has(source.id)) plan.remove.push(source.id);
  return plan;
}
