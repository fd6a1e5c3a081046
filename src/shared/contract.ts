// The one contract between the background and everything that talks to it. Each request
// names its payload schema (checked at runtime, in the background) and who may send it;
// `Answers` gives its answer type. Nothing crosses the boundary untyped.
import * as v from 'valibot';
import { CONTENT_FORMATS, STAGES, type ContentItem, type Interaction, type Prospect, type ProspectStage, type Source } from './model';
import type { Rejection } from './library/raw-item';
import type { Insights } from './metrics';
import { PERSON_NAME_MAX } from './person-names';
import { PROFILE_ID } from './profile-ids';

export const SENDER_KINDS = ['extension-page', 'linkedin-content'] as const;
/** extension-page: popup and dashboard. linkedin-content: our content script, top frame of www.linkedin.com. */
export type SenderKind = (typeof SENDER_KINDS)[number];

export const PAGE_KINDS = ['feed', 'messaging', 'profile', 'other'] as const;

/** How many people each of the popup's lists (due, awaiting) shows. */
export const TODAY_LIST_LENGTH = 5;
export type PageKind = (typeof PAGE_KINDS)[number];

/** mounted: found its place; no-anchor: nothing to attach to (yet); quiet: off by the user's choice. */
export const FEATURE_STATES = ['mounted', 'no-anchor', 'quiet'] as const;
export type FeatureState = (typeof FEATURE_STATES)[number];

/**
 * The parts of a LinkedIn page a reader looked for and did not find, named to the user by the
 * popup's health line ("profile headline not found"): a feature can mount and still miss one.
 */
export const READER_PARTS = ['profile-name', 'profile-headline', 'profile-actions', 'message-composer', 'conversation-partner'] as const;
export type ReaderPart = (typeof READER_PARTS)[number];

export const STORE_NAMES = ['content', 'sources', 'prospects', 'interactions', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

// Marked side-effect free so bundles that only need the contract's types and constants (the
// content script) leave valibot out.
const shortText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

const utmValue = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(shortText(max), v.regex(/^[A-Za-z0-9_.-]*$/, 'letters, digits, ., - and _ only'));

/**
 * Where a shared link goes: a private message, a public post, a public comment, or anywhere the
 * user pastes it (the popup's copy buttons). The rep id is added only for the channels chosen.
 */
export const LINK_CHANNELS = ['message', 'post', 'comment', 'other'] as const;
export type LinkChannel = (typeof LINK_CHANNELS)[number];

export const SettingsSchema = v.strictObject({
  /** The salesperson's own short id, carried (in `repParam`) by links shared in `repIdChannels`. */
  repId: v.pipe(shortText(32), v.regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, - and _ only')),
  /**
   * The channels whose links carry the rep id. Public posts and comments are fetched by
   * link-preview crawlers and read by anyone: by default only private messages carry it.
   */
  repIdChannels: v.pipe(v.array(v.picklist(LINK_CHANNELS)), v.maxLength(LINK_CHANNELS.length)),
  /** utm_campaign of every link shared. */
  campaign: utmValue(64),
  /** Whether shared links get UTM parameters at all. */
  utmEnabled: v.boolean(),
  utmSource: utmValue(64),
  utmMedium: utmValue(64),
  /** The query parameter that carries repId (utm_term unless the company's analytics wants another). */
  repParam: v.pipe(shortText(32), v.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a parameter name: letters, digits and _')),
  /** How often feeds are fetched again, in minutes (15 minutes to a week). */
  feedSyncMinutes: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(10080)),
  /** Nothing is added to LinkedIn's pages: sharing is done from the popup. */
  quietMode: v.boolean(),
  /** Keep the first 140 characters of each reply (off: replies are recorded without text). */
  keepReplyText: v.boolean(),
  /** A prospect whose last share got no reply for this many days is "awaiting reply". */
  awaitingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  /** Saturation guard: warn past this many shares to one person within saturationDays. */
  saturationMax: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
  saturationDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  /** CSV exports: "," or ";" (European Excel), with or without a UTF-8 BOM. */
  csvSeparator: v.picklist([',', ';']),
  csvBom: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  repId: '',
  repIdChannels: ['message'],
  campaign: '',
  utmEnabled: true,
  utmSource: 'linkedin',
  utmMedium: 'social-selling',
  repParam: 'utm_term',
  feedSyncMinutes: 360,
  quietMode: false,
  keepReplyText: false,
  awaitingDays: 5,
  saturationMax: 2,
  saturationDays: 7,
  csvSeparator: ',',
  csvBom: true,
};

export interface PageHealth {
  page: PageKind;
  features: Record<string, FeatureState>;
  /** What the readers missed on this page, each once. */
  missing: ReaderPart[];
  at: number;
}

const Empty = v.strictObject({});
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(20));
const Languages = v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))), v.maxLength(20));

