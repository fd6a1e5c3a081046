// Every request the background serves: the domains' entries merged. Types, schemas and the
// entries' pure callbacks only; the handlers are bound in the background
// (src/background/create-background.ts gathers each domain's src/background/<domain>/requests.ts).
import type * as v from 'valibot';
import { ACTIVITY_REQUESTS } from './activity';
import { APP_REQUESTS } from './app';
import { BACKUP_REQUESTS } from './backup';
import { CLICKS_REQUESTS } from './clicks';
import { CRM_REQUESTS } from './crm';
import { LIBRARY_REQUESTS } from './library';
import { ONBOARDING_REQUESTS } from './onboarding';
import { PAGE_REQUESTS } from './page';
import { POLICY_REQUESTS } from './policy';
import { PROSPECTS_REQUESTS } from './prospects';
import { SETTINGS_REQUESTS } from './settings';
import { SHARING_REQUESTS } from './sharing';
import { TEAM_REQUESTS } from './team';
import type { AnswerOf, RequestSpec } from './spec';

// Merged in a function marked side-effect free: a top-level spread would keep every schema (and
// valibot) in bundles that import only the contract's types and constants (the content script).
const merged = /* @__NO_SIDE_EFFECTS__ */ () => ({
  ...APP_REQUESTS,
  ...SETTINGS_REQUESTS,
  ...PAGE_REQUESTS,
  ...LIBRARY_REQUESTS,
  ...SHARING_REQUESTS,
  ...ACTIVITY_REQUESTS,
  ...CRM_REQUESTS,
  ...BACKUP_REQUESTS,
  ...PROSPECTS_REQUESTS,
  ...ONBOARDING_REQUESTS,
  ...TEAM_REQUESTS,
  ...POLICY_REQUESTS,
  ...CLICKS_REQUESTS,
});

export const REQUESTS = merged() satisfies Record<string, RequestSpec>;

export type RequestType = keyof typeof REQUESTS;
/** What a caller writes. */
export type PayloadIn<K extends RequestType> = v.InferInput<(typeof REQUESTS)[K]['payload']>;
/** What a handler receives, after the schema has checked and trimmed it. */
export type Payload<K extends RequestType> = v.InferOutput<(typeof REQUESTS)[K]['payload']>;
/** What the background answers to each request. */
export type Answers = { [K in RequestType]: AnswerOf<(typeof REQUESTS)[K]> };
/** The stores each request's answer is read from, exactly as its entry lists them (a type: see src/ui/use-request.ts). */
export type ReadsOf<K extends RequestType> = (typeof REQUESTS)[K]['reads'];

export interface Request<K extends RequestType = RequestType> {
  type: K;
  payload: PayloadIn<K>;
}

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(REQUESTS, type);
}
