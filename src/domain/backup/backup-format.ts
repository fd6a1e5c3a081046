// The backup file: every store, with the schema version that wrote it. Checked record by
// record before anything is written, so a damaged file changes nothing.
//
// Every field of every record is checked as the requests check it when it first comes in
// (types, vocabularies, lengths, profile paths, LinkedIn and http(s) addresses), the optional
// ones included: a restore must not store what no request would have let in. A field the
// schema does not know is left out of what is stored and named in the restore's report
// (`droppedFields`), as the settings name a value they did not take.
import * as v from 'valibot';
import { binaryKind } from '../library/binary';
import { issueText } from '../library/issue-text';
import { jsonError } from '../library/json-error';
import {
  CAPTIONS_MAX,
  CAPTION_MAX,
  CHANNELS,
  COMPANY_MAX,
  CONTENT_FORMATS,
  HEADLINE_MAX,
  INTERACTION_KINDS,
  ITEM_SUMMARY_MAX,
  ITEM_TITLE_MAX,
  LOCATION_MAX,
  NOTES_MAX,
  PACK_ID_MAX,
  PACK_NAME_MAX,
  PACK_VERSION_MAX,
  PERSONA_MAX,
  PROSPECT_NAME_MAX,
  REPLY_SOURCES,
  SOURCE_KINDS,
  STAGES,
  type ContentItem,
  type Interaction,
  type Prospect,
  type Source,
} from '../model';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../settings';
import {
  EntryId,
  HttpUrl,
  Id,
  LanguageCode,
  LinkedInUrl,
  MemberId,
  ProfileId,
  ProspectStageSchema,
  SalesLeadId,
  Tags,
  Time,
  upTo,
} from '../fields';
import { PERSON_NAME_MAX } from '../people/person-names';
import { shortLinkProblem } from '../library/share-link';
import { unknownFields } from './unknown-fields';
import { REPLY_CLASSES } from '../replies/types';

const stage = ProspectStageSchema;
const time = Time;
const nullableTime = v.nullable(time);
/**
 * Prospect ids are profile paths ("/in/<slug>"), checked as strictly as the router checks them:
 * a crafted "@evil.example/x" would otherwise export as https://www.linkedin.com@evil.example/x/.
 */
const profileId = ProfileId;
const stages = v.pipe(v.array(v.picklist(STAGES)), v.maxLength(STAGES.length));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/**
 * Texts the library keeps as a feed or a server gave them (a source's label, a sync's error,
 * HTTP validators): not cut on the way in, so bounded here generously.
 */
const foundText = upTo(2000);

/** A team pack as items point to it and sources keep it (optional fields: no migration). */
const PackRefRecord = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(PACK_ID_MAX)),
  name: v.pipe(v.string(), v.maxLength(PACK_NAME_MAX)),
  version: v.pipe(v.string(), v.maxLength(PACK_VERSION_MAX)),
});
const PackRecord = v.object({
  ...PackRefRecord.entries,
  expiresAt: nullableTime,
  personas: Tags,
  stages,
  campaign: v.exactOptional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]{1,64}$/))),
  shortLink: v.exactOptional(
    v.pipe(
      v.string(),
      v.check((pattern) => shortLinkProblem(pattern) === null, 'a short-link pattern (docs/links.md)'),
    ),
  ),
});

const ContentRecord = v.object({
  id: Id,
  url: HttpUrl,
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(ITEM_TITLE_MAX)),
  summary: upTo(ITEM_SUMMARY_MAX),
  format: v.picklist(CONTENT_FORMATS),
  language: LanguageCode,
  topics: Tags,
  personas: Tags,
  stages,
  captions: v.pipe(v.array(v.object({ language: LanguageCode, text: upTo(CAPTION_MAX) })), v.maxLength(CAPTIONS_MAX)),
  publishedAt: nullableTime,
  expiresAt: nullableTime,
  freshAt: time,
  sourceId: v.nullable(Id),
  example: v.boolean(),
  addedAt: time,
  updatedAt: time,
  curatedAt: nullableTime,
  pack: v.exactOptional(PackRefRecord),
  favouriteAt: v.exactOptional(time),
});

const SyncRecord = v.object({
  at: time,
  added: count,
  updated: count,
  unchanged: count,
  rejected: count,
  error: v.nullable(foundText),
  notModified: v.boolean(),
});

const SourceRecord = v.object({
  id: Id,
  kind: v.picklist(SOURCE_KINDS),
  label: foundText,
  url: v.nullable(HttpUrl),
  etag: v.nullable(foundText),
  lastModified: v.nullable(foundText),
  addedAt: time,
  lastSync: v.nullable(SyncRecord),
  pack: v.exactOptional(PackRecord),
  // Kept by a restore only while the policy still names the source (the restore applies it again).
  managed: v.exactOptional(v.boolean()),
});

const ProspectRecord = v.object({
  id: profileId,
  name: upTo(PROSPECT_NAME_MAX),
  headline: upTo(HEADLINE_MAX),
  company: upTo(COMPANY_MAX),
  location: v.exactOptional(upTo(LOCATION_MAX)),
  persona: upTo(PERSONA_MAX),
  stage,
  tags: Tags,
  notes: upTo(NOTES_MAX),
  nextFollowUp: nullableTime,
  createdAt: time,
  lastContactAt: nullableTime,
  lastReplyAt: nullableTime,
  memberId: v.exactOptional(v.nullable(MemberId)),
  salesLeadId: v.exactOptional(v.nullable(SalesLeadId)),
  doNotContact: v.exactOptional(v.boolean()),
});