export const SearchSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(200)),
  stages: v.optional(v.array(v.picklist(STAGES))),
  personas: v.optional(Tags),
  formats: v.optional(v.array(v.picklist(CONTENT_FORMATS))),
  languages: v.optional(Languages),
  includeExpired: v.optional(v.boolean()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** What the dashboard may change of an item by hand. */
export const ItemPatchSchema = v.strictObject({
  title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300))),
  summary: v.optional(v.pipe(v.string(), v.maxLength(600))),
  format: v.optional(v.picklist(CONTENT_FORMATS)),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  topics: v.optional(Tags),
  personas: v.optional(Tags),
  stages: v.optional(v.array(v.picklist(STAGES))),
  captions: v.optional(
    v.pipe(
      v.array(v.strictObject({ language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)), text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1300)) })),
      v.maxLength(12),
    ),
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
}

const ProspectStageSchema = v.picklist([...STAGES, 'lost']);
const ProfileId = v.pipe(v.string(), v.regex(PROFILE_ID, 'a profile path such as /in/jane-doe'));
/**
 * The person's name as a conversation shows it, when it does not link their profile: the
 * background credits it to the one tracked prospect of that name, if there is exactly one.
 */
const PersonName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(PERSON_NAME_MAX));
const LinkedInUrl = v.pipe(v.string(), v.maxLength(2000), v.regex(/^https:\/\/www\.linkedin\.com\//, 'a www.linkedin.com address'));


export const ProspectQuerySchema = v.strictObject({
  text: v.optional(v.pipe(v.string(), v.maxLength(100))),
  awaiting: v.optional(v.boolean()),
  due: v.optional(v.boolean()),
  stage: v.optional(ProspectStageSchema),
  persona: v.optional(v.pipe(v.string(), v.maxLength(60))),
  tag: v.optional(v.pipe(v.string(), v.maxLength(60))),
});
export type ProspectQuery = v.InferOutput<typeof ProspectQuerySchema>;

export const ProspectPatchSchema = v.strictObject({
  name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
  headline: v.optional(v.pipe(v.string(), v.maxLength(300))),
  company: v.optional(v.pipe(v.string(), v.maxLength(120))),
  persona: v.optional(v.pipe(v.string(), v.maxLength(60))),
  stage: v.optional(ProspectStageSchema),
  tags: v.optional(Tags),
  notes: v.optional(v.pipe(v.string(), v.maxLength(5000))),
  nextFollowUp: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
});
export type ProspectPatch = v.InferOutput<typeof ProspectPatchSchema>;

const NewProspectSchema = v.strictObject({
  profilePath: ProfileId,
  memberId: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^ACoA[A-Za-z0-9_-]{10,}$/)))),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  headline: v.pipe(v.string(), v.maxLength(300)),
  company: v.pipe(v.string(), v.maxLength(120)),
  location: v.optional(v.pipe(v.string(), v.maxLength(120))),
});

export interface ActivityEntry {
  interaction: Interaction;
  contentTitle: string | null;
  prospectName: string | null;
}

export const MANUAL_KINDS = ['note', 'call', 'meeting', 'email'] as const;

export const LogFilterSchema = v.strictObject({
  from: v.optional(v.pipe(v.number(), v.integer())),
  to: v.optional(v.pipe(v.number(), v.integer())),
  kind: v.optional(v.picklist(['shared', 'posted', 'replied', 'stage', ...MANUAL_KINDS])),
  prospectId: v.optional(ProfileId),
  contentId: v.optional(Id),
  stage: v.optional(ProspectStageSchema),
});
export type LogFilter = v.InferOutput<typeof LogFilterSchema>;

