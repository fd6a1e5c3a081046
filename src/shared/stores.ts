// The IndexedDB stores (src/background/db.ts types them): what a request's `writes` names and
// what a stores-changed announcement carries.
/** The user's data: what a backup holds and the Data view counts. */
export const DATA_STORES = ['content', 'sources', 'prospects', 'interactions', 'settings'] as const;
/** Derived from the data (the insights summary): never in a backup, rebuilt after a restore. */
export const DERIVED_STORES = ['insight-weeks', 'insight-people'] as const;
/**
 * Imported from the company's web analytics (clicks per period and item): not in a backup (the
 * export can be imported again) and kept by a restore; erased with the person where a count is
 * theirs (a per-share token).
 */
export const IMPORTED_STORES = ['clicks'] as const;
export const STORE_NAMES = [...DATA_STORES, ...DERIVED_STORES, ...IMPORTED_STORES] as const;
export type StoreName = (typeof STORE_NAMES)[number];
