// The backup file: every store, with the schema version that wrote it. Checked record by
// record before anything is written, so a damaged file changes nothing.
import * as v from 'valibot';
import { binaryKind } from './library/binary';
import { issueText } from './library/issue-text';
import { jsonError } from './library/json-error';
import { CHANNELS, CONTENT_FORMATS, INTERACTION_KINDS, PACK_ID_MAX, PACK_NAME_MAX, PACK_VERSION_MAX, SOURCE_KINDS, STAGES } from './model';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings';
import { EntryId, ProfileId, ProspectStageSchema, Time } from './fields';
import { PERSON_NAME_MAX } from './person-names';

const stage = ProspectStageSchema;
const time = Time;
const nullableTime = v.nullable(time);
const strings = v.array(v.string());
/**
 * Prospect ids are profile paths ("/in/<slug>"), checked as strictly as the router checks them:
 * a crafted "@evil.example/x" would otherwise export as https://www.linkedin.com@evil.example/x/.
 */
const profileId = ProfileId;

/** A team pack as items point to it and sources keep it (optional fields: no migration). */
const PackRefRecord = v.looseObject({
  id: v.pipe(v.string(), v.maxLength(PACK_ID_MAX)),
  name: v.pipe(v.string(), v.maxLength(PACK_NAME_MAX)),
  version: v.pipe(v.string(), v.maxLength(PACK_VERSION_MAX)),
});
const PackRecord = v.looseObject({
  ...PackRefRecord.entries,
  expiresAt: nullableTime,
  personas: strings,
  stages: v.array(v.picklist(STAGES)),
});

const ContentRecord = v.looseObject({
  id: v.string(),
  url: v.pipe(v.string(), v.url()),
  title: v.string(),
  summary: v.string(),
  format: v.picklist(CONTENT_FORMATS),
  language: v.string(),
  topics: strings,
  personas: strings,
  stages: v.array(v.picklist(STAGES)),
  captions: v.array(v.looseObject({ language: v.string(), text: v.string() })),
  publishedAt: nullableTime,
  expiresAt: nullableTime,
  freshAt: time,
  sourceId: v.nullable(v.string()),
  example: v.boolean(),
  addedAt: time,
  updatedAt: time,
  curatedAt: nullableTime,
  pack: v.optional(PackRefRecord),
});

const SourceRecord = v.looseObject({
  id: v.string(),
  kind: v.picklist(SOURCE_KINDS),
  label: v.string(),
  url: v.nullable(v.string()),
  etag: v.nullable(v.string()),
  lastModified: v.nullable(v.string()),
  addedAt: time,
  lastSync: v.nullable(v.looseObject({ at: time })),
  pack: v.optional(PackRecord),
});

const ProspectRecord = v.looseObject({
  id: profileId,
  name: v.string(),
  headline: v.string(),
  company: v.string(),
  location: v.optional(v.string()),
  persona: v.string(),
  stage,
  tags: strings,
  notes: v.string(),
  nextFollowUp: nullableTime,
  createdAt: time,
  lastContactAt: nullableTime,
  lastReplyAt: nullableTime,
});

const InteractionRecord = v.looseObject({
  id: EntryId,
  at: time,
  kind: v.picklist(INTERACTION_KINDS),
  prospectId: v.nullable(profileId),
  contentId: v.nullable(v.string()),
  channel: v.picklist(CHANNELS),
  url: v.nullable(v.string()),
  externalId: v.nullable(v.string()),
  note: v.string(),
  /** A share logged with a name only (no profile, no single prospect of that name). */
  personName: v.optional(v.pipe(v.string(), v.maxLength(PERSON_NAME_MAX))),
});

export const BackupSchema = v.object({
  nurture: v.literal('backup'),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: time,
  stores: v.object({
    content: v.array(ContentRecord),
    sources: v.array(SourceRecord),
    prospects: v.array(ProspectRecord),
    interactions: v.array(InteractionRecord),
    settings: v.array(v.object({ key: v.string(), value: v.looseObject({}) })),
  }),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

/** Reads a backup file's text, or says what is wrong with it (and where), in words for the user. */
export function readBackup(text: string, currentVersion: number): { ok: true; backup: Backup } | { ok: false; reason: string } {
  const body = text.replace(/^\uFEFF/, '');
  const binary = binaryKind(body);
  if (binary !== null) return { ok: false, reason: `it is ${binary}, not a Nurture backup` };
  if (body.trim() === '') return { ok: false, reason: 'the file is empty' };
  if (body.trimStart().startsWith('<')) return { ok: false, reason: 'it is XML (a feed or a web page?), not a Nurture backup' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: jsonError(body, error).message };
  }
  const nurture = typeof data === 'object' && data !== null && 'nurture' in data ? data.nurture : undefined;
  if (nurture === 'library') return { ok: false, reason: 'it is a Nurture library file, not a backup: import it from the library instead' };
  if (nurture !== 'backup') return { ok: false, reason: 'it is not a Nurture backup (a backup starts with {"nurture":"backup"...})' };
  const version = typeof data === 'object' && data !== null && 'schemaVersion' in data ? data.schemaVersion : undefined;
  if (typeof version === 'number' && version > currentVersion) {
    return { ok: false, reason: `it comes from a newer Nurture (database schema ${version}; this one reads up to ${currentVersion}): update the extension first` };
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, reason: `the backup is damaged${issue ? ` (${issueText(issue, v.getDotPath(issue))})` : ''}` };
  }
  return { ok: true, backup: result.output };
}

/** The key of the one settings record (src/background/settings.ts). */
export const SETTINGS_KEY = 'user';

/** Settings a restore may switch off but never on: turning them on widens what is recorded. */
const NEVER_TURNED_ON_BY_A_RESTORE = ['keepReplyText'] as const satisfies readonly (keyof Settings)[];

/**
 * The settings after a restore: each setting the backup holds is checked on its own against
 * SettingsSchema; a valid value is taken, an invalid one (a CSV separator carrying a formula,
 * quietMode "no", feedSyncMinutes 0...) leaves the current value in place and is named in
 * `kept`, so one bad value neither fails the whole restore nor slips through. Keys Settings does
 * not have are dropped. A backup never turns on keepReplyText: a crafted file could otherwise
 * start storing the text of replies without the user knowing; it keeps the current value.
 */
export function restoredSettings(current: Settings, fromBackup: Readonly<Record<string, unknown>>): { settings: Settings; kept: (keyof Settings)[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...current };
  const kept: (keyof Settings)[] = [];
  const take = <K extends keyof Settings>(key: K): void => {
    if (!Object.hasOwn(fromBackup, key)) return;
    const checked = v.safeParse(SettingsSchema.entries[key], fromBackup[key]);
    const widens = (NEVER_TURNED_ON_BY_A_RESTORE as readonly string[]).includes(key) && checked.success && checked.output === true && settings[key] !== true;
    if (checked.success && !widens) settings[key] = checked.output as Settings[K];
    else if (fromBackup[key] !== settings[key]) kept.push(key);
  };
  for (const key of Object.keys(SettingsSchema.entries) as (keyof Settings)[]) take(key);
  return { settings, kept };
}
