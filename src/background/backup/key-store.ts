// The derived backup key, kept on this device only. The CryptoKey is non-extractable: stored
// in IndexedDB it stays usable for encrypting, but no script (ours included) can read its bytes
// back out. It lives in a database of its own, 'nurture-device', so a backup never carries it and
// a restore or an erase of the data never touches it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BackupKey } from '../../domain/backup/backup-crypto';

export interface KeyStore {
  get(): Promise<BackupKey | null>;
  set(key: BackupKey): Promise<void>;
  delete(): Promise<void>;
}

export const DEVICE_DB_NAME = 'nurture-device';
const STORE = 'keys';
const BACKUP_KEY = 'backup';

interface DeviceDB extends DBSchema {
  keys: { key: string; value: BackupKey };
}

function isBackupKey(value: unknown): value is BackupKey {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<BackupKey>;
  return (
    typeof CryptoKey !== 'undefined' &&
    record.key instanceof CryptoKey &&
    record.salt instanceof Uint8Array &&
    typeof record.iterations === 'number'
  );
}

export function indexedDbKeyStore(name: string = DEVICE_DB_NAME): KeyStore {
  // Opened per call and closed after: the worker is stopped often, and a key is read once per backup.
  const withDb = async <T>(work: (db: IDBPDatabase<DeviceDB>) => Promise<T>): Promise<T> => {
    const db = await openDB<DeviceDB>(name, 1, { upgrade: (created) => void created.createObjectStore(STORE) });
    try {
      return await work(db);
    } finally {
      db.close();
    }
  };
  return {
    get: () =>
      withDb(async (db) => {
        const stored: unknown = await db.get(STORE, BACKUP_KEY);
        // Anything else there (a damaged record) is no key: turning on again asks for the passphrase.
        return isBackupKey(stored) ? stored : null;
      }),
    set: (key) =>
      withDb(async (db) => void (await db.put(STORE, { key: key.key, salt: key.salt, iterations: key.iterations }, BACKUP_KEY))),
    delete: () => withDb(async (db) => db.delete(STORE, BACKUP_KEY)),
  };
}
