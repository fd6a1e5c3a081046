// @vitest-environment happy-dom
// The welcome view and the popup's next step show what the background works out, and follow
// it live: a store change announced by the background ticks a step without a reload.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storesChanged } from '../../src/contract/changes';
import type { OnboardingStatus } from '../../src/contract/requests/onboarding';

type Listener = (message: unknown, sender: unknown) => unknown;
const fake = vi.hoisted(() => ({
  listeners: new Set<(message: unknown, sender: unknown) => unknown>(),
  status: null as unknown,
  sent: [] as { type: string; payload: unknown }[],
  opened: [] as string[],
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'nurture-id',
      getURL: (path: string) => `chrome-extension://nurture-id/${path}`,
      onMessage: {
        addListener: (listener: Listener) => void fake.listeners.add(listener),
        removeListener: (listener: Listener) => void fake.listeners.delete(listener),
      },
      sendMessage: async (message: { type: string; payload: unknown }) => {
        fake.sent.push(message);
        return { ok: true, value: fake.status };
      },
    },
    tabs: { create: async ({ url }: { url: string }) => void fake.opened.push(url) },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
      getUILanguage: () => 'en',
    },
  },
}));

const { WelcomeView } = await import('../../src/dashboard/WelcomeView');
const { NextStep } = await import('../../src/popup/NextStep');

const status = (done: Partial<OnboardingStatus['done']>, over: Partial<OnboardingStatus> = {}): OnboardingStatus => {
  const all = { library: false, share: false, prospect: false, ...done };
  return {
    done: all,
    next: (['library', 'share', 'prospect'] as const).find((step) => !all[step]) ?? null,
    examplesKept: false,
    dismissed: false,
    ...over,
  };
};

async function settle() {
  await act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
async function mount(node: preact.VNode) {
  await act(async () => render(node, document.body));
  await settle();
}
async function announce(...stores: Parameters<typeof storesChanged>[0]) {
  await act(async () => {
    for (const listener of fake.listeners) (listener as Listener)(storesChanged(stores), { id: 'nurture-id' });
  });
  await settle();
}
const doneSteps = () => [...document.querySelectorAll('li.step[data-done="true"]')].map((li) => li.getAttribute('data-step'));
const button = (text: string) => [...document.querySelectorAll('button')].find((each) => each.textContent === text);

afterEach(async () => {
  await act(async () => render(null, document.body));
  fake.sent.length = 0;
  fake.opened.length = 0;
});

describe('WelcomeView', () => {
  it('shows each step to do with its action, the first one current', async () => {
    fake.status = status({});
    await mount(<WelcomeView />);
    expect(document.querySelectorAll('li.step')).toHaveLength(3);
    expect(doneSteps()).toEqual([]);
    expect(document.querySelector('li.current')?.getAttribute('data-step')).toBe('library');
    expect(document.querySelector('[data-testid="welcome-progress"]')?.textContent).toContain('welcomeProgress(0)');
    expect(document.querySelector('a[href="https://www.linkedin.com/messaging/"]')?.getAttribute('target')).toBe('_blank');
    expect(document.querySelector('a[href="#sources"]')).not.toBeNull();
    expect(document.querySelector('a[href="#prospects"]')).not.toBeNull();
    // The instructions name our buttons by the labels they carry in LinkedIn.
    expect(document.body.textContent).toContain('welcomeShareText(shareButton|Alt+Shift+S)');
    expect(document.body.textContent).toContain('welcomeProspectText(panelTrack|Alt+Shift+P)');
  });

  it('"Keep the examples" asks the background; the announced change ticks the step', async () => {
    fake.status = status({});
    await mount(<WelcomeView />);
    await act(async () => button('welcomeKeepExamples')!.click());
    expect(fake.sent).toContainEqual({ type: 'onboarding.choose', payload: { examplesKept: true } });
    fake.status = status({ library: true }, { examplesKept: true });
    await announce('onboarding');
    expect(doneSteps()).toEqual(['library']);
    expect(document.body.textContent).toContain('welcomeLibraryDoneExamples');
    expect(button('welcomeKeepExamples')).toBeUndefined();
  });

  it('ticks the share made elsewhere, live, and says all is set at the end', async () => {
    fake.status = status({ library: true });
    await mount(<WelcomeView />);
    fake.status = status({ library: true, share: true });
    await announce('interactions');
    expect(doneSteps()).toEqual(['library', 'share']);
    fake.status = status({ library: true, share: true, prospect: true });
    await announce('prospects', 'interactions');
    expect(doneSteps()).toEqual(['library', 'share', 'prospect']);
    expect(document.querySelector('[data-testid="welcome-done"]')).not.toBeNull();
    expect(button('welcomeHide')).toBeUndefined();
  });

  it('hides the guide, and offers to show it again', async () => {
    fake.status = status({});
    await mount(<WelcomeView />);
    await act(async () => button('welcomeHide')!.click());
    expect(fake.sent).toContainEqual({ type: 'onboarding.choose', payload: { dismissed: true } });
    fake.status = status({}, { dismissed: true });
    await announce('onboarding');
    expect(button('welcomeShow')).toBeDefined();
  });
});

describe('the popup next step', () => {
  it('names the first step not done; the share step opens LinkedIn messaging', async () => {
    fake.status = status({ library: true });
    await mount(<NextStep />);
    expect(document.querySelector('[data-testid="next-step"]')?.textContent).toContain('nextStepLabel(2|welcomeShareTitle)');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await act(async () => button('welcomeOpenMessaging')!.click());
    await settle();
    expect(fake.opened).toEqual(['https://www.linkedin.com/messaging/']);
    close.mockRestore();
  });

  it('goes once all are done, or when the guide is hidden', async () => {
    fake.status = status({ library: true, share: true });
    await mount(<NextStep />);
    expect(document.querySelector('[data-testid="next-step"]')).not.toBeNull();
    fake.status = status({ library: true, share: true, prospect: true });
    await announce('prospects');
    expect(document.querySelector('[data-testid="next-step"]')).toBeNull();
    fake.status = status({}, { dismissed: true });
    await announce('onboarding');
    expect(document.querySelector('[data-testid="next-step"]')).toBeNull();
  });
});
