// The records the background keeps for itself, one type per store of src/background/db.ts: the
// state of this device (its first-run choices, its team identity, when the new replies were last
// looked at) and the insights summary's own state. The user's records are in model.ts, the
// settings in settings.ts, the company's policy in managed-policy.ts. Types only: no browser API.

/** The user's first-run choices ('onboarding' store): what the data cannot tell (onboarding/). */
export interface OnboardingChoices {
  examplesKept: boolean;
  dismissed: boolean;
}

/** This install's identity in team stats ('team-identity' store, team/service.ts). */
export interface TeamIdentity {
  /** A random UUID v4, made at the first export: never derived from the user or the browser. */
  installId: string;
  /** How many team stats files this install has written. */
  exports: number;
}

/** When the user last looked at the new replies ('replies-seen' store, prospects/new-replies.ts). */
export interface RepliesSeen {
  at: number;
}

/** The insights summary's state ('insight-meta' store, activity/insights-summary.ts). */
export interface SummaryMeta {
  version: number;
  /** The time zone the weeks were cut in: local weeks move when the user's zone changes. */
  zone: string;
  /** The highest interaction id the summary has taken. */
  lastId: number;
  /** Raised before a rebuild is due (restore, erasure, an unknown writer); a rebuild sets `clean` to the value it started from. */
  dirty: number;
  clean: number;
}
