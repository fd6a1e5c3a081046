// The one contract between the background and everything that talks to it. Each request
// names its payload schema (checked at runtime, in the background) and who may send it;
// `Answers` gives its answer type. Nothing crosses the boundary untyped.
import * as v from 'valibot';

export const SENDER_KINDS = ['extension-page', 'linkedin-content'] as const;
/** extension-page: popup and dashboard. linkedin-content: our content script, top frame of www.linkedin.com. */
export type SenderKind = (typeof SENDER_KINDS)[number];

export const PAGE_KINDS = ['feed', 'messaging', 'profile', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const FEATURE_STATES = ['mounted', 'no-anchor'] as const;
export type FeatureState = (typeof FEATURE_STATES)[number];

export const STORE_NAMES = ['content', 'sources', 'prospects', 'interactions', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

const shortText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const SettingsSchema = v.strictObject({
  /** The salesperson's own short id, put in utm_content-style attribution of links. */
  repId: v.pipe(shortText(32), v.regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, - and _ only')),
  /** utm_campaign of every link shared. */
  campaign: v.pipe(shortText(64), v.regex(/^[A-Za-z0-9_.-]*$/, 'letters, digits, ., - and _ only')),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { repId: '', campaign: '' };

export interface PageHealth {
  page: PageKind;
  features: Record<string, FeatureState>;
  at: number;
}

const Empty = v.strictObject({});
const FeatureName = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/));

export interface RequestSpec {
  payload: v.GenericSchema;
  senders: readonly SenderKind[];
}

export const REQUESTS = {
  'app.ping': { payload: Empty, senders: ['extension-page', 'linkedin-content'] },
  'settings.get': { payload: Empty, senders: ['extension-page'] },
  'settings.update': { payload: v.strictObject({ settings: v.partial(SettingsSchema) }), senders: ['extension-page'] },
  'db.stats': { payload: Empty, senders: ['extension-page'] },
  'page.report': {
    payload: v.strictObject({
      page: v.picklist(PAGE_KINDS),
      features: v.pipe(v.record(FeatureName, v.picklist(FEATURE_STATES)), v.maxEntries(32)),
    }),
    senders: ['linkedin-content'],
  },
  'page.health': {
    payload: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    senders: ['extension-page'],
  },
} as const satisfies Record<string, RequestSpec>;

export type RequestType = keyof typeof REQUESTS;
/** What a caller writes. */
export type PayloadIn<K extends RequestType> = v.InferInput<(typeof REQUESTS)[K]['payload']>;
/** What a handler receives, after the schema has checked and trimmed it. */
export type Payload<K extends RequestType> = v.InferOutput<(typeof REQUESTS)[K]['payload']>;

export interface Answers {
  'app.ping': { version: string; schemaVersion: number };
  'settings.get': Settings;
  'settings.update': Settings;
  'db.stats': { schemaVersion: number; counts: Record<StoreName, number> };
  'page.report': { recorded: true };
  'page.health': PageHealth | null;
}

// Fails to compile when a request has no answer type or an answer has no request.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractIsComplete: Same<RequestType, keyof Answers> = true;
void contractIsComplete;

export interface Request<K extends RequestType = RequestType> {
  type: K;
  payload: PayloadIn<K>;
}

export const ERROR_CODES = ['unknown-request', 'unauthorised', 'malformed', 'failed', 'no-answer'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(REQUESTS, type);
}

/** Shape check of an answer received over the wire (the value itself is the background's word). */
export function isAnswer(raw: unknown): raw is Answer<unknown> {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) return false;
  if (raw.ok === true) return 'value' in raw;
  if (raw.ok !== false || !('error' in raw)) return false;
  const error = raw.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (ERROR_CODES as readonly unknown[]).includes(error.code) &&
    'message' in error &&
    typeof error.message === 'string'
  );
}
