// The backup file: every store, with the schema version that wrote it. Checked record by
// record before anything is written, so a damaged file changes nothing.
import * as v from 'valibot';
import { binaryKind } from './library/binary';
import { issueText } from './library/issue-text';
import { jsonError } from './library/json-error';
import { CONTENT_FORMATS, STAGES } from './model';
import { PERSON_NAME_MAX } from './person-names';

const stage = v.picklist([...STAGES, 'lost']);
const time = v.pipe(v.number(), v.integer());
const nullableTime = v.nullable(time);
const strings = v.array(v.string());

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
});

const SourceRecord = v.looseObject({
  id: v.string(),
  kind: v.picklist(['rss', 'atom', 'json-feed', 'json', 'csv', 'starter']),
  label: v.string(),
  url: v.nullable(v.string()),
  etag: v.nullable(v.string()),
  lastModified: v.nullable(v.string()),
  addedAt: time,
  lastSync: v.nullable(v.looseObject({ at: time })),
});

const ProspectRecord = v.looseObject({
  id: v.pipe(v.string(), v.startsWith('/in/')),
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
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  at: time,
  kind: v.picklist(['shared', 'posted', 'replied', 'stage', 'note', 'call', 'meeting', 'email']),
  prospectId: v.nullable(v.string()),
  contentId: v.nullable(v.string()),
  channel: v.picklist(['message', 'post', 'comment', 'other']),
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
