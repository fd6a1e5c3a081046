// The background's announcement that data changed: after every committed write it names the
// stores the write touched, and nothing else (no data crosses with it). Open screens and
// LinkedIn tabs refetch what they show from those stores.
import { STORE_NAMES, type StoreName } from './stores';

export const STORES_CHANGED = 'stores.changed';

export interface StoresChanged {
  type: typeof STORES_CHANGED;
  stores: StoreName[];
}

export function storesChanged(stores: readonly StoreName[]): StoresChanged {
  return { type: STORES_CHANGED, stores: [...new Set(stores)] };
}

/** Shape check of an announcement received over the wire. */
export function isStoresChanged(raw: unknown): raw is StoresChanged {
  if (typeof raw !== 'object' || raw === null) return false;
  const message = raw as { type?: unknown; stores?: unknown };
  return (
    message.type === STORES_CHANGED &&
    Array.isArray(message.stores) &&
    message.stores.every((store) => (STORE_NAMES as readonly unknown[]).includes(store))
  );
}
