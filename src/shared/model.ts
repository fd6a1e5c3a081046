// The records Nurture keeps. Shared by the background (which stores them) and the pages
// (which show them); no browser API here.

export const STAGES = ['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'] as const;
export type Stage = (typeof STAGES)[number];
/** A prospect can also drop out of the journey. */
export type ProspectStage = Stage | 'lost';

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
}

export type SourceKind = 'rss' | 'atom' | 'json-feed' | 'json' | 'csv' | 'starter';

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
}

export type InteractionKind = 'shared' | 'posted' | 'replied' | 'stage' | 'note' | 'call' | 'meeting' | 'email';
export type Channel = 'message' | 'post' | 'comment' | 'other';

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
}
