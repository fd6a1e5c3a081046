// Sharing an item with a prospect: the picker's context, the text to insert, the log of it.
import * as v from 'valibot';
import { Id, LanguageCode, LinkedInUrl, PersonName, ProfileId, upTo } from '../../domain/fields';
import { CAPTIONS_MAX, URL_MAX, CHANNELS, SHARE_CHANNELS, type ProspectStage } from '../../domain/model';
import type { TemplateVariable } from '../../domain/library/template';
import { answer, entry } from './spec';
import { REBUILD, TOUCHES_NONE, touchesPeople } from './touch';

export interface ShareText {
  /** The caption, its variables filled. */
  caption: string;
  link: string;
  /**
   * What goes into the composer: the user's message frame (messages only), the caption and
   * the link, a blank line between them. Empty when `missing` is not.
   */
  text: string;
  captionIndex: number | null;
  /**
   * Variables the text needs that are unknown for this person and have no fallback: the share
   * is refused (`text` is empty), never inserted with a raw `{firstName}`.
   */
  missing: TemplateVariable[];
}

export interface ShareContext {
  prospect: { name: string; stage: ProspectStage; persona: string; doNotContact: boolean } | null;
  sentContentIds: string[];
  /** Saturation guard: what the picker warns about before inserting (advice, not a block). */
  guard: { recentShares: number; max: number; days: number; unansweredInARow: number };
}

export const SHARING_REQUESTS = {
  'share.context': {
    payload: v.strictObject({ prospectId: v.nullable(ProfileId), personName: v.optional(PersonName) }),
    // What the person received and the guard's advice: the side panel's, never LinkedIn's page's.
    senders: ['extension-page'],
    // The guard's limits are settings.
    reads: ['prospects', 'interactions', 'content', 'settings'],
    writes: [],
    answer: answer<ShareContext>(),
  },
  'share.prepare': {
    // Where the link goes decides whether it carries the rep id; unsaid: 'other'. Also asked
    // for the picker's preview of the highlighted item: the preview is what would be inserted.
    payload: v.strictObject({
      contentId: Id,
      prospectId: v.nullable(ProfileId),
      /** The name the conversation shows: fills the templates when no tracked record does. */
      personName: v.optional(PersonName),
      channel: v.optional(v.picklist(CHANNELS), 'other'),
      /** Put the user's message frame first (messages only); false when the composer already holds their words. */
      frame: v.optional(v.boolean(), true),
      /** The caption the user chose (the picker's ‹ ›); unsaid: the least recently used one in `language`. */
      captionIndex: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(CAPTIONS_MAX - 1))),
      /** The language to propose a caption in; unsaid: the interface's, then the item's own. */
      language: v.optional(LanguageCode),
    }),
    senders: ['extension-page', 'linkedin-content'],
    // The item and its pack, the link's settings, the captions the last shares used, the person's record.
    reads: ['content', 'sources', 'settings', 'interactions', 'prospects'],
    writes: [],
    answer: answer<ShareText>(),
  },
  'share.log': entry({
    payload: v.strictObject({
      contentId: Id,
      prospectId: v.nullable(ProfileId),
      /** Only when prospectId is null: the name the conversation shows. */
      personName: v.optional(PersonName),
      channel: v.picklist(SHARE_CHANNELS),
      pageUrl: LinkedInUrl,
      link: v.pipe(v.string(), v.url(), v.maxLength(URL_MAX)),
      captionIndex: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    senders: ['linkedin-content'],
    reads: [],
    writes: ['interactions'],
    // A draft or a public post: never counted until confirmed sent.
    touches: () => TOUCHES_NONE,
    answer: answer<{ id: number }>(),
  }),
  'share.confirmSent': entry({
    payload: v.pipe(
      v.strictObject({
        prospectId: v.nullable(ProfileId),
        personName: v.optional(PersonName),
        links: v.pipe(v.array(upTo(URL_MAX)), v.maxLength(100)),
      }),
      // Naming no one would confirm the drafts of anyone (issue 24): a conversation is with someone.
      v.check((payload) => payload.prospectId !== null || payload.personName !== undefined, 'a profile or a name'),
    ),
    senders: ['linkedin-content'],
    reads: [],
    writes: ['interactions', 'prospects'],
    touches: ({ prospectId, personName }, { confirmed }) => {
      if (confirmed === 0) return TOUCHES_NONE;
      if (prospectId !== null) return touchesPeople(prospectId);
      // By name: drafts of the namesakes (and of no one, given to the one of that name) became sent.
      // Neither id nor name (the schema refuses it): any recent draft with the link may have been confirmed.
      return personName !== undefined ? { kind: 'people', ids: [], name: personName } : REBUILD;
    },
    answer: answer<{ confirmed: number }>(),
  }),
} as const;
