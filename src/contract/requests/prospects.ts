// The people the salesperson follows, and the replies read in their conversations.
import * as v from 'valibot';
import {
  Empty,
  LinkedInUrl,
  MemberId,
  PersonName,
  ProfileId,
  ProspectStageSchema,
  SalesLeadId,
  Tag,
  Tags,
  Notes,
  requiredText,
  upTo,
} from '../../domain/fields';
import {
  COMPANY_MAX,
  HEADLINE_MAX,
  LOCATION_MAX,
  PERSONA_MAX,
  PROSPECT_NAME_MAX,
  type Interaction,
  type Prospect,
} from '../../domain/model';
import { answer, entry } from './spec';
import { REBUILD, REBUILD_NOW, TOUCHES_NONE, touchesPeople } from './touch';
import type { ReplyClass } from '../../domain/replies/types';

/** How many people each of the popup's lists (due, awaiting) shows. */
export const TODAY_LIST_LENGTH = 5;

export const ProspectQuerySchema = v.strictObject({
  text: v.optional(upTo(100)),
  awaiting: v.optional(v.boolean()),
  due: v.optional(v.boolean()),
  stage: v.optional(ProspectStageSchema),
  persona: v.optional(upTo(PERSONA_MAX)),
  tag: v.optional(Tag),
});
export type ProspectQuery = v.InferOutput<typeof ProspectQuerySchema>;

export const ProspectPatchSchema = v.strictObject({
  name: v.optional(requiredText(PROSPECT_NAME_MAX)),
  headline: v.optional(upTo(HEADLINE_MAX)),
  company: v.optional(upTo(COMPANY_MAX)),
  persona: v.optional(upTo(PERSONA_MAX)),
  stage: v.optional(ProspectStageSchema),
  tags: v.optional(Tags),
  notes: v.optional(Notes),
  nextFollowUp: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  /** The user marks or lifts "do not contact" (a reply asking to stop marks it by itself). */
  doNotContact: v.optional(v.boolean()),
});
export type ProspectPatch = v.InferOutput<typeof ProspectPatchSchema>;

const NewProspectSchema = v.strictObject({
  profilePath: ProfileId,
  memberId: v.optional(v.nullable(MemberId)),
  salesLeadId: v.optional(v.nullable(SalesLeadId)),
  name: requiredText(PROSPECT_NAME_MAX),
  headline: upTo(HEADLINE_MAX),
  company: upTo(COMPANY_MAX),
  location: v.optional(upTo(LOCATION_MAX)),
});

const ById = v.strictObject({ id: ProfileId });
const FindSchema = v.pipe(
  v.strictObject({
    profilePath: v.nullable(ProfileId),
    memberId: v.optional(v.nullable(MemberId)),
    salesLeadId: v.optional(v.nullable(SalesLeadId)),
    name: v.optional(PersonName),
  }),
  v.check((payload) => payload.profilePath !== null || payload.name !== undefined, 'a profile or a name'),
);
const PROSPECTS_AND_LOG = ['prospects', 'interactions'] as const;

/** A reply not looked at yet: the popup's and the side panel's "New replies". */
export interface NewReply {
  interactionId: number;
  prospectId: string;
  name: string;
  at: number;
  replyClass: ReplyClass;
  /** The conversation's address when the reply was read in it; null when only its list row was seen. */
  conversationUrl: string | null;
}

/** How many list rows one request may carry: a scan of a list reads at most 200, sent in pieces. */
export const LIST_ROWS_MAX = 50;

const ListRowSchema = v.strictObject({
  name: PersonName,
  /** The row's snippet, for its class (kept only if the user keeps reply text). */
  snippet: upTo(500),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  precision: v.picklist(['minute', 'day']),
  unread: v.boolean(),
});

