// Reads the facts of the first run in one read-only transaction, and stores the user's choices.
// The choices are a store of their own ('onboarding'), not settings: the settings form saves its
// whole record, and must not undo "Keep the examples" made meanwhile; a restore keeps them.
import type { OnboardingChoices } from '../../domain/records';
import type { OnboardingStatus } from '../../contract/requests/onboarding';
import type { NurtureDb } from '../db';
import { STARTER_SOURCE_ID } from '../library/service';
import { choicesOf, onboardingStatus } from './status';

/** The key of the one record of the 'onboarding' store. */
export const ONBOARDING_KEY = 'onboarding';

/** A share into a message, or a post or comment to one's network. */
const SHARE_KINDS = ['shared', 'posted'] as const;

export async function readOnboarding(db: NurtureDb): Promise<OnboardingStatus> {
  const tx = db.transaction(['sources', 'interactions', 'prospects', 'onboarding'], 'readonly');
  const byKind = tx.objectStore('interactions').index('by-kind-at');
  const [sources, shares, prospect, stored] = await Promise.all([
    tx.objectStore('sources').getAll(),
    // The first key of each kind, if any: found through the index, whatever the log's size.
    Promise.all(SHARE_KINDS.map((kind) => byKind.getKey(IDBKeyRange.bound([kind, -Infinity], [kind, Infinity])))),
    tx.objectStore('prospects').openKeyCursor(),
    tx.objectStore('onboarding').get(ONBOARDING_KEY),
  ]);
  await tx.done;
  return onboardingStatus({
    ownSource: sources.some((source) => source.id !== STARTER_SOURCE_ID && source.kind !== 'starter'),
    shared: shares.some((key) => key !== undefined),
    prospect: prospect !== null,
    choices: choicesOf(stored),
  });
}

export async function chooseOnboarding(db: NurtureDb, change: Partial<OnboardingChoices>): Promise<OnboardingStatus> {
  // Read and write in one transaction: two quick choices cannot lose each other.
  const tx = db.transaction('onboarding', 'readwrite');
  const current = choicesOf(await tx.store.get(ONBOARDING_KEY));
  const next: OnboardingChoices = {
    examplesKept: current.examplesKept || change.examplesKept === true,
    dismissed: change.dismissed ?? current.dismissed,
  };
  await Promise.all([tx.store.put(next, ONBOARDING_KEY), tx.done]);
  return readOnboarding(db);
}

/**
 * Whether an install meets a database with nothing of the user's in it: no source (the examples
 * included), no prospect, no log entry, no first-run choice. Firefox removes a temporary add-on
 * when it closes and installs it anew at the next start (`npm run start:firefox`, a kept
 * profile whose data it keeps): that install is no first run, and the user's choices (examples
 * removed, guide dismissed) must stand.
 */
export async function isEmpty(db: NurtureDb): Promise<boolean> {
  const tx = db.transaction(['sources', 'interactions', 'prospects', 'onboarding'], 'readonly');
  const [sources, interaction, prospect, choices] = await Promise.all([
    // The company's sources (a policy applied at the same start) are not the user's.
    tx.objectStore('sources').getAll(),
    tx.objectStore('interactions').openKeyCursor(),
    tx.objectStore('prospects').openKeyCursor(),
    tx.objectStore('onboarding').getKey(ONBOARDING_KEY),
  ]);
  await tx.done;
  return sources.every((source) => source.managed === true) && interaction === null && prospect === null && choices === undefined;
}
