// docs/deploy.md is what IT copies into its policies: every example must parse, name the ids the
// builds really have, and be a policy Nurture applies without a problem. So the page cannot drift
// from the manifest's key, the gecko id, the policy's keys or the settings' names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { extensionIdFromKey } from '../../scripts/extension-id.mjs';
import { GECKO_ID } from '../../scripts/manifest-for';
import { parseManagedPolicy } from '../../src/domain/policy/managed-policy';
import { SettingsSchema } from '../../src/domain/settings';

const page = readFileSync('docs/deploy.md', 'utf8');
const CHROME_ID = extensionIdFromKey(source.key);

/** The fenced code blocks of one language, in page order. */
const blocks = (language: string): string[] =>
  [...page.matchAll(new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm'))].map((match) => match[2] ?? '');

type Json = Record<string, unknown>;
const json = blocks('json').map((text) => JSON.parse(text) as Json);
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], value);

describe('docs/deploy.md', () => {
  it("names the ids the builds have: the manifest key's, and the gecko id", () => {
    expect(CHROME_ID).toBe('nplgmhmlooidjpiopkemldjiighnphno');
    expect(page).toContain(`| Chrome, Chromium, Edge | \`${CHROME_ID}\``);
    expect(page).toContain(`| Firefox | \`${GECKO_ID}\``);
    // Any other 32-letter id would be a policy for someone else's extension.
    expect([...new Set(page.match(/\b[a-p]{32}\b/g))]).toEqual([CHROME_ID]);
  });

  it('has JSON examples that parse: the configuration, a Chrome policy file, a Firefox policies.json', () => {
    expect(json.length).toBeGreaterThanOrEqual(3);
    const chrome = json.filter((policy) => at(policy, '3rdparty', 'extensions') !== undefined);
    const firefox = json.filter((policy) => at(policy, 'policies', '3rdparty', 'Extensions') !== undefined);
    expect(chrome.length).toBeGreaterThan(0);
    expect(firefox.length).toBeGreaterThan(0);
    for (const policy of chrome) {
      expect(Object.keys(at(policy, '3rdparty', 'extensions') as Json)).toEqual([CHROME_ID]);
      expect(Object.keys(at(policy, 'ExtensionSettings') as Json)).toEqual([CHROME_ID]);
    }
    for (const policy of firefox) {
      expect(Object.keys(at(policy, 'policies', '3rdparty', 'Extensions') as Json)).toEqual([GECKO_ID]);
      expect(at(policy, 'policies', 'ExtensionSettings', GECKO_ID, 'install_url')).toMatch(/^https:\/\/.+\.xpi$/);
    }
  });

  it('gives configurations that Nurture applies whole, with no problem reported', () => {
    const configurations = [
      ...json.filter((value) => 'librarySources' in value),
      ...json.map((policy) => at(policy, '3rdparty', 'extensions', CHROME_ID)).filter((value) => value !== undefined),
      ...json.map((policy) => at(policy, 'policies', '3rdparty', 'Extensions', GECKO_ID)).filter((value) => value !== undefined),
    ];
    expect(configurations.length).toBeGreaterThanOrEqual(3);
    for (const configuration of configurations) {
      const policy = parseManagedPolicy(configuration);
      expect(policy.problems, JSON.stringify(configuration)).toEqual([]);
      expect(policy.managed).toBe(true);
      expect(policy.librarySources.length).toBeGreaterThan(0);
      expect(policy.lockedSettings.length).toBeGreaterThan(0);
    }
  });

  it('names the Chrome id in the update manifest, the registry file and the macOS profile', () => {
    const [updates] = blocks('xml').filter((xml) => xml.includes('<gupdate'));
    expect(updates).toContain(`<app appid='${CHROME_ID}'>`);
    const [registry] = blocks('reg');
    expect(registry).toContain(`\\3rdparty\\extensions\\${CHROME_ID}\\policy]`);
    expect(blocks('xml').some((xml) => xml.includes(`<string>com.google.Chrome.extensions.${CHROME_ID}</string>`))).toBe(true);
  });

  it('lists every setting a policy may lock, and no other', () => {
    const listed = /The setting names are those of `src\/domain\/settings\.ts`: ([^.]+)\./.exec(page)?.[1] ?? '';
    expect([...listed.matchAll(/`(\w+)`/g)].map((match) => match[1]).sort()).toEqual(Object.keys(SettingsSchema.entries).sort());
  });
});
