// The first run: which of the three first steps are done (worked out from the data), and the
// two choices that cannot be worked out (keeping the examples, hiding the guide).
import * as v from 'valibot';
import { Empty } from '../fields';
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
  'onboarding.status': { payload: Empty, senders: ['extension-page'], writes: [], answer: answer<OnboardingStatus>() },
  // Kept in the settings store, beside (not inside) the settings record.
  'onboarding.choose': { payload: OnboardingChoiceSchema, senders: ['extension-page'], writes: ['settings'], answer: answer<OnboardingStatus>() },
} as const;
