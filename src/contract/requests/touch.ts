// Whose insight parts a committed write changed: what an entry's `touches` answers (spec.ts),
// from its own payload and answer. The background's insights summary
// (src/background/activity/insights-summary.ts) then updates those people's parts only.
//
// Besides these ids, every update also takes the log entries added since the last one
// (interaction ids only grow): a new reply, a stage change or a share counts whoever wrote it.

export type Touch =
  /** Nothing the insights count changed (a note, a draft, a post). */
  | { kind: 'none' }
  /** These people (ids as given: each is also resolved to its record), and the prospects bearing `name`. */
  | { kind: 'people'; ids: string[]; name?: string | undefined }
  /** Anything may have changed: rebuild from the whole log. `wait`: before the answer leaves (erasure). */
  | { kind: 'rebuild'; wait: boolean };

export const TOUCHES_NONE: Touch = { kind: 'none' };

/** What a writer of the log or the prospects without `touches` gets: slower Insights, never wrong ones. */
export const REBUILD: Touch = { kind: 'rebuild', wait: false };

/** Erasure: no part of the person may outlive the request, so the rebuild ends before the answer leaves. */
export const REBUILD_NOW: Touch = { kind: 'rebuild', wait: true };

/** The people these ids name; empty ids (no member id, no lead id) are left out. */
export const touchesPeople = (...ids: (string | null | undefined)[]): Touch => ({
  kind: 'people',
  ids: ids.filter((id): id is string => !!id),
});
