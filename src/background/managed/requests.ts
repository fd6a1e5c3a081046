// The policy's request: what the dashboard shows as set by the company, and the policy's problems.
import { readOnlySettings } from '../../domain/policy/managed-policy';
import type { POLICY_REQUESTS } from '../../contract/requests/policy';
import type { NurtureDb } from '../db';
import type { HandlersFor } from '../router';
import { readPolicy } from './policy-record';

export function policyHandlers({ db }: { db: () => Promise<NurtureDb> }): HandlersFor<typeof POLICY_REQUESTS> {
  return {
    'policy.status': async () => {
      const policy = await readPolicy(await db());
      return {
        managed: policy.managed,
        problems: policy.problems,
        lockedSettings: policy.lockedSettings,
        utm: policy.utm,
        sources: policy.librarySources,
        readOnlySettings: readOnlySettings(policy),
      };
    },
  };
}
