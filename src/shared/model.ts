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
  sourceId: string | null;
  example: boolean;
}

export interface Source {
  id: string;
  kind: 'rss' | 'atom' | 'json-feed' | 'json' | 'csv' | 'starter';
  label: string;
  url: string | null;
  lastSync: { at: number; added: number; updated: number; rejected: number; error: string | null } | null;
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
  url: string | null;
  /** LinkedIn's message id or a stable hash: unique, so logging a reply twice is a no-op. */
  externalId: string | null;
  note: string;
  stageFrom?: ProspectStage;
  stageTo?: ProspectStage;
}
