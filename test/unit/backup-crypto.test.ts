// The encrypted backup: what it seals comes back only with the passphrase, the file names nobody,
// and a file that was changed (its ciphertext or its header) or that asks for absurd work is refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_KDF_ITERATIONS,
  decryptBackup,
  deriveBackupKey,
  encryptBackup,
  isEncryptedBackup,
  newSalt,
  readEncryptedHeader,
  type EncryptedHeader,
} from '../../src/domain/backup/backup-crypto';

// The real 600,000 iterations are tested once; the floor a file may carry keeps the rest fast.
const FAST = 100_000;
const PASSPHRASE = 'correct horse battery staple';
const CREATED_AT = Date.UTC(2026, 11, 7, 9, 30);
const PLAIN =
  '{"nurture":"backup","schemaVersion":3,"exportedAt":1,"stores":{\n"prospects":[\n{"id":"/in/ada","name":"Ada Sample","notes":"Zoë ☕ 🚀"}]}}\n';

const keyPromise = deriveBackupKey(PASSPHRASE, newSalt(), FAST);
const sealed = async (plain = PLAIN) => encryptBackup(plain, await keyPromise, CREATED_AT);

type FileObject = EncryptedHeader & { data: string };
const parse = (text: string): FileObject => JSON.parse(text) as FileObject;
const edit = (text: string, change: (file: FileObject) => void): string => {
  const file = parse(text);
  change(file);
  return JSON.stringify(file);
};
/** One byte of a base64 text flipped, the text still valid base64 of the same length. */
function flipByte(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('encrypted backup', () => {
  it('gives back exactly what it sealed, with the passphrase', async () => {
    expect(await decryptBackup(await sealed(), PASSPHRASE)).toEqual({ ok: true, plain: PLAIN });
    expect(await decryptBackup(await sealed(''), PASSPHRASE)).toEqual({ ok: true, plain: '' });
  });

  it('names its version and cipher parameters in a header anyone can read', async () => {
    const key = await keyPromise;
    const text = await sealed();
    const file = parse(text);
    expect(Object.keys(file)).toEqual(['nurture', 'version', 'cipher', 'kdf', 'createdAt', 'data']);
    expect(file).toMatchObject({
      nurture: 'encrypted-backup',
      version: 1,
      cipher: { name: 'AES-GCM', length: 256 },
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST, salt: Buffer.from(key.salt).toString('base64') },
      createdAt: CREATED_AT,
    });
    expect(Buffer.from(file.cipher.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(file.kdf.salt, 'base64')).toHaveLength(16);
    // The plaintext's UTF-8 and GCM's 16-byte tag.
    expect(Buffer.from(file.data, 'base64')).toHaveLength(Buffer.byteLength(PLAIN) + 16);
    const { data: _data, ...header } = file;
    expect(readEncryptedHeader(text)).toEqual({ ok: true, header });
  });

  it('keeps its key in the browser: non-extractable AES-GCM 256', async () => {
    const { key } = await keyPromise;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('never holds a name, a note or a field name in clear', async () => {
    const text = await sealed();
    for (const clear of ['Ada Sample', 'Ada', '/in/ada', 'prospects', 'Zoë', Buffer.from('Ada Sample').toString('base64')])
      expect(text).not.toContain(clear);
  });

  it('writes standard base64, padding included, whatever the length', async () => {
    // 0 to 5 bytes of plaintext: ciphertexts of 16 to 21 bytes, each remainder mod 3 twice.
    for (const plain of ['', 'a', 'ab', 'abc', 'abcd', 'abcde']) {
      const text = await sealed(plain);
      const { data, cipher, kdf } = parse(text);
      for (const base64 of [data, cipher.iv, kdf.salt]) expect(Buffer.from(base64, 'base64').toString('base64')).toBe(base64);
      expect(Buffer.from(data, 'base64')).toHaveLength(plain.length + 16);
      expect(await decryptBackup(text, PASSPHRASE)).toEqual({ ok: true, plain });
    }
  });

  it('differs each time the same text is sealed (a fresh IV per file)', async () => {
    const [a, b] = [parse(await sealed()), parse(await sealed())];
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('refuses a wrong passphrase', async () => {
    const text = await sealed();
    expect(await decryptBackup(text, 'correct horse battery stapler')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await decryptBackup(text, '')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('refuses a ciphertext changed by one byte, in the middle or in the tag', async () => {
    const text = await sealed();
    const length = Buffer.from(parse(text).data, 'base64').length;
    for (const index of [0, 20, length - 1]) {
      const tampered = edit(text, (file) => {
        file.data = flipByte(file.data, index);
      });
      expect(await decryptBackup(tampered, PASSPHRASE)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    }
  });

  it('refuses a changed header: the header is the additional data', async () => {
    const text = await sealed();
    const changes: ((file: FileObject) => void)[] = [
      // The date and the IV leave the key as it was: only the additional data can catch them.
      (file) => {
        file.createdAt += 1;
      },
      (file) => {
        file.cipher.iv = flipByte(file.cipher.iv, 0);
      },
      (file) => {
        file.kdf.iterations += 1;
      },
      (file) => {
        file.kdf.salt = flipByte(file.kdf.salt, 15);
      },
    ];
    for (const change of changes)
      expect(await decryptBackup(edit(text, change), PASSPHRASE)).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('reads its header whatever the key order or indentation (canonical additional data)', async () => {
    const file = parse(await sealed());
    const reordered = JSON.stringify(
      {
        data: file.data,
        createdAt: file.createdAt,
        kdf: { ...file.kdf },
        cipher: { iv: file.cipher.iv, length: 256, name: 'AES-GCM' },
        version: 1,
        nurture: file.nurture,
      },
      null,
      2,
    );
    expect(await decryptBackup(reordered, PASSPHRASE)).toEqual({ ok: true, plain: PLAIN });
    expect(await decryptBackup(`\uFEFF${JSON.stringify(file, null, 2)}`, PASSPHRASE)).toEqual({ ok: true, plain: PLAIN });
  });

  it('refuses iterations out of bounds before deriving anything', async () => {
    const text = await sealed();
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    for (const iterations of [99_999, 10_000_001, 1e12, 1, 0, -600_000, 600_000.5]) {
      const changed = edit(text, (file) => {
        file.kdf.iterations = iterations;
      });
      expect(await decryptBackup(changed, PASSPHRASE)).toEqual({ ok: false, reason: 'malformed' });
      expect(readEncryptedHeader(changed)).toMatchObject({ ok: false, reason: expect.stringContaining('kdf.iterations') });
    }
    expect(deriveKey).not.toHaveBeenCalled();
    expect(deriveBits).not.toHaveBeenCalled();
    expect(importKey).not.toHaveBeenCalled();
    // The spies do see a derivation: the silence above is not theirs.
    await decryptBackup(text, PASSPHRASE);
    expect(deriveKey.mock.calls.length + deriveBits.mock.calls.length).toBeGreaterThan(0);
  });

  it('refuses a malformed file without deriving, and says where', async () => {
    const text = await sealed();
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const malformed: [string, RegExp][] = [
      ['', /not valid JSON/],
      [text.slice(0, text.length / 2), /not valid JSON/],
      ['[1,2]', /not a Nurture encrypted backup/],
      ['{"nurture":"backup","schemaVersion":3}', /plain Nurture backup/],
      [edit(text, (file) => void Object.assign(file, { extra: 1 })), /extra/],
      [edit(text, (file) => void Object.assign(file.kdf, { pepper: 'x' })), /kdf\.pepper/],
      [edit(text, (file) => void Object.assign(file.cipher, { name: 'AES-CBC' })), /cipher\.name/],
      [edit(text, (file) => void Object.assign(file.cipher, { length: 128 })), /cipher\.length/],
      [edit(text, (file) => void Object.assign(file.kdf, { hash: 'SHA-1' })), /kdf\.hash/],
      [edit(text, (file) => void Object.assign(file.kdf, { salt: Buffer.alloc(8).toString('base64') })), /kdf\.salt/],
      [edit(text, (file) => void Object.assign(file.cipher, { iv: Buffer.alloc(16).toString('base64') })), /cipher\.iv/],
      [
        edit(text, (file) => void Object.assign(file.cipher, { iv: `${file.cipher.iv.slice(0, -4)} ${file.cipher.iv.slice(-3)}` })),
        /cipher\.iv/,
      ],
      [edit(text, (file) => void Object.assign(file, { data: `${file.data.slice(0, -2)}!=` })), /data/],
      [edit(text, (file) => void Object.assign(file, { data: Buffer.alloc(15).toString('base64') })), /data/],
      [edit(text, (file) => void Object.assign(file, { data: `${file.data.slice(0, 40)}\n${file.data.slice(40)}` })), /data/],
      [edit(text, (file) => void Object.assign(file, { data: `${file.data.slice(0, 40)}=${file.data.slice(41)}` })), /data/],
      [edit(text, (file) => void Object.assign(file, { createdAt: '2026-12-07' })), /createdAt/],
      [edit(text, (file) => void Reflect.deleteProperty(file, 'data')), /data is missing/],
    ];
    for (const [changed, where] of malformed) {
      expect(await decryptBackup(changed, PASSPHRASE), changed.slice(0, 80)).toEqual({ ok: false, reason: 'malformed' });
      const header = readEncryptedHeader(changed);
      expect(header.ok).toBe(false);
      if (!header.ok) expect(header.reason).toMatch(where);
    }
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('calls another version unsupported', async () => {
    const text = await sealed();
    for (const version of [2, 0]) {
      const changed = edit(text, (file) => void Object.assign(file, { version }));
      expect(await decryptBackup(changed, PASSPHRASE)).toEqual({ ok: false, reason: 'unsupported' });
      expect(readEncryptedHeader(changed)).toMatchObject({ ok: false, reason: expect.stringContaining(`version ${version}`) });
    }
  });

  it('tells an encrypted file from a plain backup by its first characters', async () => {
    expect(isEncryptedBackup(await sealed())).toBe(true);
    expect(isEncryptedBackup('\uFEFF \n{\n  "nurture": "encrypted-backup",\n')).toBe(true);
    expect(isEncryptedBackup(PLAIN)).toBe(false);
    expect(isEncryptedBackup('{"version":1,"nurture":"encrypted-backup"}')).toBe(false);
    expect(isEncryptedBackup('')).toBe(false);
  });

  it('refuses to make a key a file could not carry', async () => {
    await expect(deriveBackupKey(PASSPHRASE, newSalt(), 99_999)).rejects.toThrow(RangeError);
    await expect(deriveBackupKey(PASSPHRASE, new Uint8Array(8), FAST)).rejects.toThrow(RangeError);
    await expect(encryptBackup(PLAIN, await keyPromise, Number.NaN)).rejects.toThrow(RangeError);
  });

  it('takes the passphrase as typed on any system (composed or decomposed accents)', async () => {
    const text = await encryptBackup(PLAIN, await deriveBackupKey('caf\u00e9 au lait, sans sucre', newSalt(), FAST), CREATED_AT);
    expect(await decryptBackup(text, 'cafe\u0301 au lait, sans sucre')).toEqual({ ok: true, plain: PLAIN });
  });

  it('seals a backup of tens of MB (no call over the whole of it overflows the stack)', async () => {
    const record = '{"id":"/in/ada","name":"Ada Sample","notes":"Zoë ☕ 🚀 \\n"},\n';
    const big = record.repeat(Math.ceil(24_000_000 / record.length));
    const text = await sealed(big);
    expect(text.length).toBeGreaterThan((Buffer.byteLength(big) * 4) / 3);
    const opened = await decryptBackup(text, PASSPHRASE);
    expect(opened.ok && opened.plain === big).toBe(true);
  }, 60_000);

  it('works with the real iteration count', async () => {
    const key = await deriveBackupKey(PASSPHRASE);
    expect(key.iterations).toBe(BACKUP_KDF_ITERATIONS);
    expect(BACKUP_KDF_ITERATIONS).toBe(600_000);
    const text = await encryptBackup(PLAIN, key, CREATED_AT);
    expect(parse(text).kdf.iterations).toBe(600_000);
    expect(await decryptBackup(text, PASSPHRASE)).toEqual({ ok: true, plain: PLAIN });
  }, 30_000);
});
