// The encrypted backup file: the plain backup's text sealed with a key derived from the user's
// passphrase, so a backup left in the downloads folder (or synced to a cloud drive) names nobody.
//
// WebCrypto only (globalThis.crypto.subtle, in the worker, the pages and Node alike): no
// dependency to audit, and the key never has to leave the browser's keeping (non-extractable).
import * as v from 'valibot';
import { Time } from '../fields';
import { issueText } from '../library/issue-text';

/** PBKDF2-SHA-256 iterations: OWASP's 2023 figure. */
export const BACKUP_KDF_ITERATIONS = 600_000;
/** The file name's extension: nurture-backup-2026-12-07.nurture. */
export const ENCRYPTED_EXTENSION = 'nurture';

/**
 * A file's iterations must lie in this range, checked before anything is derived: below, a
 * crafted file would have us accept a key that is cheap to guess; above, make us spin for minutes.
 */
export const KDF_ITERATIONS_MIN = 100_000;
export const KDF_ITERATIONS_MAX = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** AES-GCM's tag: a ciphertext shorter than this cannot be one of ours. */
const TAG_BYTES = 16;

export interface EncryptedHeader {
  nurture: 'encrypted-backup';
  version: 1;
  cipher: { name: 'AES-GCM'; length: 256; iv: string /* base64, 12 bytes */ };
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string /* base64, 16 bytes */ };
  /** ms epoch */
  createdAt: number;
}

export interface BackupKey {
  /** AES-GCM 256, non-extractable. */
  key: CryptoKey;
  salt: Uint8Array;
  iterations: number;
}

/** Bytes on a plain ArrayBuffer: what WebCrypto's types accept. */
type Bytes = Uint8Array<ArrayBuffer>;

export type DecryptResult = { ok: true; plain: string } | { ok: false; reason: 'wrong-passphrase' | 'malformed' | 'unsupported' };

// ---- base64 ----------------------------------------------------------------------------------
// Backups reach tens of MB. btoa(String.fromCharCode(...bytes)) over the whole of them overflows
// the stack; in chunks it works, but measured on 24 MB in Node it took 0.5 to 2 s against 0.15 s
// for this table over typed arrays: one pass, no argument list, no string per chunk. The one text
// it builds comes from TextDecoder (base64's alphabet is ASCII: the same bytes in UTF-8).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d; // '='
const TO_CODE = new TextEncoder().encode(ALPHABET);
/** Character code to its 6 bits; 255 for everything outside the alphabet. */
const FROM_CODE = new Uint8Array(256).fill(255);
for (let i = 0; i < ALPHABET.length; i++) FROM_CODE[ALPHABET.charCodeAt(i)] = i;

const code = (sixBits: number): number => TO_CODE[sixBits & 63] ?? PAD;
const sixBitsOf = (charCode: number | undefined): number => FROM_CODE[charCode ?? PAD] ?? 255;

function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let written = 0;
  for (let at = 0; at < bytes.length; at += 3) {
    const left = bytes.length - at;
    const group = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    out[written++] = code(group >> 18);
    out[written++] = code(group >> 12);
    out[written++] = left > 1 ? code(group >> 6) : PAD;
    out[written++] = left > 2 ? code(group) : PAD;
  }
  return new TextDecoder().decode(out);
}

/**
 * Standard base64 with its padding, or null. Stricter than atob, which skips whitespace and
 * missing padding: one file, one reading.
 */
function fromBase64(text: string): Bytes | null {
  if (text.length % 4 !== 0) return null;
  const codes = new TextEncoder().encode(text);
  // A character outside ASCII takes more than one byte: not base64.
  if (codes.length !== text.length) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((codes.length / 4) * 3 - padding);
  let written = 0;
  for (let at = 0; at < codes.length; at += 4) {
    const last = at + 4 === codes.length;
    const a = sixBitsOf(codes[at]);
    const b = sixBitsOf(codes[at + 1]);
    const c = last && padding === 2 ? 0 : sixBitsOf(codes[at + 2]);
    const d = last && padding > 0 ? 0 : sixBitsOf(codes[at + 3]);
    if ((a | b | c | d) > 63) return null;
    const group = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[written++] = group >> 16;
    if (written < bytes.length) bytes[written++] = (group >> 8) & 255;
    if (written < bytes.length) bytes[written++] = group & 255;
  }
  return bytes;
}

// ---- the header ------------------------------------------------------------------------------

const base64Of = (bytes: number) =>
  v.pipe(
    v.string(),
    v.check((text) => fromBase64(text)?.length === bytes, `${bytes} bytes in base64 expected`),
  );

const HeaderSchema = v.strictObject({
  nurture: v.literal('encrypted-backup'),
  version: v.literal(1),
  cipher: v.strictObject({ name: v.literal('AES-GCM'), length: v.literal(256), iv: base64Of(IV_BYTES) }),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(KDF_ITERATIONS_MIN), v.maxValue(KDF_ITERATIONS_MAX)),
    salt: base64Of(SALT_BYTES),
  }),
  createdAt: Time,
});

// The ciphertext is decoded once, after the schema (below), rather than checked here and decoded again.
const FileSchema = v.strictObject({ ...HeaderSchema.entries, data: v.string() });

// The schema and the interface describe one thing: a field changed in one and not the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const headerMatches: Same<v.InferOutput<typeof HeaderSchema>, EncryptedHeader> = true;
void headerMatches;

/**
 * The header with its keys in one fixed order: the additional data must be the same bytes when
 * the file is read as when it was written, whatever order an editor or a tool left the keys in.
 */
function canonicalHeader(header: EncryptedHeader): EncryptedHeader {
  const { cipher, kdf } = header;
  return {
    nurture: header.nurture,
    version: header.version,
    cipher: { name: cipher.name, length: cipher.length, iv: cipher.iv },
    kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations, salt: kdf.salt },
    createdAt: header.createdAt,
  };
}

