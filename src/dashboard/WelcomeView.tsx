// The first run (#welcome): three steps to a first share, each checked live. What is done is
// worked out by the background from the data (onboarding.status); the view refetches on every
// announced change, so a share made in a LinkedIn tab ticks step 2 here while it stays open.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { ONBOARDING_STEPS, type OnboardingStatus, type OnboardingStep } from '../contract/requests/onboarding';
import { routeHash } from '../contract/routes';
import { errorText } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { SHORTCUTS, shortcut } from '../ui/shortcut';
import { LINKEDIN_MESSAGING } from '../ui/welcome-links';
import './welcome.css';

function Step({
  step,
  number,
  status,
  title,
  text,
  children,
}: {
  step: OnboardingStep;
  number: number;
  status: OnboardingStatus;
  title: string;
  text: string;
  children: ComponentChildren;
}) {
  const done = status.done[step];
  const id = `step-${step}`;
  return (
    <li
      class={`step${done ? ' done' : ''}${status.next === step ? ' current' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-state`}
      data-step={step}
      data-done={String(done)}
    >
      <span class="step-mark" aria-hidden="true">
        {done ? '✓' : number}
      </span>
      <div class="step-body">
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-state`} class={done ? 'step-state done' : 'step-state'}>
          {done ? t('welcomeStepDone') : t('welcomeStepToDo')}
        </p>
        <p>{text}</p>
        <div class="actions">{children}</div>
      </div>
    </li>
  );
}

export function WelcomeView() {
  const [loaded] = useRequest('onboarding.status', {});
  const [error, setError] = useState<string | null>(null);
  const choose = (choice: { examplesKept?: true; dismissed?: boolean }) => {
    setError(null);
    // The answer needs no handling: the announcement refetches the status.
    request('onboarding.choose', choice).catch((failure: unknown) => setError(errorText(failure)));
  };

  if (loaded.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (loaded.state === 'error') return <p class="error">{t('backgroundUnreachable', loaded.message)}</p>;
  const status = loaded.value;
  const count = ONBOARDING_STEPS.filter((step) => status.done[step]).length;

  return (
    <section class="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcomeTitle')}</h2>
      <p class="muted">{t('welcomeIntro')}</p>
      <p class="progress" role="status" data-testid="welcome-progress">
        <progress max={3} value={count} aria-hidden="true" /> {t('welcomeProgress', String(count))}
      </p>
      <ol class="steps">
        <Step
          step="library"
          number={1}
          status={status}
          title={t('welcomeLibraryTitle')}
          text={
            status.done.library
              ? t(status.examplesKept ? 'welcomeLibraryDoneExamples' : 'welcomeLibraryDoneSource')
              : t('welcomeLibraryText')
          }
        >
          <a class={status.done.library ? 'button secondary' : 'button primary'} href={routeHash({ view: 'sources' })}>
            {t('welcomeImport')}
          </a>
          {!status.done.library && (
            <button type="button" class="secondary" onClick={() => choose({ examplesKept: true })}>
              {t('welcomeKeepExamples')}
            </button>
          )}
        </Step>
        <Step
          step="share"
          number={2}
          status={status}
          title={t('welcomeShareTitle')}
          text={status.done.share ? t('welcomeShareDone') : t('welcomeShareText', [t('shareButton'), shortcut(SHORTCUTS.picker)])}
        >
          <a
            class={status.next === 'share' ? 'button primary' : 'button secondary'}
            href={LINKEDIN_MESSAGING}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('welcomeOpenMessaging')}
          </a>
        </Step>
        <Step
          step="prospect"
          number={3}
          status={status}
          title={t('welcomeProspectTitle')}
          text={
            status.done.prospect ? t('welcomeProspectDone') : t('welcomeProspectText', [t('panelTrack'), shortcut(SHORTCUTS.sidePanel)])
          }
        >
          {!status.done.prospect && (
            <a class="button secondary" href={routeHash({ view: 'prospects' })}>
              {t('welcomeAddByHand')}
            </a>
          )}
        </Step>
      </ol>
      {/* Not a step: the guide is about a first share, and a backup is a choice, not a task. */}
      <p class="muted small" data-testid="welcome-backup">
        {t('welcomeBackupOffer')} <a href={routeHash({ view: 'data' })}>{t('welcomeBackupLink')}</a>
      </p>
      {status.next === null && (
        <p class="all-done" data-testid="welcome-done">
          {t('welcomeAllDone')} <a href={routeHash({ view: 'library' })}>{t('welcomeGoLibrary')}</a>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {status.next !== null &&
        (status.dismissed ? (
          <p class="muted small">
            {t('welcomeHidden')}{' '}
            <button type="button" class="link" onClick={() => choose({ dismissed: false })}>
              {t('welcomeShow')}
            </button>
          </p>
        ) : (
          <button type="button" class="link" onClick={() => choose({ dismissed: true })}>
            {t('welcomeHide')}
          </button>
        ))}
    </section>
  );
}
