// The content library: search, edits, imports and feed sources.
import * as v from 'valibot';
import { Empty, Id, LanguageCode, Languages, Tags, requiredText, upTo } from '../../domain/fields';
import type { Rejection } from '../../domain/library/raw-item';
import {
  CONTENT_FORMATS,
  CAPTIONS_MAX,
  CAPTION_MAX,
  ITEM_SUMMARY_MAX,
  ITEM_TITLE_MAX,
  URL_MAX,
  STAGES,
  type ContentItem,
  type Source,
} from '../../domain/model';
import { answer } from './spec';

export const SearchSchema = v.strictObject({
  text: upTo(200),
  stages: v.optional(v.array(v.picklist(STAGES))),
  personas: v.optional(Tags),
  formats: v.optional(v.array(v.picklist(CONTENT_FORMATS))),
  languages: v.optional(Languages),
  includeExpired: v.optional(v.boolean()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /**
   * With no text: the user's favourites first, then the items they shared lately (to anyone),
   * then the freshest. The picker asks it; lists that must stay put (the dashboard's, where a
   * star would move the item under the pointer) and the panel's recommendations do not.
   */
  favouritesFirst: v.optional(v.boolean()),
});

/** What the dashboard may change of an item by hand. */
export const ItemPatchSchema = v.strictObject({
  title: v.optional(requiredText(ITEM_TITLE_MAX)),
  summary: v.optional(upTo(ITEM_SUMMARY_MAX)),
  format: v.optional(v.picklist(CONTENT_FORMATS)),
  language: v.optional(LanguageCode),
  topics: v.optional(Tags),
  personas: v.optional(Tags),
  stages: v.optional(v.array(v.picklist(STAGES))),
  captions: v.optional(
    v.pipe(v.array(v.strictObject({ language: LanguageCode, text: requiredText(CAPTION_MAX) })), v.maxLength(CAPTIONS_MAX)),
  ),
  expiresAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
});
export type ItemPatch = v.InferOutput<typeof ItemPatchSchema>;

/** The outcome of an import or a feed sync, shown to the user. */
export interface ImportReport {
  sourceId: string | null;
  label: string;
  added: number;
  updated: number;
  unchanged: number;
  /** The first rejections (each names its line or item and the reason). */
  rejected: Rejection[];
  rejectedCount: number;
  /** Why nothing was imported at all; null when the file or feed could be read. */
  error: string | null;
  notModified: boolean;
  /** The feed is fetched over http, not https: anyone on the network path can read or change it. */
  insecure: boolean;
  /** What the file holds that Nurture does not read (fields of our JSON, CSV columns): left out. */
  ignored: string[];
}

export interface LibraryHit {
  item: ContentItem;
  /** The link to share: canonical URL with the UTM parameters of the settings. */
  link: string;
  /** When the item's pack expires (null: never); present only for an item of a pack. */
  packExpiresAt?: number | null;
}

const ById = v.strictObject({ id: Id });
const CONTENT_AND_SOURCES = ['content', 'sources'] as const;

export const LIBRARY_REQUESTS = {
  // The picker inside LinkedIn (issue 4) searches too; nothing else of the library is open to it.
  /** total is null when not counted (the freshest items served before the index is built). */
  // Hits carry links tagged with the settings' UTM parameters.
  'library.search': {
    payload: SearchSchema,
    senders: ['extension-page', 'linkedin-content'],
    reads: ['content', 'settings'],
    writes: [],
    answer: answer<{ hits: LibraryHit[]; total: number | null }>(),
  },
  'library.facets': {
    payload: Empty,
    senders: ['extension-page'],
    reads: ['content'],
    writes: [],
    answer: answer<{ personas: string[]; topics: string[]; languages: string[] }>(),
  },
  'library.get': { payload: ById, senders: ['extension-page'], reads: ['content'], writes: [], answer: answer<ContentItem | null>() },
  'library.update': {
    payload: v.strictObject({ id: Id, patch: ItemPatchSchema }),
    senders: ['extension-page'],
    reads: [],
    writes: ['content'],
    answer: answer<ContentItem>(),
  },
  'library.delete': { payload: ById, senders: ['extension-page'], reads: [], writes: ['content'], answer: answer<{ deleted: boolean }>() },
  // The star is set in the dashboard only: LinkedIn's page may not change what the picker lists first.
  'library.favourite': {
    payload: v.strictObject({ id: Id, favourite: v.boolean() }),
    senders: ['extension-page'],
    reads: [],
    writes: ['content'],
    answer: answer<ContentItem>(),
  },
  'library.importFile': {
    payload: v.strictObject({
      fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
      // 40 MB of text: larger than any real export, small enough for one message.
      text: upTo(40_000_000),
    }),
    senders: ['extension-page'],
    reads: [],
    writes: CONTENT_AND_SOURCES,
    answer: answer<ImportReport>(),
  },
  'library.addFeed': {
    payload: v.strictObject({ url: upTo(URL_MAX) }),
    senders: ['extension-page'],
    reads: [],
    writes: CONTENT_AND_SOURCES,
    answer: answer<ImportReport>(),
  },
  'library.sources': { payload: Empty, senders: ['extension-page'], reads: ['sources'], writes: [], answer: answer<Source[]>() },
  'library.syncSource': {
    payload: ById,
    senders: ['extension-page'],
    reads: [],
    writes: CONTENT_AND_SOURCES,
    answer: answer<ImportReport>(),
  },
  'library.removeSource': {
    payload: ById,
    senders: ['extension-page'],
    reads: [],
    writes: CONTENT_AND_SOURCES,
    answer: answer<{ deletedItems: number }>(),
  },
  'library.removeExamples': {
    payload: Empty,
    senders: ['extension-page'],
    reads: [],
    writes: CONTENT_AND_SOURCES,
    answer: answer<{ deletedItems: number }>(),
  },
  'library.restoreExamples': {
    payload: Empty,
    senders: ['extension-page'],
    reads: [],
    writes: CONTENT_AND_SOURCES,
    answer: answer<ImportReport>(),
  },
} as const;