const InteractionRecord = v.object({
  id: EntryId,
  at: time,
  kind: v.picklist(INTERACTION_KINDS),
  prospectId: v.nullable(profileId),
  contentId: v.nullable(Id),
  channel: v.picklist(CHANNELS),
  /** The LinkedIn page it happened on. */
  url: v.nullable(LinkedInUrl),
  /** "linkedin:" and the message's id (up to 300 characters) for a reply. */
  externalId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(400))),
  note: upTo(NOTES_MAX),
  stageFrom: v.exactOptional(stage),
  stageTo: v.exactOptional(stage),
  status: v.exactOptional(v.picklist(['draft', 'sent'])),
  /** The tagged link inserted: an item's address, so http(s). */
  link: v.exactOptional(HttpUrl),
  captionIndex: v.exactOptional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(CAPTIONS_MAX - 1)))),
  audience: v.exactOptional(v.picklist(['network', 'person'])),
  /** A share logged with a name only (no profile, no single prospect of that name). */
  personName: v.exactOptional(v.pipe(v.string(), v.maxLength(PERSON_NAME_MAX))),
  replyClass: v.exactOptional(v.picklist(REPLY_CLASSES)),
  via: v.exactOptional(v.picklist(REPLY_SOURCES)),
});

// Every field of each record type has its check: a field added to the model and not here fails
// to compile, instead of being dropped from every restore.
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
const everyField: [
  SameKeys<v.InferOutput<typeof ContentRecord>, ContentItem>,
  SameKeys<v.InferOutput<typeof SourceRecord>, Source>,
  SameKeys<v.InferOutput<typeof ProspectRecord>, Prospect>,
  SameKeys<v.InferOutput<typeof InteractionRecord>, Interaction>,
] = [true, true, true, true];
void everyField;

export const BackupSchema = v.object({
  nurture: v.literal('backup'),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: time,
  stores: v.object({
    content: v.array(ContentRecord),
    sources: v.array(SourceRecord),
    prospects: v.array(ProspectRecord),
    interactions: v.array(InteractionRecord),
    // Each setting is checked on its own by restoredSettings, which names the unknown ones.
    settings: v.array(v.object({ key: v.string(), value: v.looseObject({}) })),
  }),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

/** What a restore says it did (the answer of backup.import). */
export interface RestoreReport {
  /** How many records of each store the file held. */
  restored: Record<'content' | 'sources' | 'prospects' | 'interactions' | 'settings', number>;
  /** Settings whose value in the file was refused, or would have turned on keepReplyText; each kept its current value. */
  settingsKept: (keyof Settings)[];
  /** The fields ("prospects.favourite", "settings.theme") the file held that Nurture does not know: not stored. */
  droppedFields: string[];
}

/** Reads a backup file's text, or says what is wrong with it (and where), in words for the user. */
export function readBackup(
  text: string,
  currentVersion: number,
): { ok: true; backup: Backup; droppedFields: string[] } | { ok: false; reason: string } {
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
    return {
      ok: false,
      reason: `it comes from a newer Nurture (database schema ${version}; this one reads up to ${currentVersion}): update the extension first`,
    };
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, reason: `the backup is damaged${issue ? ` (${issueText(issue, v.getDotPath(issue))})` : ''}` };
  }
  // Named as the user sees the stores: "prospects.favourite", not "stores.prospects.favourite".
  const droppedFields = unknownFields(BackupSchema, data).map((name) => name.replace(/^stores\./, ''));
  return { ok: true, backup: result.output, droppedFields };
}

/** The key of the one settings record (read and written by src/background/settings/service.ts). */
export const SETTINGS_KEY = 'user';

/** Settings a restore may switch off but never on: turning them on widens what is recorded. */
const NEVER_TURNED_ON_BY_A_RESTORE = ['keepReplyText', 'clickTokens'] as const satisfies readonly (keyof Settings)[];

/**
 * The settings after a restore: each setting the backup holds is checked on its own against
 * SettingsSchema; a valid value is taken, an invalid one (a CSV separator carrying a formula,
 * quietMode "no", feedSyncMinutes 0...) leaves the current value in place and is named in
 * `kept`, so one bad value neither fails the whole restore nor slips through. Keys Settings does
 * not have are dropped and named in `unknown`. A backup never turns on keepReplyText: a crafted
 * file could otherwise start storing the text of replies without the user knowing; it keeps the
 * current value.
 */
export function restoredSettings(
  current: Settings,
  fromBackup: Readonly<Record<string, unknown>>,
): { settings: Settings; kept: (keyof Settings)[]; unknown: string[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...current };
  const kept: (keyof Settings)[] = [];
  const take = <K extends keyof Settings>(key: K): void => {
    if (!Object.hasOwn(fromBackup, key)) return;
    const checked = v.safeParse(SettingsSchema.entries[key], fromBackup[key]);
    const widens =
      (NEVER_TURNED_ON_BY_A_RESTORE as readonly string[]).includes(key) &&
      checked.success &&
      checked.output === true &&
      settings[key] !== true;
    if (checked.success && !widens) settings[key] = checked.output as Settings[K];
    else if (fromBackup[key] !== settings[key]) kept.push(key);
  };
  for (const key of Object.keys(SettingsSchema.entries) as (keyof Settings)[]) take(key);
  const unknown = Object.keys(fromBackup).filter((key) => !Object.hasOwn(SettingsSchema.entries, key));
  return { settings, kept, unknown };
}
