// The first run's state, worked out from what the database holds. Pure: the facts are read by
// the service (service.ts), the rules live here, so the tests state them without a database.
import { ONBOARDING_STEPS, type OnboardingStatus } from '../../contract/requests/onboarding';
import type { OnboardingChoices } from '../../domain/records';

/** What the database says, reduced to what the three steps need. */
export interface OnboardingFacts {
  /** A source the user added (a feed or a file), not the starter examples. */
  ownSource: boolean;
  /** The log holds a share into a message or a post. */
  shared: boolean;
  /** At least one person is tracked. */
  prospect: boolean;
  /** The choices stored in the onboarding record. */
  choices: OnboardingChoices;
}

export const NO_CHOICES: Readonly<OnboardingChoices> = { examplesKept: false, dismissed: false };

/** A stored record, read defensively: a value that is not what we wrote counts as not chosen. */
export function choicesOf(stored: unknown): OnboardingChoices {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return { examplesKept: record.examplesKept === true, dismissed: record.dismissed === true };
}

export function onboardingStatus(facts: OnboardingFacts): OnboardingStatus {
  const done = {
    library: facts.ownSource || facts.choices.examplesKept,
    share: facts.shared,
    prospect: facts.prospect,
  };
  return {
    done,
    next: ONBOARDING_STEPS.find((step) => !done[step]) ?? null,
    examplesKept: facts.choices.examplesKept,
    dismissed: facts.choices.dismissed,
  };
}
