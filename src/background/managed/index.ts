// The company's policy (managed storage): read, applied, kept in force, and its status.
export { createPolicy, type Applied, type Policy, type PolicyDeps } from './apply';
export { readPolicy, POLICY_KEY } from './policy-record';
export { policyHandlers } from './requests';
export type { ManagedArea } from './read-storage';