export const PROSPECTS_REQUESTS = {
  // From the side panel ("Add to prospects", the person as the page shows them) or by hand in the dashboard.
  // Never from LinkedIn's page: a click there can be the page's (clickjacking, SECURITY.md).
  'prospects.add': entry({
    payload: NewProspectSchema,
    senders: ['extension-page'],
    reads: [],
    writes: PROSPECTS_AND_LOG,
    // A new record (and the entries it adopted from its member or lead id path). An existing
    // record may have been re-keyed from another id the answer does not name: rebuild.
    touches: ({ profilePath }, { prospect, created }) =>
      created
        ? touchesPeople(
            prospect.id,
            profilePath,
            prospect.memberId && `/in/${prospect.memberId}`,
            prospect.salesLeadId && `/in/${prospect.salesLeadId}`,
          )
        : REBUILD,
    answer: answer<{ prospect: Prospect; created: boolean }>(),
  }),
  // Opens the dashboard on a person's record.
  'prospects.open': { payload: ById, senders: ['extension-page'], reads: [], writes: [], answer: answer<{ opened: true }>() },
  // The side panel's person: by profile (the slug, the member id or the lead id the page carries),
  // else the one tracked prospect bearing the conversation's name.
  'prospects.find': {
    payload: FindSchema,
    senders: ['extension-page'],
    reads: ['prospects'],
    writes: [],
    answer: answer<Prospect | null>(),
  },
  'prospects.get': { payload: ById, senders: ['extension-page'], reads: ['prospects'], writes: [], answer: answer<Prospect | null>() },
  // "Awaiting a reply" and "due" depend on the settings' thresholds.
  'prospects.list': {
    payload: ProspectQuerySchema,
    senders: ['extension-page'],
    reads: ['prospects', 'settings'],
    writes: [],
    answer: answer<Prospect[]>(),
  },
  'prospects.update': entry({
    payload: v.strictObject({ id: ProfileId, patch: ProspectPatchSchema }),
    senders: ['extension-page'],
    reads: [],
    writes: PROSPECTS_AND_LOG,
    // Persona, stage (and its new stage entry).
    touches: ({ id }, prospect) => touchesPeople(prospect.id, id),
    answer: answer<Prospect>(),
  }),
  // Their shares' click tokens too (per-person clicks): the clicks stay the item's.
  'prospects.erase': entry({
    payload: ById,
    senders: ['extension-page'],
    reads: [],
    writes: ['prospects', 'interactions', 'clicks'],
    // No part of an erased person may outlive the request.
    touches: () => REBUILD_NOW,
    answer: answer<{ deletedInteractions: number }>(),
  }),
  'prospects.timeline': {
    payload: ById,
    senders: ['extension-page'],
    reads: ['interactions'],
    writes: [],
    answer: answer<Interaction[]>(),
  },
  'prospects.today': {
    payload: Empty,
    senders: ['extension-page'],
    reads: ['prospects', 'settings'],
    writes: [],
    answer: answer<{ due: Prospect[]; awaiting: Prospect[] }>(),
  },
  'replies.record': entry({
    payload: v.pipe(
      v.strictObject({
        /** The profile when the conversation links it; otherwise null and the name it shows. */
        prospectId: v.nullable(ProfileId),
        personName: v.optional(PersonName),
        pageUrl: LinkedInUrl,
        replies: v.pipe(
          v.array(v.strictObject({ externalId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)), text: upTo(2000) })),
          v.maxLength(200),
        ),
      }),
      v.check((payload) => payload.prospectId !== null || payload.personName !== undefined, 'a profile or a name'),
    ),
    senders: ['linkedin-content'],
    reads: [],
    writes: PROSPECTS_AND_LOG,
    // Every visit to a thread reports what it shows: most record nothing.
    unchanged: ({ recorded }) => recorded === 0,
    // New entries only: every update takes them by id.
    touches: (_payload, { recorded }) => (recorded === 0 ? TOUCHES_NONE : touchesPeople()),
    answer: answer<{ recorded: number }>(),
  }),
  // Rows of the conversation list whose newest message is the other person's (issue 25): a
  // reply for the one tracked prospect of that name, newer than the user's last contact, under
  // the same bounds as replies read in a thread (SECURITY.md).
  // No `touches`: the insights summary is rebuilt after it.
  'replies.fromList': entry({
    payload: v.strictObject({ pageUrl: LinkedInUrl, rows: v.pipe(v.array(ListRowSchema), v.maxLength(LIST_ROWS_MAX)) }),
    senders: ['linkedin-content'],
    reads: [],
    writes: PROSPECTS_AND_LOG,
    unchanged: ({ recorded }) => recorded === 0,
    answer: answer<{ recorded: number }>(),
  }),
  // New since the user last looked (replies-seen), under the names the prospects have now.
  'replies.new': {
    payload: Empty,
    senders: ['extension-page'],
    reads: ['interactions', 'prospects', 'replies-seen'],
    writes: [],
    answer: answer<{ replies: NewReply[]; seenAt: number }>(),
  },
  // The user looked at the new replies: they are no longer new.
  'replies.seen': {
    payload: Empty,
    senders: ['extension-page'],
    reads: [],
    writes: ['replies-seen'],
    answer: answer<{ seenAt: number }>(),
  },
} as const;
