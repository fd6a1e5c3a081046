// Years of prospect history live in IndexedDB, which a browser may evict under disk pressure
// unless the origin's storage is persistent. The background cannot ask (persist() is not
// exposed in service workers), so an extension page asks, once, when it opens.
import type { MessageKey } from '../i18n/i18n';

/** persistent: the browser will not clear it on its own; best-effort: it may; unknown: no API. */
export type StorageState = 'persistent' | 'best-effort' | 'unknown';

/** The part of navigator.storage used here (absent in some contexts, hence optional). */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * The storage's state, asking for persistence only when it is not granted yet: asking again
 * when it already is would be a wasted prompt in browsers that prompt (Firefox).
 */
export async function ensurePersistentStorage(storage: StorageManagerLike | undefined): Promise<StorageState> {
  if (!storage?.persisted) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    if (!storage.persist) return 'best-effort';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    // A refusal to answer is not a reason to break the page: the data is still there.
    return 'unknown';
  }
}

let asked: Promise<StorageState> | null = null;

/** Once per page: every caller (the page's start, the data panel) shares the one answer. */
export function persistentStorageOnce(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<StorageState> {
  asked ??= ensurePersistentStorage(storage);
  return asked;
}

export const STORAGE_STATE_KEYS: Record<StorageState, MessageKey> = {
  persistent: 'storagePersistent',
  'best-effort': 'storageBestEffort',
  unknown: 'storageUnknown',
};

/**
 * The state as it is, never asking: for a glance (the popup, the side panel), where a
 * browser's persistence prompt (Firefox) would come unbidden; the dashboard is where it asks.
 */
export async function storageStateNow(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<StorageState> {
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
