// The records Nurture keeps. Shared by the background (which stores them) and the pages
// (which show them); no browser API here.
import type { ReplyClass } from './replies/types';

// Each vocabulary and each field limit is written once, here: the request schemas
// (src/contract/requests/), the backup format and the screens all take them from this file.

export const STAGES = ['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'] as const;
export type Stage = (typeof STAGES)[number];
/** A prospect can also drop out of the journey. */
export const PROSPECT_STAGES = [...STAGES, 'lost'] as const;
export type ProspectStage = (typeof PROSPECT_STAGES)[number];

/** What the user logs by hand in Activity. */
export const MANUAL_KINDS = ['note', 'call', 'meeting', 'email'] as const;
export type ManualKind = (typeof MANUAL_KINDS)[number];
/** Every kind of entry in the log: what the extension records, then what the user adds. */
export const INTERACTION_KINDS = ['shared', 'posted', 'replied', 'stage', ...MANUAL_KINDS] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/**
 * Where a shared link goes: a private message, a public post, a public comment, or anywhere the
 * user pastes it (the popup's copy buttons). The rep id is added only for the channels chosen.
 */
export const LINK_CHANNELS = ['message', 'post', 'comment', 'other'] as const;
export type LinkChannel = (typeof LINK_CHANNELS)[number];
/**
 * Every channel an entry of the log can carry: the link channels and Sales Navigator's InMail.
 * InMail is a private message to one person, so it has no rep-id choice of its own: its links
 * follow the message channel's (see repIdChannelOf), and a user's earlier choice carries over.
 */
