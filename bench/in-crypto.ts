// Bundled by the encrypted-backup benchmark (rolldown, IIFE) and evaluated in the extension's
// service worker (where an automatic backup is written) and in the dashboard page (where an
// encrypted file is opened): the product's own code (src/domain/backup/backup-crypto.ts, the data: URL
// encoding and download of src/background/backup/downloads.ts, the export's hash of auto.ts),
// and, to split its time, the same WebCrypto calls alone with the same parameters.
// The texts stay in the context that uses them (`keep`): only milliseconds come back.
import { exportHash } from '../src/background/backup/auto';
import { base64, downloadFiles, type DownloadsApi } from '../src/background/backup/downloads';
import { BACKUP_KDF_ITERATIONS, decryptBackup, deriveBackupKey, encryptBackup, type BackupKey } from '../src/domain/backup/backup-crypto';

let plain = '';
let sealed = '';
let opened = '';
let key: BackupKey | null = null;

const time = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
};

const bench = {
  /** The plain backup's text, handed in once (not timed). */
  keepPlain(text: string): number {
    plain = text;
    return new TextEncoder().encode(text).length;
  },
  /** The plain backup as the dashboard gets it (backup.export), kept on the page; the round trip timed. */
  async exportPlain(): Promise<{ ms: number; bytes: number }> {
    const { ms, value } = await time(
      () =>
        chrome.runtime.sendMessage({ type: 'backup.export', payload: {} }) as Promise<{
          ok: boolean;
          value: { text: string };
          error?: unknown;
        }>,
    );
    if (!value.ok) throw new Error(JSON.stringify(value.error));
    plain = value.value.text;
    return { ms, bytes: new TextEncoder().encode(plain).length };
  },
  /** An encrypted file's text, handed in once (not timed): what RestoreFlow gets from file.text(). */
  keepSealed(text: string): number {
    sealed = text;
    return text.length;
  },
  /** deriveBackupKey: PBKDF2-SHA-256 at the product's iteration count, a new salt. Once per passphrase. */
  async derive(passphrase: string): Promise<number> {
    const { ms, value } = await time(() => deriveBackupKey(passphrase));
    key = value;
    return ms;
  },
  /**
   * encryptBackup on the kept plain text with the kept key (the product's call), then its parts
   * alone on the same text: UTF-8 encoding, and AES-GCM-256 over those bytes (a fresh IV; the
   * header's few bytes of additional data left out). What remains of the total is the header,
   * the base64 of the ciphertext and the file's JSON.
   */
  async encrypt(): Promise<{ totalMs: number; encodeMs: number; aesMs: number; bytes: number }> {
    if (!key) throw new Error('derive first');
    const k = key;
    const total = await time(() => encryptBackup(plain, k, Date.now()));
    sealed = total.value;
    const encoded = await time(() => new TextEncoder().encode(plain));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const aes = await time(() => crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k.key, encoded.value));
    return { totalMs: total.ms, encodeMs: encoded.ms, aesMs: aes.ms, bytes: sealed.length };
  },
  /**
   * decryptBackup on the kept file (the product's call: parse and check, base64 decode, PBKDF2
   * from the file's salt, AES-GCM, UTF-8 decode), then AES-GCM alone on the same ciphertext with
   * the key it derived (derived again, untimed).
   */
  async decrypt(passphrase: string): Promise<{ totalMs: number; aesMs: number; ok: boolean; plainBytes: number }> {
    const total = await time(() => decryptBackup(sealed, passphrase));
    if (!total.value.ok) return { totalMs: total.ms, aesMs: 0, ok: false, plainBytes: 0 };
    opened = total.value.plain;
    const file = JSON.parse(sealed) as {
      cipher: { iv: string };
      kdf: { salt: string; iterations: number };
      data: string;
      nurture: string;
      version: number;
      createdAt: number;
    };
    const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const { key: k } = await deriveBackupKey(passphrase, bytes(file.kdf.salt), file.kdf.iterations);
    const header = {
      nurture: file.nurture,
      version: file.version,
      cipher: { name: 'AES-GCM', length: 256, iv: file.cipher.iv },
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: file.kdf.iterations, salt: file.kdf.salt },
      createdAt: file.createdAt,
    };
    const data = bytes(file.data);
    const aes = await time(() =>
      crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes(file.cipher.iv), additionalData: new TextEncoder().encode(JSON.stringify(header)) },
        k,
        data,
      ),
    );
    return { totalMs: total.ms, aesMs: aes.ms, ok: true, plainBytes: new TextEncoder().encode(opened).length };
  },
  /** What the file decrypted to, summed up (checks the round trip without sending 30 MB back). */
  openedSummary(): { nurture: unknown; prospects: number; interactions: number; samePlain: boolean } {
    const parsed = JSON.parse(opened) as { nurture: unknown; stores: { prospects: unknown[]; interactions: unknown[] } };
    return {
      nurture: parsed.nurture,
      prospects: parsed.stores.prospects.length,
      interactions: parsed.stores.interactions.length,
      samePlain: opened === plain,
    };
  },
  /** The restore of the decrypted text, as RestoreFlow asks for it (backup.import, replace). */
  async importOpened(): Promise<number> {
    const { ms, value } = await time(
      () =>
        chrome.runtime.sendMessage({ type: 'backup.import', payload: { text: opened, mode: 'replace' } }) as Promise<{
          ok: boolean;
          error?: unknown;
        }>,
    );
    if (!value.ok) throw new Error(JSON.stringify(value.error));
    return ms;
  },
  /** The SHA-256 of the export a backup compares with the last one's (auto.ts). */
  async hash(): Promise<number> {
    return (await time(() => exportHash(plain))).ms;
  },
  /** The data: URL's base64 of the kept encrypted file (downloads.ts, Chrome's path: no createObjectURL in the worker). */
  dataUrl(): { ms: number; urlLength: number } {
    const start = performance.now();
    const encoded = base64(sealed);
    return { ms: performance.now() - start, urlLength: 'data:application/octet-stream;base64,'.length + encoded.length };
  },
  /**
   * The product's file writer (data: URL, downloads.download, waiting for complete) on the kept
   * encrypted file, or on the plain text (the same path without the encryption: its baseline);
   * `blobUrl`: handed over as a blob URL instead of a data: URL.
   */
  async save(
    filename: string,
    which: 'sealed' | 'plain' = 'sealed',
    blobUrl = false,
  ): Promise<{ ms: number; filename?: string; error?: string }> {
    // A blob URL where the context can make one (an extension page; Firefox's event page): the
    // product's other path, never Chrome's worker.
    const files = downloadFiles(chrome.downloads as unknown as DownloadsApi, blobUrl ? URL : null);
    const start = performance.now();
    try {
      const saved = await files.save(filename, which === 'plain' ? plain : sealed);
      return { ms: performance.now() - start, filename: saved.filename };
    } catch (error) {
      return { ms: performance.now() - start, error: error instanceof Error ? error.message : String(error) };
    }
  },
  /**
   * The same download split in three: the data: URL built (base64 of downloads.ts), the
   * browser taking it (downloads.download answering with an id), and the file complete on disk.
   */
  async downloadPhases(filename: string): Promise<{ encodeMs: number; acceptMs: number; writeMs: number; error?: string }> {
    const start = performance.now();
    const url = `data:application/octet-stream;base64,${base64(sealed)}`;
    const encoded = performance.now();
    let id: number;
    try {
      id = await chrome.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    } catch (error) {
      return {
        encodeMs: encoded - start,
        acceptMs: performance.now() - encoded,
        writeMs: 0,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    const accepted = performance.now();
    const outcome = await new Promise<string>((resolve) => {
      const finish = (result: string) => {
        clearTimeout(timer);
        chrome.downloads.onChanged.removeListener(listener);
        resolve(result);
      };
      const look = async () => {
        const [item] = await chrome.downloads.search({ id });
        if (item?.state === 'complete') finish('complete');
        else if (item?.state === 'interrupted') finish(item.error ?? 'interrupted');
      };
      const listener = (delta: chrome.downloads.DownloadDelta) => {
        if (delta.id === id && delta.state) void look();
      };
      const timer = setTimeout(() => finish('timed out'), 120_000);
      chrome.downloads.onChanged.addListener(listener);
      void look();
    });
    const written = performance.now();
    return {
      encodeMs: encoded - start,
      acceptMs: accepted - encoded,
      writeMs: written - accepted,
      ...(outcome === 'complete' ? {} : { error: outcome }),
    };
  },
  /** The last file encryptBackup made here (the restore's file when backup.now wrote none). */
  sealedText(): string {
    return sealed;
  },
  iterations: BACKUP_KDF_ITERATIONS,
};

(globalThis as unknown as { nurtureCrypto: typeof bench }).nurtureCrypto = bench;
export type InCryptoBench = typeof bench;
