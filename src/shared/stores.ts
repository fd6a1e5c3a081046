// The IndexedDB stores (src/background/db.ts types them): what a request's `writes` names and
// what a stores-changed announcement carries.
export const STORE_NAMES = ['content', 'sources', 'prospects', 'interactions', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];
