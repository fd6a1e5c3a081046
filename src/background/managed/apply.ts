// Applies the company's policy: reads managed storage, keeps the policy in force (the
// 'managed-policy' store, policy-record.ts), puts the library sources it names in the sources store and takes out
// those it no longer names, then announces what changed. Run at every start of the worker, at
// install, when managed storage changes, and after a restore: idempotent, so a policy already
// applied writes and announces nothing.
import { parseManagedPolicy, type ManagedPolicy } from '../../domain/policy/managed-policy';
import type { Settings } from '../../domain/settings';
import type { StoreName } from '../../contract/stores';
import type { NurtureDb } from '../db';
import type { Library } from '../library';
import { readSettings } from '../settings';
import { policyOf, POLICY_KEY } from './policy-record';
import { readManagedStorage, type ManagedArea } from './read-storage';

export interface PolicyDeps {
  db: () => Promise<NurtureDb>;
  library: Library;
  /** browser.storage.managed (none: no policy, as in the tests that do not give one). */
  area?: ManagedArea | undefined;
  /** Announces the stores that changed (create-background.ts). */
  changed: (stores: readonly StoreName[]) => void;
  /** Told when the settings in force changed (the feed alarm follows the sync interval). */
  settingsChanged?: ((settings: Settings) => void) | undefined;
  log?: ((message: string) => void) | undefined;
}

export interface Applied {
  policy: ManagedPolicy;
  /** What this application changed (empty: the policy was in force already). */
  stores: StoreName[];
}

export function createPolicy(deps: PolicyDeps) {
  // One application at a time (start, install and a change may come together); each reads the
  // storage afresh, so the last one applies the latest policy. Nothing is kept here between them.
  let queue: Promise<unknown> = Promise.resolve();

  async function applyNow(): Promise<Applied> {
    const policy = parseManagedPolicy(await readManagedStorage(deps.area, deps.log));
    const db = await deps.db();
    const tx = db.transaction('managed-policy', 'readwrite');
    const before = policyOf(await tx.store.get(POLICY_KEY));
    const policyChanged = JSON.stringify(before) !== JSON.stringify(policy);
    if (policyChanged) await Promise.all([policy.managed ? tx.store.put(policy, POLICY_KEY) : tx.store.delete(POLICY_KEY), tx.done]);
    else await tx.done;
    const { added, removed } = await deps.library.applyManagedSources(policy.librarySources);
    const stores: StoreName[] = [];
    // The settings in force changed with it: every reader of the settings (the content script's
    // included) listens to 'settings'.
    if (policyChanged) stores.push('managed-policy', 'settings');
    if (added.length > 0 || removed.length > 0) stores.push('sources', 'content');
    deps.changed(stores);
    if (policyChanged) deps.settingsChanged?.(await readSettings(db));
    // A source new to this browser is fetched now, not at the next feed alarm. One that may not be
    // fetched yet (its host not granted) records why on the source, which Sources shows.
    for (const id of added) await deps.library.syncSource(id);
    if (added.length > 0) deps.changed(['content', 'sources']);
    return { policy, stores };
  }

  return {
    apply(): Promise<Applied> {
      const run = queue.then(applyNow, applyNow);
      queue = run.catch(() => {});
      return run;
    },
  };
}

export type Policy = ReturnType<typeof createPolicy>;
