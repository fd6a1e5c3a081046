// The first run's requests: its status, and the choices the data cannot tell.
import type { ONBOARDING_REQUESTS } from '../../contract/requests/onboarding';
import type { NurtureDb } from '../db';
import type { HandlersFor } from '../router';
import { chooseOnboarding, readOnboarding } from './service';

export function onboardingHandlers({ db }: { db: () => Promise<NurtureDb> }): HandlersFor<typeof ONBOARDING_REQUESTS> {
  return {
    'onboarding.status': async () => readOnboarding(await db()),
    'onboarding.choose': async (choice) =>
      chooseOnboarding(await db(), {
        ...(choice.examplesKept === undefined ? {} : { examplesKept: choice.examplesKept }),
        ...(choice.dismissed === undefined ? {} : { dismissed: choice.dismissed }),
      }),
  };
}
