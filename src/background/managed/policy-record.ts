// The policy in force, as last read from managed storage: one record of the settings store, so
// every reader of the settings (the links, the content script's config, the feed alarm) sees
// it in the same read, and a worker woken by any event has it before it reads managed storage
// again. Written only by apply.ts; never restored from a backup (a restore re-applies it).
import { NO_POLICY, type ManagedPolicy } from '../../shared/managed-policy';
import type { NurtureDB, NurtureDb } from '../db';

export const POLICY_KEY = 'managed-policy';

type SettingsRecord = NurtureDB['settings']['value'];

/** The stored policy, or none. Anything else under the key (it is ours alone) counts as none. */
export function policyOf(record: SettingsRecord | undefined): ManagedPolicy {
  if (typeof record !== 'object' || record === null || !('librarySources' in record) || !('problems' in record)) return NO_POLICY;
  return record;
}

export async function readPolicy(db: NurtureDb): Promise<ManagedPolicy> {
  return policyOf(await db.get('settings', POLICY_KEY));
}
