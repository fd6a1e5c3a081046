// The extension's id, which IT's policies name: computed from the manifest's public key the way
// Chrome does, and the build's override for a team that packs with its own key.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { extensionIdCommand, extensionIdFromKey, normalizePublicKey, publicKeyFromPem } from '../../scripts/extension-id.mjs';
import { GECKO_ID, manifestFor } from '../../scripts/manifest-for';

/** The id docs/deploy.md and the policy end-to-end test name (contract of issue 27). */
const NURTURE_ID = 'nplgmhmlooidjpiopkemldjiighnphno';

/** A team's own key pair, made once for the file (RSA 2048, as docs/development.md makes one). */
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const teamKey = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

describe('extensionIdFromKey', () => {
  it("gives the manifest's key the id the policies name", () => {
    expect(extensionIdFromKey(source.key)).toBe(NURTURE_ID);
  });

  it("is 32 letters a-p, the first 128 bits of the key's SHA-256, one letter per hex digit", () => {
    const hex = createHash('sha256').update(Buffer.from(source.key, 'base64')).digest('hex').slice(0, 32);
    expect(extensionIdFromKey(source.key)).toBe([...hex].map((digit) => 'abcdefghijklmnop'[parseInt(digit, 16)]).join(''));
    expect(extensionIdFromKey(teamKey)).toMatch(/^[a-p]{32}$/);
  });

  it('reads a key pasted over several lines, and refuses a PEM or what is not base64', () => {
    const wrapped = source.key.replace(/(.{64})/g, '$1\n');
    expect(extensionIdFromKey(`  ${wrapped}\n`)).toBe(NURTURE_ID);
    expect(() => normalizePublicKey(`-----BEGIN PUBLIC KEY-----\n${source.key}\n-----END PUBLIC KEY-----`)).toThrow(/--pem/);
    expect(() => normalizePublicKey('not a key!')).toThrow(/not base64/);
    expect(() => normalizePublicKey('')).toThrow(/not base64/);
  });
});

describe('publicKeyFromPem', () => {
  it("takes a private key's public half, or a public key, as the base64 DER the manifest carries", () => {
    const privatePem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const rsaPem = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    for (const pem of [privatePem, rsaPem, publicPem]) expect(publicKeyFromPem(pem)).toBe(teamKey);
  });
});

describe('npm run -s extension-id', () => {
  const pem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const sources = { manifestKey: source.key, env: {}, readFile: (path: string) => (path === 'team.pem' ? pem : '') };

  it("prints the manifest's id, or the id NURTURE_PUBLIC_KEY gives the build", () => {
    expect(extensionIdCommand([], sources)).toBe(NURTURE_ID);
    expect(extensionIdCommand([], { ...sources, env: { NURTURE_PUBLIC_KEY: teamKey } })).toBe(extensionIdFromKey(teamKey));
  });

  it("prints a PEM's id, or its public key for NURTURE_PUBLIC_KEY", () => {
    expect(extensionIdCommand(['--pem', 'team.pem'], sources)).toBe(extensionIdFromKey(teamKey));
    expect(extensionIdCommand(['--pem', 'team.pem', '--public-key'], sources)).toBe(teamKey);
  });

  it('refuses an argument it does not know, or --pem without a file', () => {
    expect(() => extensionIdCommand(['--key'], sources)).toThrow(/Unknown argument --key/);
    expect(() => extensionIdCommand(['--pem'], sources)).toThrow(/--pem needs a file/);
  });
});

describe("the manifest's key in each build", () => {
  it("keeps the key in Chrome's manifest, and none in Firefox's (the gecko id names it)", () => {
    expect(manifestFor(source, 'chrome')['key']).toBe(source.key);
    const firefox = manifestFor(source, 'firefox');
    expect(firefox).not.toHaveProperty('key');
    expect((firefox['browser_specific_settings'] as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
  });

  it("puts a team's own key (NURTURE_PUBLIC_KEY) in Chrome's manifest, on one line, and still none in Firefox's", () => {
    const own = teamKey;
    const chrome = manifestFor(source, 'chrome', { publicKey: own.replace(/(.{64})/g, '$1\n') });
    expect(chrome['key']).toBe(own);
    expect(extensionIdFromKey(chrome['key'] as string)).not.toBe(NURTURE_ID);
    expect(manifestFor(source, 'firefox', { publicKey: own })).not.toHaveProperty('key');
    // Unset or empty (`NURTURE_PUBLIC_KEY= npm run build`): the manifest's own.
    expect(manifestFor(source, 'chrome', { publicKey: '' })['key']).toBe(source.key);
    expect(manifestFor(source, 'chrome', { publicKey: undefined })['key']).toBe(source.key);
    expect(() => manifestFor(source, 'chrome', { publicKey: 'not a key!' })).toThrow(/not base64/);
  });
});
