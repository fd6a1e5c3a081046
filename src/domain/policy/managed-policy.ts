// The company's policy (managed storage, docs/deploy.md): what IT set for every salesperson —
// the team's library sources, the UTM values of every link, the settings the user cannot change.
// Pure: the background hands it whatever storage.managed answered. That is input we do not
// control (a hand-written policies.json, a registry value of the wrong type), so each key is read
// on its own: a bad one is reported and ignored, the others apply, and nothing here throws.
import * as v from 'valibot';
import { printable } from '../library/binary';
import { URL_MAX } from '../model';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../settings';
import { canonicalUrl } from '../library/urls';

/** The keys of the managed storage, named so in the policies (and in public/managed-schema.json). */
export const MANAGED_KEYS = ['librarySources', 'utm', 'lockedSettings', 'settings'] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];
/** The keys inside `utm`, and the setting each one sets. */
export const MANAGED_UTM_KEYS = ['source', 'medium', 'campaign'] as const;
export type ManagedUtmKey = (typeof MANAGED_UTM_KEYS)[number];
export const UTM_SETTING = { source: 'utmSource', medium: 'utmMedium', campaign: 'campaign' } as const satisfies Record<
  ManagedUtmKey,
  keyof Settings
>;

/** More than any team's list of feeds; each is fetched by every salesperson's browser. */
export const MANAGED_SOURCES_MAX = 50;
export const MANAGED_SOURCE_NAME_MAX = 120;
/** A policy that is wrong everywhere still gives a short list to read. */
export const POLICY_PROBLEMS_MAX = 30;

export const SETTING_NAMES = Object.keys(SettingsSchema.entries) as (keyof Settings)[];

export interface ManagedSource {
  /** Canonical, as a feed the user adds: the same address is the same source. */
  url: string;
  name: string;
}
export type ManagedUtm = { [K in ManagedUtmKey]?: string };
export interface PolicyProblem {
  /** Where in the policy: "librarySources[2].url", "utm.medium", "settings.quietMode". */
  key: string;
  message: string;
}

export interface ManagedPolicy {
  /** Whether the browser holds a policy for Nurture at all (even one that is all wrong). */
  managed: boolean;
  librarySources: ManagedSource[];
  utm: ManagedUtm | null;
  lockedSettings: (keyof Settings)[];
  /** The values IT set (a partial of Settings, each checked against its schema). */
  settings: Partial<Settings>;
  problems: PolicyProblem[];
}

export const NO_POLICY: ManagedPolicy = { managed: false, librarySources: [], utm: null, lockedSettings: [], settings: {}, problems: [] };

const SourceName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'is empty'),
  v.maxLength(MANAGED_SOURCE_NAME_MAX, `is longer than ${MANAGED_SOURCE_NAME_MAX} characters`),
);

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSettingName = (name: unknown): name is keyof Settings => typeof name === 'string' && Object.hasOwn(SettingsSchema.entries, name);
/** A name the policy gave (any string): shown, never used as a key. */
const named = (name: string) => printable(name, 60);
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);
const firstIssue = (issues: readonly v.BaseIssue<unknown>[]) => issues[0]?.message ?? 'is not valid';

