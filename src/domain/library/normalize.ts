// From what an importer found (RawItem) to a library item, or a reason it cannot be one.
// Everything untrusted is checked here: URLs, text sizes, vocabularies, dates.
import type { Caption, ContentFormat, ContentItem, Pack, Stage } from '../model';
import { htmlToText, squashUpTo } from '../text/html-text';
import { parseDate } from '../time/dates';
import { truncate } from '../text/fold';
import { canonicalUrl, stableId } from './urls';
import type { ParsedFile, RawItem, Rejection } from './raw-item';
import { readFormat, readStage, FORMAT_NAMES, STAGE_NAMES } from './vocabulary';

export const LIMITS = { title: 300, summary: 600, tag: 60, tags: 20, caption: 1300, captions: 12 } as const;

export interface NormalizeContext {
  sourceId: string | null;
  /** Used when neither the item nor its file says which language it is in. */
  defaultLanguage: string;
  /** Used when the item has no format (feeds: blog posts; files: articles). */
  defaultFormat: ContentFormat;
  now: number;
  example?: boolean;
  /** The pack the file carries: its items point to it, and take its "recommended for" when they name none. */
  pack?: Pack | undefined;
}

export type Normalized = { ok: true; item: ContentItem } | { ok: false; rejection: Rejection };

const LANGUAGE = /^[a-z]{2,3}$/;

/** "fr-FR", "FR", "fr_CA" -> "fr": captions and filters work on the primary language. */
export function readLanguage(raw: string): string | null {
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE.test(primary) ? primary : null;
}

function cleanTags(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of values ?? []) {
    const tag = squashUpTo(value, LIMITS.tag).slice(0, LIMITS.tag);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
    if (tags.length === LIMITS.tags) break;
  }
  return tags;
}

export function normalizeItem(raw: RawItem, ctx: NormalizeContext): Normalized {
  const reject = (reason: string): Normalized => ({ ok: false, rejection: { where: raw.where, reason } });

  const url = raw.url ? canonicalUrl(raw.url) : null;
  if (!url) return reject(raw.url ? `the link "${truncate(raw.url, 80)}" is not an http(s) address` : 'no link');

  // Fields are cut to their limits while they are read, before any markup is stripped: a
  // 20 MB summary costs what its first 600 characters cost (see html-text.ts).
  const rawTitle = raw.title ?? '';
  const title = truncate(/[<&]/.test(rawTitle) ? htmlToText(rawTitle, LIMITS.title) : squashUpTo(rawTitle, LIMITS.title), LIMITS.title);
  if (!title) return reject('no title');

  let format: ContentFormat = ctx.defaultFormat;
  if (raw.format?.trim()) {
    const read = readFormat(raw.format);
    if (!read) return reject(`unknown format "${truncate(raw.format, 40)}" (expected one of: ${FORMAT_NAMES.join(', ')})`);
    format = read;
  }

  let language = ctx.defaultLanguage;
  if (raw.language?.trim()) {
    const read = readLanguage(raw.language);
    if (!read) return reject(`unknown language "${truncate(raw.language, 20)}" (expected a code such as en or fr)`);
    language = read;
  }

  const stages: Stage[] = [];
  const pack = ctx.pack;
  for (const word of cleanTags(raw.stages ?? pack?.stages)) {
    const stage = readStage(word);
    if (!stage) return reject(`unknown stage "${word}" (expected: ${STAGE_NAMES.join(', ')})`);
    if (!stages.includes(stage)) stages.push(stage);
  }

  const captions: Caption[] = [];
  for (const caption of raw.captions ?? []) {
    const text = caption.text
      .slice(0, LIMITS.caption * 4)
      .trim()
      .slice(0, LIMITS.caption);
    if (!text) continue;
    const captionLanguage = caption.language?.trim() ? readLanguage(caption.language) : language;
    if (!captionLanguage) return reject(`unknown caption language "${truncate(caption.language ?? '', 20)}"`);
    captions.push({ language: captionLanguage, text });
    if (captions.length === LIMITS.captions) break;
  }

  const expiresAt = parseDate(raw.expiresAt);
  if (raw.expiresAt?.trim() && expiresAt === null) return reject(`unreadable expiry date "${truncate(raw.expiresAt, 40)}"`);

  const summary = raw.summary
    ? truncate(raw.summaryIsHtml ? htmlToText(raw.summary, LIMITS.summary) : squashUpTo(raw.summary, LIMITS.summary), LIMITS.summary)
    : '';

  // A date a feed garbled is treated as missing: the item is still worth having.
  const publishedAt = parseDate(raw.publishedAt);
  const item: ContentItem = {
    id: stableId(url),
    url,
    title,
    summary,
    format,
    language,
    topics: cleanTags(raw.topics),
    personas: cleanTags(raw.personas ?? pack?.personas),
    stages,
    captions,
    publishedAt,
    expiresAt,
    freshAt: publishedAt ?? ctx.now,
    sourceId: ctx.sourceId,
    example: ctx.example ?? false,
    addedAt: ctx.now,
    updatedAt: ctx.now,
    curatedAt: null,
  };
  if (pack) item.pack = { id: pack.id, name: pack.name, version: pack.version };
  return { ok: true, item };
}

export interface Prepared {
  items: ContentItem[];
  rejected: Rejection[];
}

/** Normalises a parsed file; the same article twice in one file is kept once (the first). */
export function prepareItems(parsed: ParsedFile, ctx: Omit<NormalizeContext, 'defaultLanguage'> & { defaultLanguage: string }): Prepared {
  const defaultLanguage = (parsed.language && readLanguage(parsed.language)) || ctx.defaultLanguage;
  const items = new Map<string, ContentItem>();
  const rejected: Rejection[] = [...parsed.rejected];
  for (const raw of parsed.items) {
    const result = normalizeItem(raw, { ...ctx, defaultLanguage, pack: parsed.pack });
    if (!result.ok) rejected.push(result.rejection);
    else if (!items.has(result.item.url)) items.set(result.item.url, result.item);
  }
  return { items: [...items.values()], rejected };
}
