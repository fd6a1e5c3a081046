import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, createDbHandle, type NurtureSchema } from '../../src/background/db';
import { STORE_NAMES } from '../../src/contract/index';

let n = 0;
const freshName = () => `nurture-test-${++n}`;

describe('database', () => {
  it('creates every store and index of schema v1', async () => {
    const db = await createDbHandle(freshName())();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    const tx = db.transaction(['content', 'interactions', 'prospects'], 'readonly');
    expect([...tx.objectStore('content').indexNames].sort()).toEqual(['by-fresh', 'by-source', 'by-url']);
    expect([...tx.objectStore('prospects').indexNames].sort()).toEqual([
      'by-follow-up',
      'by-last-contact',
      'by-member',
      'by-sales-lead',
      'by-stage',
    ]);
    expect([...tx.objectStore('interactions').indexNames].sort()).toEqual(
      ['by-at', 'by-content', 'by-external-id', 'by-kind-at', 'by-prospect-at'].sort(),
    );
    expect(tx.objectStore('content').index('by-url').unique).toBe(true);
    expect(tx.objectStore('interactions').index('by-external-id').unique).toBe(true);
    db.close();
  });

  it('refuses a second interaction with the same LinkedIn message id, but not two without one', async () => {
    const db = await createDbHandle(freshName())();
    const entry = {
      at: 1,
      kind: 'replied' as const,
      prospectId: '/in/ada',
      contentId: null,
      channel: 'message' as const,
      url: null,
      note: '',
    };
    await db.add('interactions', { ...entry, externalId: 'urn:li:msg:1' });
    await expect(db.add('interactions', { ...entry, externalId: 'urn:li:msg:1' })).rejects.toThrow();
    await db.add('interactions', { ...entry, externalId: null });
    await db.add('interactions', { ...entry, externalId: null });
    expect(await db.count('interactions')).toBe(3);
    db.close();
  });

  it('keeps one connection, and reopens after another context upgrades the schema', async () => {
    const name = freshName();
    const handle = createDbHandle(name);
    const first = await handle();
    expect(await handle()).toBe(first);

    // A newer version of the extension opens the database at a higher version: the old
    // connection must step aside instead of blocking the upgrade forever.
    const newer = await openDB<NurtureSchema>(name, DB_VERSION + 1, {
      blocked: () => {
        throw new Error('the upgrade was blocked');
      },
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await expect(handle()).rejects.toThrow(); // this code only knows DB_VERSION: a VersionError
  });
});
