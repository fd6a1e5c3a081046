// What the content script reports of each LinkedIn page it runs on, and the popup shows.

// Sales Navigator: a lead's page, an account's page, the inbox.
export const PAGE_KINDS = ['feed', 'messaging', 'profile', 'sales-lead', 'sales-account', 'sales-inbox', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** mounted: found its place; no-anchor: nothing to attach to (yet); quiet: off by the user's choice. */
export const FEATURE_STATES = ['mounted', 'no-anchor', 'quiet'] as const;
export type FeatureState = (typeof FEATURE_STATES)[number];

/**
 * The parts of a LinkedIn page a reader looked for and did not find, named to the user by the
 * popup's health line ("profile headline not found"): a feature can mount and still miss one.
 */
export const READER_PARTS = [
  'profile-name',
  'profile-headline',
  'profile-actions',
  'message-composer',
  'conversation-partner',
  'conversation-list',
] as const;
export type ReaderPart = (typeof READER_PARTS)[number];

export interface PageHealth {
  page: PageKind;
  features: Record<string, FeatureState>;
  /** What the readers missed on this page, each once. */
  missing: ReaderPart[];
  at: number;
}
