// The backup file: every store, with the schema version that wrote it. Checked record by
// record before anything is written, so a damaged file changes nothing.
import * as v from 'valibot';
import { CONTENT_FORMATS, STAGES } from './model';

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

/** Reads a backup file's text, or says what is wrong with it (and where). */
export function readBackup(text: string, currentVersion: number): { ok: true; backup: Backup } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'the file is not valid JSON (damaged or cut short)' };
  }
  const version = typeof data === 'object' && data !== null && 'schemaVersion' in data ? data.schemaVersion : undefined;
  if (typeof version === 'number' && version > currentVersion) {
    return { ok: false, reason: `it comes from a newer Nurture (database schema ${version}; this one reads up to ${currentVersion}): update the extension first` };
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `it is not a Nurture backup, or it is damaged${path ? ` (at ${path}: ${issue?.message})` : ''}` };
  }
  return { ok: true, backup: result.output };
}