/** Where a page of the log stops: the next page starts after it (newest first). */
const LogCursorSchema = v.nullable(v.strictObject({ at: v.number(), id: v.pipe(v.number(), v.integer()) }));
export type LogCursor = v.InferOutput<typeof LogCursorSchema>;

export interface LogEntry extends ActivityEntry {
  /** The prospect's stage when it happened. */
  stage: ProspectStage | null;
}

export interface ShareText {
  caption: string;
  link: string;
  /** Caption, blank line, link: what goes into the composer. */
  text: string;
  captionIndex: number | null;
}

export interface LibraryHit {
  item: ContentItem;
  /** The link to share: canonical URL with the UTM parameters of the settings. */
  link: string;
}
const FeatureName = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/));

export interface RequestSpec {
  payload: v.GenericSchema;
  senders: readonly SenderKind[];
}

export const REQUESTS = {
  'app.ping': { payload: Empty, senders: ['extension-page'] },
  'settings.get': { payload: Empty, senders: ['extension-page'] },
  'settings.update': { payload: v.strictObject({ settings: v.partial(SettingsSchema) }), senders: ['extension-page'] },
  'db.stats': { payload: Empty, senders: ['extension-page'] },
  'page.report': {
    payload: v.strictObject({
      page: v.picklist(PAGE_KINDS),
      features: v.pipe(v.record(FeatureName, v.picklist(FEATURE_STATES)), v.maxEntries(32)),
      missing: v.optional(v.pipe(v.array(v.picklist(READER_PARTS)), v.maxLength(READER_PARTS.length)), []),
    }),
    senders: ['linkedin-content'],
  },
  'page.health': {
    payload: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    senders: ['extension-page'],
  },
  // The picker inside LinkedIn (issue 4) searches too; nothing else of the library is open to it.
  'library.search': { payload: SearchSchema, senders: ['extension-page', 'linkedin-content'] },
  'library.facets': { payload: Empty, senders: ['extension-page'] },
  'library.get': { payload: v.strictObject({ id: Id }), senders: ['extension-page'] },
  'library.update': { payload: v.strictObject({ id: Id, patch: ItemPatchSchema }), senders: ['extension-page'] },
  'library.delete': { payload: v.strictObject({ id: Id }), senders: ['extension-page'] },
  'library.importFile': {
    payload: v.strictObject({
      fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
      // 40 MB of text: larger than any real export, small enough for one message.
      text: v.pipe(v.string(), v.maxLength(40_000_000)),
    }),
    senders: ['extension-page'],
  },
  'library.addFeed': { payload: v.strictObject({ url: v.pipe(v.string(), v.maxLength(2000)) }), senders: ['extension-page'] },
  'library.sources': { payload: Empty, senders: ['extension-page'] },
  'library.syncSource': { payload: v.strictObject({ id: Id }), senders: ['extension-page'] },
  'library.removeSource': { payload: v.strictObject({ id: Id }), senders: ['extension-page'] },
  'library.removeExamples': { payload: Empty, senders: ['extension-page'] },
  'library.restoreExamples': { payload: Empty, senders: ['extension-page'] },
  // What the content script needs to know before it adds anything to the page.
  'content.config': { payload: Empty, senders: ['linkedin-content'] },
  'share.context': { payload: v.strictObject({ prospectId: v.nullable(ProfileId), personName: v.optional(PersonName) }), senders: ['extension-page', 'linkedin-content'] },
  'share.prepare': {
    // Where the link goes decides whether it carries the rep id; unsaid: 'other'.
    payload: v.strictObject({ contentId: Id, prospectId: v.nullable(ProfileId), channel: v.optional(v.picklist(LINK_CHANNELS), 'other') }),
    senders: ['extension-page', 'linkedin-content'],
  },
  'share.log': {
    payload: v.strictObject({
      contentId: Id,
      prospectId: v.nullable(ProfileId),
      /** Only when prospectId is null: the name the conversation shows. */
      personName: v.optional(PersonName),
      channel: v.picklist(['message', 'post', 'comment']),
      pageUrl: LinkedInUrl,
      link: v.pipe(v.string(), v.url(), v.maxLength(2000)),
      captionIndex: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    senders: ['linkedin-content'],
  },
  'share.confirmSent': {
    payload: v.strictObject({ prospectId: v.nullable(ProfileId), personName: v.optional(PersonName), links: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2000))), v.maxLength(100)) }),
    senders: ['linkedin-content'],
  },
  'activity.recent': { payload: v.strictObject({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)) }), senders: ['extension-page'] },
  // From a profile page (the "Track" button) or by hand in the dashboard.
  'activity.page': {
    payload: v.strictObject({ filter: LogFilterSchema, before: LogCursorSchema, limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)) }),
    senders: ['extension-page'],
  },
  // The CSV comes in chunks, so neither side ever holds one giant string.
  'activity.exportChunk': {
    payload: v.strictObject({
      filter: LogFilterSchema,
      after: LogCursorSchema,
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
      /** Names one export across its chunks, so the background reads prospects and titles once. */
      exportId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    }),
    senders: ['extension-page'],
  },
  'activity.add': {
    payload: v.strictObject({
      kind: v.picklist(MANUAL_KINDS),
      prospectId: v.nullable(ProfileId),
      note: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000)),
      at: v.optional(v.pipe(v.number(), v.integer())),
    }),
    senders: ['extension-page'],
  },
  'insights.compute': { payload: Empty, senders: ['extension-page'] },
  // A LinkedIn page can neither read the whole database nor overwrite it.
  'backup.export': { payload: Empty, senders: ['extension-page'] },
  'backup.import': {
    payload: v.strictObject({ text: v.pipe(v.string(), v.maxLength(60_000_000)), mode: v.picklist(['merge', 'replace']) }),
    senders: ['extension-page'],
  },
  // A share logged with a name only is given its prospect by the user, never by the page.
  'activity.linkPerson': {
    payload: v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)), prospectId: ProfileId }),
    senders: ['extension-page'],
  },
  'activity.setNote': { payload: v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)), note: v.pipe(v.string(), v.maxLength(5000)) }), senders: ['extension-page'] },
  // One entry out of the log, by the user in Activity (a forged reply, a mistake); never by a page.
  'activity.delete': { payload: v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)) }), senders: ['extension-page'] },
  'prospects.add': { payload: NewProspectSchema, senders: ['extension-page', 'linkedin-content'] },
  // The profile button shows whether the person is tracked; nothing else about prospects reaches LinkedIn.
  'prospects.status': { payload: v.strictObject({ id: ProfileId }), senders: ['linkedin-content'] },
  // A click on "Tracked" opens the person's record in the dashboard.
  'prospects.open': { payload: v.strictObject({ id: ProfileId }), senders: ['linkedin-content', 'extension-page'] },
  'prospects.get': { payload: v.strictObject({ id: ProfileId }), senders: ['extension-page'] },
  'prospects.list': { payload: ProspectQuerySchema, senders: ['extension-page'] },
  'prospects.update': { payload: v.strictObject({ id: ProfileId, patch: ProspectPatchSchema }), senders: ['extension-page'] },
  'prospects.erase': { payload: v.strictObject({ id: ProfileId }), senders: ['extension-page'] },
  'prospects.timeline': { payload: v.strictObject({ id: ProfileId }), senders: ['extension-page'] },
  'prospects.today': { payload: Empty, senders: ['extension-page'] },
  'replies.record': {
    payload: v.pipe(
      v.strictObject({
        /** The profile when the conversation links it; otherwise null and the name it shows. */
        prospectId: v.nullable(ProfileId),
        personName: v.optional(PersonName),
        pageUrl: LinkedInUrl,
        replies: v.pipe(
          v.array(v.strictObject({ externalId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)), text: v.pipe(v.string(), v.maxLength(2000)) })),
          v.maxLength(200),
        ),
      }),
      v.check((payload) => payload.prospectId !== null || payload.personName !== undefined, 'a profile or a name'),
    ),
    senders: ['linkedin-content'],
  },
} as const satisfies Record<string, RequestSpec>;

