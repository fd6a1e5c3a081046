// The company's policy as storage.managed hands it (issue 27): read key by key, a bad value
// reported and ignored while the rest applies, hostile input never thrown on nor used as a key;
// and the schema Chrome reads (public/managed-schema.json) names exactly what the parser reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  MANAGED_KEYS,
  MANAGED_SOURCES_MAX,
  MANAGED_UTM_KEYS,
  NO_POLICY,
  parseManagedPolicy,
  policySettings,
  POLICY_PROBLEMS_MAX,
  readOnlySettings,
  SETTING_NAMES,
} from '../../src/domain/policy/managed-policy';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/domain/settings';

const keysOf = (problems: { key: string }[]) => problems.map((problem) => problem.key);

describe('parseManagedPolicy', () => {
  it('reads a good policy whole', () => {
    const policy = parseManagedPolicy({
      librarySources: [
        { url: 'https://blog.example.com/feed/?utm_source=x', name: ' Team blog ' },
        { url: 'http://news.example.org/rss', name: 'News' },
      ],
      utm: { source: 'linkedin', medium: 'social', campaign: 'q3-rollout' },
      lockedSettings: ['quietMode', 'repIdChannels'],
      settings: { quietMode: false, repIdChannels: ['message'], feedSyncMinutes: 720 },
    });
    expect(policy).toEqual({
      managed: true,
      // Canonical as a feed the user adds (tracking parameters dropped); names trimmed.
      librarySources: [
        { url: 'https://blog.example.com/feed/', name: 'Team blog' },
        { url: 'http://news.example.org/rss', name: 'News' },
      ],
      utm: { source: 'linkedin', medium: 'social', campaign: 'q3-rollout' },
      lockedSettings: ['repIdChannels', 'quietMode'],
      settings: { quietMode: false, repIdChannels: ['message'], feedSyncMinutes: 720 },
      problems: [],
    });
  });

  it('is no policy when storage holds nothing (Chrome answers {}, Firefox throws: read as null)', () => {
    expect(parseManagedPolicy({})).toEqual(NO_POLICY);
    expect(parseManagedPolicy(null)).toEqual(NO_POLICY);
    expect(parseManagedPolicy(undefined)).toEqual(NO_POLICY);
  });

  it('drops one bad source and keeps the others, naming each problem', () => {
    const policy = parseManagedPolicy({
      librarySources: [
        { url: 'https://ok.example.com/feed', name: 'Good' },
        { url: 'ftp://files.example.com/feed', name: 'Wrong scheme' },
        { url: 'https://ok.example.com/other', name: '' },
        { url: 'https://ok.example.com/long', name: 'x'.repeat(121) },
        'https://a.example.com/feed',
        { url: `https://ok.example.com/${'a'.repeat(2100)}`, name: 'Too long' },
        { url: 'https://ok.example.com/feed#top', name: 'Same again' },
        { url: 42, name: 'Number' },
        { url: 'https://two.example.com/feed', name: 'Second good', extra: true },
      ],
    });
    expect(policy.librarySources).toEqual([
      { url: 'https://ok.example.com/feed', name: 'Good' },
      { url: 'https://two.example.com/feed', name: 'Second good' },
    ]);
    expect(keysOf(policy.problems)).toEqual([
      'librarySources[1].url',
      'librarySources[2].name',
      'librarySources[3].name',
      'librarySources[4]',
      'librarySources[5].url',
      'librarySources[6].url',
      'librarySources[7].url',
    ]);
    expect(policy.problems[2]!.message).toMatch(/120 characters/);
  });

  it('ignores a bad utm value and applies the others', () => {
    const policy = parseManagedPolicy({ utm: { source: 'linkedin', medium: 'social selling!', campaign: 7, term: 'x' } });
    expect(policy.utm).toEqual({ source: 'linkedin' });
    expect(keysOf(policy.problems).sort()).toEqual(['utm.campaign', 'utm.medium', 'utm.term']);
    expect(parseManagedPolicy({ utm: 'linkedin' }).utm).toBeNull();
    expect(keysOf(parseManagedPolicy({ utm: ['a'] }).problems)).toEqual(['utm']);
  });

  it('reports unknown setting names and ignores them, keeping the known ones', () => {
    const policy = parseManagedPolicy({ lockedSettings: ['quietMode', 'theme', 3, 'quietMode', 'csvBom'] });
    expect(policy.lockedSettings).toEqual(['quietMode', 'csvBom']);
    expect(keysOf(policy.problems)).toEqual(['lockedSettings[1]', 'lockedSettings[2]']);
    expect(policy.problems[0]!.message).toContain('"theme" is not a setting');
  });

  it('checks each value of `settings` against its own schema', () => {
    const policy = parseManagedPolicy({
      settings: {
        quietMode: 'yes',
        keepReplyText: true,
        feedSyncMinutes: 1,
        csvSeparator: '=cmd',
        repId: 'team-7',
        colour: 'red',
        messageTemplates: [{ language: 'en', text: 'Hi' }],
      },
    });
    expect(policy.settings).toEqual({ keepReplyText: true, repId: 'team-7', messageTemplates: [{ language: 'en', text: 'Hi' }] });
    expect(keysOf(policy.problems).sort()).toEqual([
      'settings.colour',
      'settings.csvSeparator',
      'settings.feedSyncMinutes',
      'settings.quietMode',
    ]);
  });

  it('reports a key of the wrong type and keeps the other keys', () => {
    const policy = parseManagedPolicy({
      librarySources: { url: 'https://x.example.com' },
      lockedSettings: 'quietMode',
      settings: [],
      utm: { campaign: 'q3' },
    });
    expect(keysOf(policy.problems)).toEqual(['librarySources', 'lockedSettings', 'settings']);
    expect(policy).toMatchObject({ managed: true, librarySources: [], lockedSettings: [], settings: {}, utm: { campaign: 'q3' } });
    expect(keysOf(parseManagedPolicy({ sources: [] }).problems)).toEqual(['sources']);
    expect(parseManagedPolicy('policy')).toMatchObject({ managed: true, problems: [{ key: '(policy)' }] });
  });

  it('survives hostile input: prototype names, huge lists, throwing getters, control characters', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": 1, "settings": {"__proto__": {"quietMode": true}, "toString": "x", "hasOwnProperty": 1}, "utm": {"__proto__": "x", "source": "ok"}, "lockedSettings": ["__proto__", "constructor", "toString"]}',
    ) as unknown;
    const policy = parseManagedPolicy(hostile);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(policy.settings)).toEqual([]);
    expect(Object.getPrototypeOf(policy.settings)).toBe(Object.prototype);
    expect(policy.utm).toEqual({ source: 'ok' });
    expect(policy.lockedSettings).toEqual([]);
    expect(keysOf(policy.problems)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'settings.toString', 'utm.__proto__', 'lockedSettings[0]']),
    );

    const many = parseManagedPolicy({
      librarySources: Array.from({ length: 100_000 }, (_, i) => ({ url: `https://feeds.example.com/${i}`, name: `Feed ${i}` })),
    });
    expect(many.librarySources).toHaveLength(MANAGED_SOURCES_MAX);
    expect(many.problems.at(-1)).toEqual({
      key: 'librarySources',
      message: `has 100000 sources: only the first ${MANAGED_SOURCES_MAX} are used`,
    });

    const wrong = parseManagedPolicy({
      lockedSettings: Array.from({ length: 10_000 }, () => 'nope'),
      settings: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, i])),
    });
    expect(wrong.problems.length).toBeLessThanOrEqual(POLICY_PROBLEMS_MAX);

    const trap = {
      get librarySources(): unknown {
        throw new Error('boom');
      },
      utm: { source: 'ok' },
    };
    expect(parseManagedPolicy(trap)).toMatchObject({
      librarySources: [],
      utm: { source: 'ok' },
      problems: [{ key: 'librarySources', message: 'could not be read: ignored' }],
    });

    const odd = parseManagedPolicy({ ['\u0000bad\nkey'.repeat(20)]: 1 });
    expect(odd.problems[0]!.key).not.toMatch(/[\u0000\n]/);
    expect(odd.problems[0]!.key.length).toBeLessThanOrEqual(60);
  });
});

