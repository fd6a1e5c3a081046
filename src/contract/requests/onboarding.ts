// The first run: which of the three first steps are done (worked out from the data), and the
// two choices that cannot be worked out (keeping the examples, hiding the guide).
import * as v from 'valibot';
import { Empty } from '../../domain/fields';
import { answer } from './spec';

/** The three first steps, in order: a library of one's own, a first share, a first prospect. */
export const ONBOARDING_STEPS = ['library', 'share', 'prospect'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface OnboardingStatus {
  /** Whether each step is done. */
  done: Record<OnboardingStep, boolean>;
  /** The first step not done (null: all three are). */
  next: OnboardingStep | null;
  /** The user chose to keep the starter examples as their library. */
  examplesKept: boolean;
  /** The user hid the guide: the dashboard opens on its library, the popup shows no next step. */
  dismissed: boolean;
}

/** Choices only the user can make: each is set, never unset by the guide (dismissed may be undone). */
export const OnboardingChoiceSchema = v.strictObject({
  examplesKept: v.optional(v.literal(true)),
  dismissed: v.optional(v.boolean()),
});

export const ONBOARDING_REQUESTS = {
  // What is done is read from the data; the choices from their own store.
  'onboarding.status': {
    payload: Empty,
    senders: ['extension-page'],
    reads: ['sources', 'interactions', 'prospects', 'onboarding'],
    writes: [],
    answer: answer<OnboardingStatus>(),
  },
  // Kept in the onboarding store of their own (one record, key "onboarding").
  'onboarding.choose': {
    payload: OnboardingChoiceSchema,
    senders: ['extension-page'],
    reads: [],
    writes: ['onboarding'],
    answer: answer<OnboardingStatus>(),
  },
} as const;