export type RequestType = keyof typeof REQUESTS;
/** What a caller writes. */
export type PayloadIn<K extends RequestType> = v.InferInput<(typeof REQUESTS)[K]['payload']>;
/** What a handler receives, after the schema has checked and trimmed it. */
export type Payload<K extends RequestType> = v.InferOutput<(typeof REQUESTS)[K]['payload']>;

export interface Answers {
  'app.ping': { version: string; schemaVersion: number };
  'settings.get': Settings;
  'settings.update': Settings;
  'db.stats': { schemaVersion: number; counts: Record<StoreName, number> };
  'page.report': { recorded: true };
  'page.health': PageHealth | null;
  /** total is null when not counted (the freshest items served before the index is built). */
  'library.search': { hits: LibraryHit[]; total: number | null };
  'library.facets': { personas: string[]; topics: string[]; languages: string[] };
  'library.get': ContentItem | null;
  'library.update': ContentItem;
  'library.delete': { deleted: boolean };
  'library.importFile': ImportReport;
  'library.addFeed': ImportReport;
  'library.sources': Source[];
  'library.syncSource': ImportReport;
  'library.removeSource': { deletedItems: number };
  'library.removeExamples': { deletedItems: number };
  'library.restoreExamples': ImportReport;
  'content.config': { quietMode: boolean; keepReplyText: boolean };
  'share.context': {
    prospect: { name: string; stage: ProspectStage; persona: string } | null;
    sentContentIds: string[];
    /** Saturation guard: what the picker warns about before inserting (advice, not a block). */
    guard: { recentShares: number; max: number; days: number; unansweredInARow: number };
  };
  'share.prepare': ShareText;
  'share.log': { id: number };
  'share.confirmSent': { confirmed: number };
  'activity.recent': { entries: ActivityEntry[] };
  'activity.page': { entries: LogEntry[]; next: LogCursor };
  /** Oldest first; `text` starts with the BOM and header when `after` was null. */
  'activity.exportChunk': { text: string; next: LogCursor };
  'activity.add': { id: number };
  'activity.setNote': Interaction;
  /** How many entries now name the prospect: the one asked for and the others of the same name without a prospect. */
  'activity.linkPerson': { linked: number };
  /** The prospect the entry named, with lastReplyAt / lastContactAt recomputed from the remaining log; null if none. */
  'activity.delete': { deleted: true; prospect: Prospect | null };
  'insights.compute': { insights: Insights; titles: Record<string, string> };
  'backup.export': { text: string };
  /** settingsKept: settings whose value in the file was refused, or would have turned on keepReplyText; each kept its current value. */
  'backup.import': { restored: Record<string, number>; settingsKept: (keyof Settings)[] };
  'prospects.add': { prospect: Prospect; created: boolean };
  'prospects.status': { tracked: boolean; stage: ProspectStage | null };
  'prospects.open': { opened: true };
  'prospects.get': Prospect | null;
  'prospects.list': Prospect[];
  'prospects.update': Prospect;
  'prospects.erase': { deletedInteractions: number };
  'prospects.timeline': Interaction[];
  'prospects.today': { due: Prospect[]; awaiting: Prospect[] };
  'replies.record': { recorded: number };
}

// Fails to compile when a request has no answer type or an answer has no request.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractIsComplete: Same<RequestType, keyof Answers> = true;
void contractIsComplete;

export interface Request<K extends RequestType = RequestType> {
  type: K;
  payload: PayloadIn<K>;
}

/** storage-full: the browser refused a write for lack of room (QuotaExceededError); nothing was written. */
export const ERROR_CODES = ['unknown-request', 'unauthorised', 'malformed', 'failed', 'no-answer', 'storage-full'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(REQUESTS, type);
}

/** Shape check of an answer received over the wire (the value itself is the background's word). */
export function isAnswer(raw: unknown): raw is Answer<unknown> {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) return false;
  if (raw.ok === true) return 'value' in raw;
  if (raw.ok !== false || !('error' in raw)) return false;
  const error = raw.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (ERROR_CODES as readonly unknown[]).includes(error.code) &&
    'message' in error &&
    typeof error.message === 'string'
  );
}
