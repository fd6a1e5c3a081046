// Persistent storage: the dashboard asks the browser not to evict Nurture's data, once, and
// only when it is not persistent already.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ensurePersistentStorage, type StorageManagerLike } from '../../src/ui/persistent-storage';

function fakeStorage(persisted: boolean, grant: boolean) {
  const calls = { persisted: 0, persist: 0 };
  let state = persisted;
  const storage: StorageManagerLike = {
    persisted: async () => (calls.persisted++, state),
    persist: async () => {
      calls.persist++;
      state = grant;
      return grant;
    },
  };
  return { storage, calls };
}

describe('ensurePersistentStorage', () => {
  it('does not ask again when the storage is persistent already', async () => {
    const { storage, calls } = fakeStorage(true, true);
    expect(await ensurePersistentStorage(storage)).toBe('persistent');
    expect(calls.persist).toBe(0);
  });

  it('asks when it is not, and reports what the browser granted', async () => {
    const granted = fakeStorage(false, true);
    expect(await ensurePersistentStorage(granted.storage)).toBe('persistent');
    expect(granted.calls.persist).toBe(1);
    const refused = fakeStorage(false, false);
    expect(await ensurePersistentStorage(refused.storage)).toBe('best-effort');
    expect(refused.calls.persist).toBe(1);
  });

  it('says "unknown" without the API or when the browser will not answer, and never throws', async () => {
    expect(await ensurePersistentStorage(undefined)).toBe('unknown');
    expect(await ensurePersistentStorage({})).toBe('unknown');
    expect(await ensurePersistentStorage({ persisted: async () => false })).toBe('best-effort');
    expect(await ensurePersistentStorage({ persisted: () => Promise.reject(new Error('denied')) })).toBe('unknown');
  });
});

describe('persistentStorageOnce', () => {
  beforeEach(() => vi.resetModules());

  it('asks once per page, however many parts of the page want the answer', async () => {
    const { persistentStorageOnce } = await import('../../src/ui/persistent-storage');
    const { storage, calls } = fakeStorage(false, false);
    const answers = await Promise.all([persistentStorageOnce(storage), persistentStorageOnce(storage), persistentStorageOnce(storage)]);
    expect(answers).toEqual(['best-effort', 'best-effort', 'best-effort']);
    expect(calls.persisted).toBe(1);
    expect(calls.persist).toBe(1);
  });

  it('is called as the dashboard opens (the service worker cannot: persist() is not exposed there)', () => {
    // Read, not run: the entry point renders the whole dashboard on import.
    const entry = readFileSync('src/dashboard/main.tsx', 'utf8').replace(/\/\/.*$/gm, '');
    expect(entry).toMatch(/^\s*void persistentStorageOnce\(\);/m);
  });
});
