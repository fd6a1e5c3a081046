// The policy in force, as last read from managed storage: the one record of the 'managed-policy'
// store. Every reader of the settings (the links, the content script's config, the feed alarm)
// reads it in the same transaction as the settings record, and a worker woken by any event has
// it before it reads managed storage again. Written only by apply.ts; a device record, never in
// a backup and kept by a restore (which applies the policy again after it).
import { NO_POLICY, type ManagedPolicy } from '../../domain/policy/managed-policy';
import type { NurtureDb } from '../db';

/** The key of the one record of the 'managed-policy' store (the key it had in the settings store). */
export const POLICY_KEY = 'managed-policy';

/** The stored policy, or none. */
export function policyOf(record: ManagedPolicy | undefined): ManagedPolicy {
  return record ?? NO_POLICY;
}

export async function readPolicy(db: NurtureDb): Promise<ManagedPolicy> {
  return policyOf(await db.get('managed-policy', POLICY_KEY));
}