/** Reads what storage.managed answered into the policy Nurture applies, each problem named. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return NO_POLICY;
  const problems: PolicyProblem[] = [];
  const report = (key: string, message: string) => {
    if (problems.length < POLICY_PROBLEMS_MAX) problems.push({ key, message });
  };
  if (!isRecord(raw)) {
    report('(policy)', `is ${kindOf(raw)}, not an object: ignored`);
    return { ...NO_POLICY, managed: true, problems };
  }
  const policy: ManagedPolicy = { ...NO_POLICY, managed: false, problems };
  const keys = Object.keys(raw);
  for (const key of keys) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key))
      report(named(key), `is not a Nurture policy key (expected ${MANAGED_KEYS.join(', ')}): ignored`);
  }
  policy.managed = keys.length > 0;
  // One key failing in a way nobody foresaw (a getter that throws) loses that key only.
  const each = (key: ManagedKey, read: (value: unknown) => void) => {
    if (!Object.hasOwn(raw, key)) return;
    try {
      const value = raw[key];
      if (value !== undefined) read(value);
    } catch {
      report(key, 'could not be read: ignored');
    }
  };
  each('librarySources', (value) => (policy.librarySources = readSources(value, report)));
  each('utm', (value) => (policy.utm = readUtm(value, report)));
  each('lockedSettings', (value) => (policy.lockedSettings = readLocked(value, report)));
  each('settings', (value) => (policy.settings = readSettings(value, report)));
  return policy;
}

type Report = (key: string, message: string) => void;

function readSources(value: unknown, report: Report): ManagedSource[] {
  if (!Array.isArray(value)) {
    report('librarySources', `is ${kindOf(value)}, not a list of { "url", "name" }: ignored`);
    return [];
  }
  const sources: ManagedSource[] = [];
  const seen = new Set<string>();
  // Never walk more of a huge list than can be kept.
  const length = Math.min(value.length, MANAGED_SOURCES_MAX);
  for (let i = 0; i < length; i++) {
    const where = `librarySources[${i}]`;
    const entry: unknown = value[i];
    if (!isRecord(entry)) {
      report(where, `is ${kindOf(entry)}, not { "url", "name" }: ignored`);
      continue;
    }
    const url = typeof entry['url'] === 'string' && entry['url'].length <= URL_MAX ? canonicalUrl(entry['url'].trim()) : null;
    if (url === null) {
      report(`${where}.url`, `is not an http(s) address of at most ${URL_MAX} characters: this source is ignored`);
      continue;
    }
    const name = v.safeParse(SourceName, entry['name']);
    if (!name.success) {
      report(
        `${where}.name`,
        `${typeof entry['name'] === 'string' ? firstIssue(name.issues) : 'is missing or not text'}: this source is ignored`,
      );
      continue;
    }
    if (seen.has(url)) {
      report(`${where}.url`, 'names the same address as an earlier source: ignored');
      continue;
    }
    seen.add(url);
    sources.push({ url, name: name.output });
  }
  if (value.length > MANAGED_SOURCES_MAX)
    report('librarySources', `has ${value.length} sources: only the first ${MANAGED_SOURCES_MAX} are used`);
  return sources;
}

function readUtm(value: unknown, report: Report): ManagedUtm | null {
  if (!isRecord(value)) {
    report('utm', `is ${kindOf(value)}, not { "source", "medium", "campaign" }: ignored`);
    return null;
  }
  const utm: ManagedUtm = {};
  for (const key of Object.keys(value)) {
    if ((MANAGED_UTM_KEYS as readonly string[]).includes(key)) continue;
    report(`utm.${named(key)}`, `is not a UTM value Nurture sets (expected ${MANAGED_UTM_KEYS.join(', ')}): ignored`);
  }
  for (const key of MANAGED_UTM_KEYS) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
    const checked = v.safeParse(SettingsSchema.entries[UTM_SETTING[key]], value[key]);
    if (checked.success) utm[key] = checked.output;
    else
      report(
        `utm.${key}`,
        `${typeof value[key] === 'string' ? firstIssue(checked.issues) : `is ${kindOf(value[key])}, not text`}: ignored`,
      );
  }
  return Object.keys(utm).length > 0 ? utm : null;
}

function readLocked(value: unknown, report: Report): (keyof Settings)[] {
  if (!Array.isArray(value)) {
    report('lockedSettings', `is ${kindOf(value)}, not a list of setting names: ignored`);
    return [];
  }
  const locked = new Set<keyof Settings>();
  // Each name at most once: a longer list can only repeat or misspell them.
  const length = Math.min(value.length, SETTING_NAMES.length * 2);
  for (let i = 0; i < length; i++) {
    const name: unknown = value[i];
    if (isSettingName(name)) locked.add(name);
    else if (typeof name === 'string') report(`lockedSettings[${i}]`, `"${named(name)}" is not a setting: ignored`);
    else report(`lockedSettings[${i}]`, `is ${kindOf(name)}, not a setting name: ignored`);
  }
  if (value.length > length) report('lockedSettings', `has ${value.length} names: only the first ${length} are read`);
  return SETTING_NAMES.filter((name) => locked.has(name));
}

function readSettings(value: unknown, report: Report): Partial<Settings> {
  if (!isRecord(value)) {
    report('settings', `is ${kindOf(value)}, not an object of settings: ignored`);
    return {};
  }
  const settings: Partial<Settings> = {};
  const set = <K extends keyof Settings>(name: K, checked: unknown) => {
    settings[name] = checked as Settings[K];
  };
  for (const key of Object.keys(value)) {
    if (!isSettingName(key)) report(`settings.${named(key)}`, 'is not a setting: ignored');
  }
  for (const name of SETTING_NAMES) {
    if (!Object.hasOwn(value, name) || value[name] === undefined) continue;
    const checked = v.safeParse(SettingsSchema.entries[name], value[name]);
    if (checked.success) set(name, checked.output);
    else report(`settings.${name}`, `${firstIssue(checked.issues)} (expected ${describe(DEFAULT_SETTINGS[name])}): ignored`);
  }
  return settings;
}

/** The kind of value a setting takes, in words, from its default. */
function describe(example: unknown): string {
  if (Array.isArray(example)) return 'a list';
  if (typeof example === 'number') return 'a whole number';
  return typeof example === 'boolean' ? 'true or false' : 'text';
}

/** The values the policy sets: its `settings`, then its `utm` (which also turns UTM tagging on). */
export function policySettings(policy: ManagedPolicy): Partial<Settings> {
  const values: Partial<Settings> = { ...policy.settings };
  if (policy.utm) {
    values.utmEnabled = true;
    for (const key of MANAGED_UTM_KEYS) {
      const value = policy.utm[key];
      if (value !== undefined) values[UTM_SETTING[key]] = value;
    }
  }
  return values;
}

/** Every setting the user cannot change: locked by name, or given a value by the policy. */
export function readOnlySettings(policy: ManagedPolicy): (keyof Settings)[] {
  const fixed = new Set<keyof Settings>([...policy.lockedSettings, ...(Object.keys(policySettings(policy)) as (keyof Settings)[])]);
  return SETTING_NAMES.filter((name) => fixed.has(name));
}

/** The settings in force: the user's own, under the policy's values. */
export function effectiveSettings(own: Settings, policy: ManagedPolicy): Settings {
  return { ...own, ...policySettings(policy) };
}
