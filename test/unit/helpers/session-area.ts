// storage.session as a Map: what the background's popup cache writes, for tests to read.
import type { SessionArea } from '../../../src/features/popup-cache/worker';

/** storage.session as a Map, its items readable. */
export function fakeArea(): SessionArea & { items: Map<string, unknown>; text(): string } {
  const items = new Map<string, unknown>();
  return {
    items,
    text: () => JSON.stringify([...items]),
    get: async (keys) => Object.fromEntries(keys.filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))])),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    remove: async (keys) => {
      for (const key of keys) items.delete(key);
    },
  };
}
