// The Chrome extension id a public key gives, and `npm run -s extension-id`, which prints it.
// Chrome names an extension by its key, not by its folder or store page: the id is the first
// 128 bits of the SHA-256 of the public key (DER SubjectPublicKeyInfo), written as 32 letters
// a-p, one per 4-bit digit. IT's policies name the extension by that id (docs/deploy.md), so the
// id a key gives is computed here and tested (test/unit/extension-id.test.ts), never guessed.
//
//   npm run -s extension-id                       the id of manifest.json's "key" (or of
//                                                 NURTURE_PUBLIC_KEY, as the build would use it)
//   npm run -s extension-id -- --pem key.pem      the id of a team's own key (private or public PEM)
//   npm run -s extension-id -- --pem key.pem --public-key
//                                                 that key's public half, the value to give the
//                                                 build as NURTURE_PUBLIC_KEY
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Base64 with no line breaks: what Chrome accepts as a manifest's "key". */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The public key as the manifest carries it: base64 of the DER SubjectPublicKeyInfo, on one
 * line. Whitespace (a key pasted from a PEM body, line by line) is dropped; anything else that
 * is not base64, or a PEM with its BEGIN/END lines, is refused with what to do.
 */
export function normalizePublicKey(key) {
  const text = String(key).trim();
  if (text.startsWith('-----BEGIN'))
    throw new Error('The key is a PEM file: give the base64 between its BEGIN and END lines, or use --pem with the file.');
  const oneLine = text.replace(/\s+/g, '');
  if (oneLine === '' || !BASE64.test(oneLine) || oneLine.length % 4 !== 0)
    throw new Error(
      'The key is not base64 (the DER public key on one line, as `openssl rsa -pubout -outform DER | base64 -w0` writes it).',
    );
  return oneLine;
}

/** The extension id Chrome gives an extension whose manifest "key" is `publicKey` (base64 DER). */
export function extensionIdFromKey(publicKey) {
  const der = Buffer.from(normalizePublicKey(publicKey), 'base64');
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  // Each hex digit 0-f becomes a letter a-p: Chrome's ids use no digits.
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The public key (base64 DER SubjectPublicKeyInfo) of a PEM: a private key's public half, or a public key. */
export function publicKeyFromPem(pem) {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** What the command prints for its arguments; `manifestKey` and `env` are the defaults' sources. */
export function extensionIdCommand(args, { manifestKey, env, readFile }) {
  const at = args.indexOf('--pem');
  const unknown = args.filter((arg, i) => arg !== '--pem' && arg !== '--public-key' && !(at !== -1 && i === at + 1));
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown[0]}: use --pem <file> [--public-key].`);
  if (at !== -1 && !args[at + 1]) throw new Error('--pem needs a file: --pem path/to/key.pem');
  const key = at !== -1 ? publicKeyFromPem(readFile(args[at + 1])) : normalizePublicKey(env.NURTURE_PUBLIC_KEY || manifestKey);
  return args.includes('--public-key') ? key : extensionIdFromKey(key);
}

// Run as a command (not imported by a test or the build). npm runs scripts from the package's
// folder: a relative --pem is read from where the user typed the command (INIT_CWD).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  try {
    process.stdout.write(
      `${extensionIdCommand(process.argv.slice(2), { manifestKey: manifest.key ?? '', env: process.env, readFile: (path) => readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8') })}\n`,
    );
  } catch (error) {
    process.stderr.write(`extension-id: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
