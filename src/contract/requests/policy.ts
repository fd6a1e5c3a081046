// The company's policy in force (managed storage, src/domain/policy/managed-policy.ts): what the
// dashboard shows as "set by your company", and the problems IT should hear of.
import { Empty } from '../../domain/fields';
import type { ManagedSource, ManagedUtm, PolicyProblem } from '../../domain/policy/managed-policy';
import type { Settings } from '../../domain/settings';
import { answer } from './spec';

export interface PolicyStatus {
  /** Whether the browser holds a policy for Nurture at all. */
  managed: boolean;
  problems: PolicyProblem[];
  /** The settings the policy locks by name. */
  lockedSettings: (keyof Settings)[];
  utm: ManagedUtm | null;
  sources: ManagedSource[];
  /** Every setting the user cannot change: locked, or given a value by the policy (its `settings`, its `utm`). */
  readOnlySettings: (keyof Settings)[];
}

export const POLICY_REQUESTS = {
  // The policy in force, as last read from managed storage (background/managed/).
  'policy.status': { payload: Empty, senders: ['extension-page'], reads: ['managed-policy'], writes: [], answer: answer<PolicyStatus>() },
} as const;
