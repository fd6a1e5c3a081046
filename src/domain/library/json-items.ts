// Nurture's own library file: JSON, documented in docs/library-format.md with a JSON Schema
// (docs/library.schema.json, generated from LibraryItemSchema by a test that keeps it true).
import * as v from 'valibot';
import { CONTENT_FORMATS, PACK_NAME_MAX, PACK_VERSION_MAX, STAGES } from '../model';
import { issueText } from './issue-text';
import { jsonError } from './json-error';
import { readPack } from './pack';
import { SHORT_LINK_MAX } from './share-link';
import { REPORTED_FIELDS_MAX, unknownFields } from '../backup/unknown-fields';
import type { Pack } from '../model';
import { ParseError, type ParsedFile, type RawItem, type RawPack } from './raw-item';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const date = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
    'an ISO 8601 date, such as 2026-03-01 or 2026-03-01T09:00:00Z',
  ),
  v.description('ISO 8601 date or date-time'),
);
const tags = v.pipe(v.array(text(60)), v.maxLength(20));

export const LibraryItemSchema = v.object({
  url: v.pipe(v.string(), v.url(), v.description('The article: http(s). Tracking parameters are removed on import.')),
  title: v.pipe(text(300), v.minLength(1)),
  summary: v.optional(v.pipe(text(20000), v.description('Plain text or HTML; reduced to plain text on import.'))),
  format: v.optional(v.picklist(CONTENT_FORMATS)),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]+)*$/, 'a language code such as en or fr-FR'))),
  topics: v.optional(tags),
  personas: v.optional(tags),
  stages: v.optional(v.array(v.picklist(STAGES))),
  captions: v.optional(
    v.pipe(
      v.array(v.union([text(1300), v.object({ language: v.optional(v.string()), text: text(1300) })])),
      v.maxLength(12),
      v.description('Suggested texts to post with the link; a plain string is in the item language.'),
    ),
  ),
  publishedAt: v.optional(date),
  expiresAt: v.optional(date),
});

/** A team pack: one per file, its expiry and "recommended for" apply to every item of it. */
export const PackSchema = v.pipe(
  v.object({
    id: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}$/, 'one word of letters, digits, ".", "_" or "-" (up to 64)'),
        v.description('Stable across versions: a re-import replaces the pack of the same id. Default: made from the name.'),
      ),
    ),
    name: v.pipe(text(PACK_NAME_MAX), v.minLength(1)),
    version: v.optional(
      v.pipe(
        v.union([text(PACK_VERSION_MAX), v.pipe(v.number(), v.transform(String))]),
        v.description('Shown beside each item of the pack, e.g. "2026.3".'),
      ),
    ),
    expiresAt: v.optional(v.pipe(date, v.description('After it, every item of the pack is hidden from search and the picker.'))),
    personas: v.optional(v.pipe(tags, v.description('Recommended for: given to each item that names no persona of its own.'))),
    stages: v.optional(
      v.pipe(v.array(v.picklist(STAGES)), v.description('Recommended for: given to each item that names no stage of its own.')),
    ),
    campaign: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'one word of letters, digits, ".", "_" or "-" (up to 64)'),
        v.description("utm_campaign of the pack's links, instead of the user's setting."),
      ),
    ),
    shortLink: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(SHORT_LINK_MAX),
        v.regex(/^https:\/\//, 'an https:// address'),
        v.description("The team's short-link pattern for the pack's links, e.g. https://go.example.com/{content} (docs/links.md)."),
      ),
    ),
  }),
  v.description('A team library pack (optional).'),
);

export const LibraryFileSchema = v.object({
  nurture: v.literal('library'),
  version: v.literal(1),
  pack: v.optional(v.unknown()),
  items: v.array(v.unknown()),
});

export type LibraryItemJson = v.InferInput<typeof LibraryItemSchema>;

const ITEMS = v.array(LibraryItemSchema);

export function parseJsonItems(textValue: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(textValue.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw jsonError(textValue.replace(/^\uFEFF/, ''), error);
  }
  if (typeof data === 'object' && data !== null && 'nurture' in data && data.nurture === 'backup') {
    throw new ParseError('this is a Nurture backup, not a library file: restore it from the backup settings of the dashboard');
  }
  // A bare array of items is accepted too: it is what most people write by hand.
  const file = !Array.isArray(data) && v.is(LibraryFileSchema, data) ? data : null;
  const list = Array.isArray(data) ? data : file ? file.items : null;
  if (!list) {
    throw new ParseError('not a Nurture library file: expected {"nurture": "library", "version": 1, "items": [...]} or an array of items');
  }
  const parsed: ParsedFile = { kind: 'json', items: [], rejected: [] };
  if (file && file.pack !== undefined) parsed.pack = packOf(file.pack);
  // The fields no schema here reads are left out of every item; the report names them.
  const ignored = [
    ...(file ? [...unknownFields(LibraryFileSchema, file), ...unknownFields(PackSchema, file.pack, 'pack')] : []),
    ...unknownFields(ITEMS, list, 'items'),
  ];
  if (ignored.length > 0) parsed.ignored = ignored.sort().slice(0, REPORTED_FIELDS_MAX);
  list.forEach((entry, index) => {
    const where = `item ${index + 1}`;
    const result = v.safeParse(LibraryItemSchema, entry);
    if (!result.success) {
      const issue = result.issues[0];
      parsed.rejected.push({ where, reason: issue ? issueText(issue, v.getDotPath(issue) ?? 'item') : 'not a valid item' });
      return;
    }
    parsed.items.push(toRawItem(result.output, where));
  });
  return parsed;
}

function toRawItem(item: v.InferOutput<typeof LibraryItemSchema>, where: string): RawItem {
  const raw: RawItem = { where, url: item.url, title: item.title, summaryIsHtml: /<[a-z!/]/i.test(item.summary ?? '') };
  if (item.summary !== undefined) raw.summary = item.summary;
  if (item.format !== undefined) raw.format = item.format;
  if (item.language !== undefined) raw.language = item.language;
  if (item.topics !== undefined) raw.topics = item.topics;
  if (item.personas !== undefined) raw.personas = item.personas;
  if (item.stages !== undefined) raw.stages = item.stages;
  if (item.captions !== undefined) {
    raw.captions = item.captions.map((caption) =>
      typeof caption === 'string'
        ? { text: caption }
        : caption.language === undefined
          ? { text: caption.text }
          : { language: caption.language, text: caption.text },
    );
  }
  if (item.publishedAt !== undefined) raw.publishedAt = item.publishedAt;
  if (item.expiresAt !== undefined) raw.expiresAt = item.expiresAt;
  return raw;
}

/** A pack object (our JSON's `pack`, JSON Feed's `_nurture.pack`), checked; throws ParseError. */
export function packOf(value: unknown): Pack {
  const result = v.safeParse(PackSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    throw new ParseError(
      `the pack is not valid: ${issue ? issueText(issue, path ? `pack.${path}` : 'pack') : 'expected an object'}; nothing was imported`,
    );
  }
  const { id, name, version, expiresAt, personas, stages, campaign, shortLink } = result.output;
  const raw: RawPack = { name };
  if (id !== undefined) raw.id = id;
  if (version !== undefined) raw.version = version;
  if (expiresAt !== undefined) raw.expiresAt = expiresAt;
  if (personas !== undefined) raw.personas = personas;
  if (stages !== undefined) raw.stages = stages;
  if (campaign !== undefined) raw.campaign = campaign;
  if (shortLink !== undefined) raw.shortLink = shortLink;
  return readPack(raw);
}
