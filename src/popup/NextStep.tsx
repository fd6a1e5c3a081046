// The first run's next step, one line and one button, until the three steps are done (or the
// user hid the guide). Live: it goes as soon as the last step is done, wherever it was done.
import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../i18n/i18n';
import { ONBOARDING_STEPS, type OnboardingStep } from '../contract/requests/onboarding';
import type { SectionValue } from '../features/popup-cache/sections';
import { useRequest } from '../ui/use-request';
import { LINKEDIN_MESSAGING } from '../ui/welcome-links';
import { openDashboard } from './open-dashboard';
import './next-step.css';

const TITLE: Record<OnboardingStep, MessageKey> = {
  library: 'welcomeLibraryTitle',
  share: 'welcomeShareTitle',
  prospect: 'welcomeProspectTitle',
};

export function NextStep({ cached }: { cached?: SectionValue<'onboarding'> | undefined }) {
  const [loaded] = useRequest('onboarding.status', {}, cached);
  if (loaded.state !== 'ready' || loaded.value.next === null || loaded.value.dismissed) return null;
  const step = loaded.value.next;
  const number = String(ONBOARDING_STEPS.indexOf(step) + 1);
  return (
    <section class="next-step" data-testid="next-step" aria-label={t('welcomeTab')}>
      <p>{t('nextStepLabel', [number, t(TITLE[step])])}</p>
      {step === 'share' ? (
        <button
          type="button"
          class="primary"
          onClick={() => void browser.tabs.create({ url: LINKEDIN_MESSAGING }).then(() => window.close())}
        >
          {t('welcomeOpenMessaging')}
        </button>
      ) : (
        <button type="button" class="primary" onClick={() => void openDashboard({ view: 'welcome' })}>
          {t('nextStepHowTo')}
        </button>
      )}
    </section>
  );
}