describe('what the policy sets', () => {
  const policy = parseManagedPolicy({
    utm: { medium: 'email', campaign: 'q3' },
    lockedSettings: ['keepReplyText'],
    settings: { quietMode: true },
  });

  it("puts its settings, then its utm values (which turn tagging on), over the user's own", () => {
    expect(policySettings(policy)).toEqual({ quietMode: true, utmEnabled: true, utmMedium: 'email', campaign: 'q3' });
    const own = { ...DEFAULT_SETTINGS, utmEnabled: false, utmMedium: 'social', campaign: 'mine', utmSource: 'mysource', repId: 'ana' };
    expect(effectiveSettings(own, policy)).toEqual({ ...own, quietMode: true, utmEnabled: true, utmMedium: 'email', campaign: 'q3' });
    expect(effectiveSettings(own, NO_POLICY)).toEqual(own);
  });

  it('makes read-only the locked settings and those it gives a value', () => {
    expect(readOnlySettings(policy).sort()).toEqual(['campaign', 'keepReplyText', 'quietMode', 'utmEnabled', 'utmMedium'].sort());
    expect(readOnlySettings(NO_POLICY)).toEqual([]);
  });
});

describe('public/managed-schema.json', () => {
  type Node = {
    type: string;
    description?: string;
    properties?: Record<string, Node>;
    items?: Node & { enum?: string[] };
    enum?: string[];
    required?: string[];
  };
  const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as Node;
  const props = schema.properties!;

  it('names exactly the keys the parser reads', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(props)).toEqual([...MANAGED_KEYS]);
    expect(Object.keys(props['utm']!.properties!)).toEqual([...MANAGED_UTM_KEYS]);
    expect(Object.keys(props['librarySources']!.items!.properties!)).toEqual(['url', 'name']);
    expect(props['librarySources']!.items!.required).toEqual(['url', 'name']);
  });

  it('lists every setting, with the type of its value, and only settings as locked names', () => {
    expect(Object.keys(props['settings']!.properties!)).toEqual(SETTING_NAMES);
    expect(SETTING_NAMES).toEqual(Object.keys(SettingsSchema.entries));
    expect(props['lockedSettings']!.items!.enum).toEqual(SETTING_NAMES);
    for (const name of SETTING_NAMES) {
      const value: unknown = DEFAULT_SETTINGS[name];
      const type = Array.isArray(value) ? 'array' : typeof value === 'number' ? 'integer' : typeof value;
      expect(props['settings']!.properties![name]!.type, name).toBe(type);
      // A value the schema takes, the parser takes too.
      expect(parseManagedPolicy({ settings: { [name]: value } }).problems, name).toEqual([]);
    }
  });

  it("uses only what Chrome's policy schemas accept", () => {
    const allowed = new Set(['type', 'description', 'properties', 'items', 'required', 'enum']);
    const walk = (node: Node, path: string) => {
      for (const key of Object.keys(node)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(node.type);
      for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${name}`);
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(schema, '');
  });
});
