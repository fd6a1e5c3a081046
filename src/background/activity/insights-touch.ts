// Which people's insight parts a successful write request may have changed, read from the
// request's payload and answer. Pure: the summary (insights-summary.ts) does the reading.
//
// Why one table after the router, not calls inside each service: every write already goes
// through the router, which knows the request, its payload and its answer once the write has
// committed. A request that writes the log or the prospects and is NOT in this table rebuilds
// the summary (fail-safe: a new writer can make Insights slower, never wrong).
//
// Besides these ids, every update also takes the log entries added since the last one
// (interaction ids only grow): a new reply, a stage change or a share counts whoever wrote it.
import type { Payload, RequestType } from '../../shared/requests';

export type Touch =
  /** Nothing the insights count changed (a note, a draft, a post). */
  | { kind: 'none' }
  /** These people (ids as given: each is also resolved to its record), and the prospects bearing `name`. */
  | { kind: 'people'; ids: string[]; name?: string | undefined }
  /** Anything may have changed: rebuild from the whole log. `wait`: before the answer leaves (erasure). */
  | { kind: 'rebuild'; wait: boolean };

const NONE: Touch = { kind: 'none' };
const REBUILD: Touch = { kind: 'rebuild', wait: false };
const people = (...ids: (string | null | undefined)[]): Touch => ({ kind: 'people', ids: ids.filter((id): id is string => !!id) });

/** What the write `type` (committed, answered `value`) changed; REBUILD for writers this table does not know. */
export function touchOf<K extends RequestType>(type: K, payload: Payload<K>, value: unknown): Touch {
  // The payload's type follows `type`; each case reads the fields of its own request.
  const input = payload as Record<string, unknown>;
  const answer = (value ?? {}) as Record<string, unknown>;
  switch (type as RequestType) {
    case 'activity.add': // manual kinds (note, call, meeting, email) count nowhere
    case 'activity.setNote':
    case 'share.log': // a draft or a public post: never counted until confirmed sent
      return NONE;
    case 'share.confirmSent': {
      if (answer.confirmed === 0) return NONE;
      if (typeof input.prospectId === 'string') return people(input.prospectId);
      // By name: drafts of the namesakes (and of no one, given to the one of that name) became sent.
      // Neither id nor name: any recent draft with the link may have been confirmed.
      return typeof input.personName === 'string' ? { kind: 'people', ids: [], name: input.personName } : REBUILD;
    }
    case 'replies.record': // new entries only: taken by id
      return answer.recorded === 0 ? NONE : people();
    case 'prospects.update': // persona, stage (and its new stage entry)
      return people((answer as { id?: string }).id, input.id as string);
    case 'prospects.add': {
      // A new record (and the entries it adopted from its member or lead id path). An existing
      // record may have been re-keyed from another id the answer does not name: rebuild.
      const prospect = answer.prospect as { id: string; memberId?: string | null; salesLeadId?: string | null } | undefined;
      if (answer.created !== true || !prospect) return REBUILD;
      return people(prospect.id, input.profilePath as string, prospect.memberId && `/in/${prospect.memberId}`, prospect.salesLeadId && `/in/${prospect.salesLeadId}`);
    }
    case 'activity.linkPerson':
      return people(input.prospectId as string);
    case 'activity.delete': {
      // The answer names the entry's prospect when it has a record; otherwise whose it was is gone.
      const prospect = answer.prospect as { id: string } | null | undefined;
      return prospect ? people(prospect.id) : REBUILD;
    }
    case 'prospects.erase':
      // No part of an erased person may outlive the request.
      return { kind: 'rebuild', wait: true };
    default:
      return REBUILD;
  }
}