/** Binding the header to the ciphertext: a changed iteration count or date fails like a changed byte. */
const additionalData = (header: EncryptedHeader): Bytes => new TextEncoder().encode(JSON.stringify(canonicalHeader(header)));

type ReadFile =
  | { ok: true; header: EncryptedHeader; salt: Bytes; iv: Bytes; data: Bytes }
  | { ok: false; kind: 'malformed' | 'unsupported'; reason: string };

/** The whole file checked (header limits included) and decoded before any key is derived from it. */
function readFile(text: string): ReadFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, kind: 'malformed', reason: 'it is not a Nurture encrypted backup (not valid JSON: damaged or cut short?)' };
  }
  const record = typeof data === 'object' && data !== null ? data : {};
  const nurture = 'nurture' in record ? record.nurture : undefined;
  if (nurture === 'backup') return { ok: false, kind: 'malformed', reason: 'it is a plain Nurture backup, not an encrypted one' };
  if (nurture !== 'encrypted-backup') return { ok: false, kind: 'malformed', reason: 'it is not a Nurture encrypted backup' };
  const version = 'version' in record ? record.version : undefined;
  if (typeof version === 'number' && version !== 1) {
    return {
      ok: false,
      kind: 'unsupported',
      reason: `it comes from another Nurture (encrypted backup version ${version}; this one reads version 1): update the extension first`,
    };
  }
  const result = v.safeParse(FileSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    return {
      ok: false,
      kind: 'malformed',
      reason: `the encrypted backup is damaged${issue ? ` (${issueText(issue, v.getDotPath(issue))})` : ''}`,
    };
  }
  const { data: text64, ...header } = result.output;
  const [salt, iv, ciphertext] = [fromBase64(header.kdf.salt), fromBase64(header.cipher.iv), fromBase64(text64)];
  if (salt === null || iv === null || ciphertext === null || ciphertext.length < TAG_BYTES)
    return { ok: false, kind: 'malformed', reason: 'the encrypted backup is damaged (data: base64 ciphertext expected)' };
  return { ok: true, header, salt, iv, data: ciphertext };
}

// ---- keys, encryption, decryption --------------------------------------------------------------

export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * The AES-GCM key for `passphrase`. `iterations` is a parameter so tests stay fast; the bounds
 * are the file's, so no caller makes a key a file could not carry.
 */
export async function deriveBackupKey(
  passphrase: string,
  salt: Uint8Array = newSalt(),
  iterations: number = BACKUP_KDF_ITERATIONS,
): Promise<BackupKey> {
  if (salt.length !== SALT_BYTES) throw new RangeError(`The salt must be ${SALT_BYTES} bytes.`);
  if (!Number.isInteger(iterations) || iterations < KDF_ITERATIONS_MIN || iterations > KDF_ITERATIONS_MAX) {
    throw new RangeError(`The iterations must be an integer from ${KDF_ITERATIONS_MIN} to ${KDF_ITERATIONS_MAX}.`);
  }
  // NFC: the same passphrase typed on another system may arrive decomposed ("e" + accent).
  const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  // A copy: the caller's view may sit on a larger or shared buffer, which WebCrypto's types refuse.
  const ownSalt = new Uint8Array(salt);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: ownSalt, iterations },
    secret,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt: ownSalt, iterations };
}

/**
 * The file's text: one JSON object {…EncryptedHeader, data: base64 ciphertext}; the header
 * (every field but data, canonical JSON) is the AES-GCM additional data, so a changed header
 * fails like a changed ciphertext.
 */
export async function encryptBackup(plain: string, key: BackupKey, createdAt: number): Promise<string> {
  // Refused here rather than written: a file its own reader would refuse is a backup lost.
  if (!v.is(Time, createdAt)) throw new RangeError('createdAt must be a time in ms.');
  // A fresh IV per file: GCM with a repeated IV under one key leaks both plaintexts' XOR.
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: EncryptedHeader = {
    nurture: 'encrypted-backup',
    version: 1,
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv) },
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: key.iterations, salt: toBase64(key.salt) },
    createdAt,
  };
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header) },
    key.key,
    new TextEncoder().encode(plain),
  );
  return `${JSON.stringify({ ...canonicalHeader(header), data: toBase64(new Uint8Array(sealed)) })}\n`;
}

/** Cheap: looks at the start of the text only, so a 40 MB file is not parsed to pick a reader. */
export function isEncryptedBackup(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"nurture"\s*:\s*"encrypted-backup"/.test(text.slice(0, 256));
}

export function readEncryptedHeader(text: string): { ok: true; header: EncryptedHeader } | { ok: false; reason: string } {
  const read = readFile(text);
  return read.ok ? { ok: true, header: read.header } : { ok: false, reason: read.reason };
}

/** wrong-passphrase also covers a tampered file (GCM cannot tell them apart): the words say both. */
export async function decryptBackup(text: string, passphrase: string): Promise<DecryptResult> {
  const read = readFile(text);
  if (!read.ok) return { ok: false, reason: read.kind };
  const { header, salt, iv, data } = read;
  const { key } = await deriveBackupKey(passphrase, salt, header.kdf.iterations);
  let opened: ArrayBuffer;
  try {
    opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(header) }, key, data);
  } catch (error) {
    // OperationError is the tag not matching; anything else is a fault of ours, not the file's.
    if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'OperationError')
      return { ok: false, reason: 'wrong-passphrase' };
    throw error;
  }
  try {
    // Authentic bytes are the UTF-8 we wrote; fatal all the same, so nothing is silently replaced.
    return { ok: true, plain: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(opened) };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
