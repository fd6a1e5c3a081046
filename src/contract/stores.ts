// The IndexedDB stores (src/background/db.ts types them, one record type each): what a request's
// `writes` names and what a stores-changed announcement carries.
/** The user's data: what a backup holds and the Data view counts. */
export const DATA_STORES = ['content', 'sources', 'prospects', 'interactions', 'settings'] as const;
/**
 * Derived from the data (the insights summary: its week records, each person's part, its own
 * state): never in a backup, cleared by a restore that replaces the data, rebuilt after it.
 */
export const DERIVED_STORES = ['insight-weeks', 'insight-people', 'insight-meta'] as const;
/**
 * Imported from the company's web analytics (clicks per period and item): not in a backup (the
 * export can be imported again) and kept by a restore; erased with the person where a count is
 * theirs (a per-share token).
 */
export const IMPORTED_STORES = ['clicks'] as const;
/**
 * This device's own state, one record each: the first run's choices, the install's team identity,
 * when the new replies were last looked at, the company's policy in force (re-read from managed
 * storage). Not the user's data: never in a backup, and kept by a restore, merged or replacing
 * (a backup handed to a colleague never makes two reps one, nor brings back someone's guide).
 */
export const DEVICE_STORES = ['onboarding', 'team-identity', 'replies-seen', 'managed-policy'] as const;
export const STORE_NAMES = [...DATA_STORES, ...DERIVED_STORES, ...IMPORTED_STORES, ...DEVICE_STORES] as const;
export type StoreName = (typeof STORE_NAMES)[number];