export const CHANNELS = [...LINK_CHANNELS, 'inmail'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Where a share can be logged from LinkedIn (the composer it was inserted into). */
export const SHARE_CHANNELS = ['message', 'inmail', 'post', 'comment'] as const satisfies readonly Channel[];
/** The rep-id setting a channel follows. */
export const repIdChannelOf = (channel: Channel): LinkChannel => (channel === 'inmail' ? 'message' : channel);
/** Channels that speak to one person: their templates are filled with that person's names. */
export const toPerson = (channel: Channel): boolean => channel === 'message' || channel === 'inmail' || channel === 'other';

export const SOURCE_KINDS = ['rss', 'atom', 'json-feed', 'json', 'csv', 'starter'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

// The longest text each field takes (in characters), checked where a request brings it in.
// Plain constants, not an object: a bundle that reads none of them drops them.
export const PROSPECT_NAME_MAX = 120;
export const HEADLINE_MAX = 300;
export const COMPANY_MAX = 120;
export const LOCATION_MAX = 120;
export const PERSONA_MAX = 60;
export const TAG_MAX = 60;
/** How many tags (or topics, personas) one record carries. */
export const TAGS_MAX = 20;
export const NOTES_MAX = 5000;
export const ITEM_TITLE_MAX = 300;
export const ITEM_SUMMARY_MAX = 600;
export const CAPTION_MAX = 1300;
/** How many caption variants one item carries. */
export const CAPTIONS_MAX = 12;
export const URL_MAX = 2000;

export const CONTENT_FORMATS = [
  'article',
  'white-paper',
  'case-study',
  'webinar',
  'video',
  'infographic',
  'blog-post',
  'third-party',
] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

export interface Caption {
  language: string;
  text: string;
}

/** A pack's identity as each of its items keeps it: shown in the library, keyed for the expiry. */
export interface PackRef {
  /** Lower-case, e.g. "acme-cfo-q3": the same pack re-imported (a new version) has the same id. */
  id: string;
  name: string;
  version: string;
}

/**
 * A team library pack, as the source that carries it keeps it (Source.pack): its items point to
 * it by id, so the pack's expiry applies to all of them at search time without rewriting any.
 */
export interface Pack extends PackRef {
  /** After it, the pack's items are hidden from search (unless asked for); null: never. */
  expiresAt: number | null;
  /** "Recommended for": given to each item that names no persona (stage) of its own. */
  personas: string[];
  stages: Stage[];
  /** utm_campaign of its items' links, instead of the settings' (docs/links.md). Absent: none. */
  campaign?: string;
  /** Its items' links go through this short-link pattern (src/domain/library/share-link.ts). Absent: none. */
  shortLink?: string;
}

export const PACK_ID_MAX = 64;
export const PACK_NAME_MAX = 120;
export const PACK_VERSION_MAX = 40;

export interface ContentItem {
  id: string;
  /** Canonical URL, tracking parameters stripped: unique in the store. */
  url: string;
  title: string;
  summary: string;
  format: ContentFormat;
  language: string;
  topics: string[];
  personas: string[];
  stages: Stage[];
  captions: Caption[];
  publishedAt: number | null;
  expiresAt: number | null;
  /** publishedAt, or when it was added if undated: what "freshest first" sorts on (indexed). */
  freshAt: number;
  /** The source it was imported from; null when added or edited by hand only. */
  sourceId: string | null;
  /** Part of the starter library shipped with the extension: removable in one click. */
  example: boolean;
  addedAt: number;
  updatedAt: number;
  /** Set when the user edits the item: later imports no longer overwrite what they curated. */
  curatedAt: number | null;
  /** The team pack it last came from (absent: none). Optional, so stored items need no migration. */
  pack?: PackRef;
  /** When the user starred it (absent: not a favourite): the picker lists favourites first. Optional: no migration. */
  favouriteAt?: number;
}

export interface SyncResult {
  at: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Why the last sync failed as a whole (nothing was changed then); null when it worked. */
  error: string | null;
  /** The server answered 304: nothing new since the last sync. */
  notModified: boolean;
}

export interface Source {
  id: string;
  kind: SourceKind;
  /** The feed's title or the file's name. */
  label: string;
  /** Feeds fetched by the background; null for files picked in the dashboard. */
  url: string | null;
  /** HTTP validators of the last answer, sent back so an unchanged feed costs a 304. */
  etag: string | null;
  lastModified: string | null;
  addedAt: number;
  lastSync: SyncResult | null;
  /** The pack the file or feed carried at its last import (absent: none). */
  pack?: Pack;
  /**
   * Named by the company's policy (src/domain/policy/managed-policy.ts): synced like any feed, never
   * removed by the user, removed when the policy drops it. Absent: the user's own.
   */
  managed?: boolean;
}

export interface Prospect {
  /** The normalised profile path, e.g. "/in/jane-doe", or a member URN until the slug is seen. */
  id: string;
  name: string;
  headline: string;
  company: string;
  persona: string;
  stage: ProspectStage;
  tags: string[];
  notes: string;
  nextFollowUp: number | null;
  createdAt: number;
  lastContactAt: number | null;
  lastReplyAt: number | null;
  /** Where the profile says they are ("Lyon, France"), when it shows it. */
  location?: string;
  /** LinkedIn's member id (ACoAA…), when a page showed it: merges a record made from it with the slug. */
  memberId?: string | null;
  /**
   * Sales Navigator's lead id (ACwAA…, the first part of urn:li:fs_salesProfile:(ACwAA…,NAME_SEARCH,…)
   * and of /sales/lead/ URLs), when a Sales Navigator page showed it: merges a record made from
   * it ("/in/ACwAA…", a path LinkedIn also answers) with the slug, like memberId.
   */
  salesLeadId?: string | null;
  /**
   * They asked not to be contacted (a reply classed `stop`, or the user's own word): shares to
   * them are refused with the reason, follow-ups cleared, and they are never "awaiting a reply".
   * The user can lift it.
   */
  doNotContact?: boolean;
}

/** Where a reply was seen: its conversation, or only its row in the conversation list. */
export const REPLY_SOURCES = ['thread', 'list'] as const;
export type ReplySource = (typeof REPLY_SOURCES)[number];

export interface Interaction {
  id?: number;
  at: number;
  kind: InteractionKind;
  prospectId: string | null;
  contentId: string | null;
  channel: Channel;
  /** The LinkedIn page it happened on. */
  url: string | null;
  /** LinkedIn's message id or a stable hash: unique, so logging a reply twice is a no-op. */
  externalId: string | null;
  note: string;
  stageFrom?: ProspectStage;
  stageTo?: ProspectStage;
  /**
   * A share inserted into a message is a 'draft' until the message carrying its link is seen
   * in the thread ('sent'). Drafts are never counted in metrics.
   */
  status?: 'draft' | 'sent';
  /** The tagged link that was inserted: how the sent message is recognised. */
  link?: string;
  /** Which caption variant was used, so the next share of the item proposes another. */
  captionIndex?: number | null;
  /** Posts go to the user's network; messages and comments to people. */
  audience?: 'network' | 'person';
  /**
   * The person's name as the conversation showed it, when it linked no profile and no single
   * tracked prospect bore that name (prospectId is then null): the user may link it later.
   */
  personName?: string;
  /** A reply's class, decided on the device from its text (which is kept only if the user chose so). */
  replyClass?: ReplyClass;
  /** Where a reply was seen (absent: in its conversation, before lists were read). */
  via?: ReplySource;
}
