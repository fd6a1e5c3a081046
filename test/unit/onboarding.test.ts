// The first run's three steps: worked out from the data (a source of one's own, a share in the
// log, a tracked person), plus the two choices the data cannot tell.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { choicesOf, NO_CHOICES, onboardingStatus, type OnboardingFacts } from '../../src/background/onboarding/status';
import type { OnboardingStatus } from '../../src/contract/requests/onboarding';
import { parseRoute, routeHash, viewOf } from '../../src/contract/routes';
import { createBackground } from '../../src/background/create-background';
import { background } from './helpers/background';

const facts = (over: Partial<OnboardingFacts> = {}): OnboardingFacts => ({
  ownSource: false,
  shared: false,
  prospect: false,
  choices: { ...NO_CHOICES },
  ...over,
});

describe('onboardingStatus (pure)', () => {
  it('starts with every step to do, the library first', () => {
    expect(onboardingStatus(facts())).toEqual({
      done: { library: false, share: false, prospect: false },
      next: 'library',
      examplesKept: false,
      dismissed: false,
    });
  });

  it('counts the library done for a source of ones own or for examples kept', () => {
    expect(onboardingStatus(facts({ ownSource: true })).done.library).toBe(true);
    expect(onboardingStatus(facts({ choices: { examplesKept: true, dismissed: false } })).done.library).toBe(true);
  });

  it('names the first step not done, in order, and none when all are', () => {
    expect(onboardingStatus(facts({ ownSource: true })).next).toBe('share');
    expect(onboardingStatus(facts({ ownSource: true, shared: true })).next).toBe('prospect');
    // Done out of order: the first one left is still the one named.
    expect(onboardingStatus(facts({ prospect: true, shared: true })).next).toBe('library');
    expect(onboardingStatus(facts({ ownSource: true, shared: true, prospect: true })).next).toBeNull();
  });

  it('reads a stored record defensively', () => {
    expect(choicesOf(undefined)).toEqual(NO_CHOICES);
    expect(choicesOf('yes')).toEqual(NO_CHOICES);
    expect(choicesOf({ examplesKept: 'yes', dismissed: 1 })).toEqual(NO_CHOICES);
    expect(choicesOf({ examplesKept: true, dismissed: true, extra: 1 })).toEqual({ examplesKept: true, dismissed: true });
  });
});

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };
let n = 0;

async function setup() {
  const db = createDbHandle(`nurture-onboarding-${++n}`);
  const bg = background({ db, now: () => 1_000_000 });
  await bg.library.restoreExamples();
  const ask = async (type: string, payload: unknown, sender: Sender = page) => bg.route({ type, payload }, sender);
  const status = async () => {
    const answer = await ask('onboarding.status', {});
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return answer.value as OnboardingStatus;
  };
  return { db, ask, status, announced: bg.announced };
}

describe('onboarding requests, on a database', () => {
  it('a fresh install (the examples only) has everything to do', async () => {
    const { status } = await setup();
    expect(await status()).toMatchObject({ done: { library: false, share: false, prospect: false }, next: 'library' });
  });

  it('follows the data: an imported file, a share, a tracked person', async () => {
    const { ask, status } = await setup();
    const rss =
      '<rss version="2.0"><channel><title>Our blog</title><item><title>New</title><link>https://example.com/new</link></item></channel></rss>';
    expect((await ask('library.importFile', { fileName: 'blog.xml', text: rss })).ok).toBe(true);
    expect((await status()).done).toEqual({ library: true, share: false, prospect: false });

    const item = await ask('library.search', { text: '', limit: 1 });
    const contentId = item.ok ? (item.value as { hits: { item: { id: string } }[] }).hits[0]!.item.id : '';
    const logged = await ask(
      'share.log',
      {
        contentId,
        prospectId: null,
        personName: 'Ada Sample',
        channel: 'message',
        pageUrl: 'https://www.linkedin.com/messaging/thread/2-ada/',
        link: 'https://example.com/new?utm_source=linkedin',
        captionIndex: null,
      },
      content,
    );
    expect(logged.ok).toBe(true);
    expect((await status()).done).toEqual({ library: true, share: true, prospect: false });

    expect(
      (await ask('prospects.add', { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: 'CFO', company: 'Example' })).ok,
    ).toBe(true);
    expect(await status()).toMatchObject({ done: { library: true, share: true, prospect: true }, next: null });
  });

  it('a manual note is not a share', async () => {
    const { ask, status } = await setup();
    await ask('prospects.add', { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: '', company: '' });
    await ask('activity.add', { kind: 'note', prospectId: '/in/ada-sample-42', note: 'met at a fair' });
    expect((await status()).done.share).toBe(false);
  });

  it('keeps the examples and hides the guide on request, announced as a change of the onboarding store', async () => {
    const { ask, status, announced } = await setup();
    const kept = await ask('onboarding.choose', { examplesKept: true });
    expect(kept).toMatchObject({ ok: true, value: { done: { library: true }, next: 'share', examplesKept: true, dismissed: false } });
    expect(announced).toEqual([{ type: 'stores.changed', stores: ['onboarding'] }]);
    await ask('onboarding.choose', { dismissed: true });
    // Hiding the guide does not forget the examples kept; showing it again does not either.
    expect(await status()).toMatchObject({ examplesKept: true, dismissed: true });
    await ask('onboarding.choose', { dismissed: false });
    expect(await status()).toMatchObject({ examplesKept: true, dismissed: false });
  });

  it('leaves the settings record alone, and is not a setting', async () => {
    const { ask, db } = await setup();
    await ask('settings.update', { settings: { repId: 'ana' } });
    await ask('onboarding.choose', { examplesKept: true });
    const settings = await ask('settings.get', {});
    expect(settings.ok && settings.value).not.toHaveProperty('examplesKept');
    expect(settings.ok && (settings.value as { repId: string }).repId).toBe('ana');
    // A store of its own: the settings store holds the settings record alone.
    expect(await (await db()).getAll('onboarding')).toEqual([{ examplesKept: true, dismissed: false }]);
    expect(await (await db()).getAllKeys('settings')).toEqual(['user']);
  });

  it('refuses LinkedIn pages and any other choice', async () => {
    const { ask } = await setup();
    expect(await ask('onboarding.status', {}, content)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect(await ask('onboarding.choose', { examplesKept: true }, content)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect((await ask('onboarding.choose', { examplesKept: false })).ok).toBe(false);
    expect((await ask('onboarding.choose', { done: true })).ok).toBe(false);
  });
});

describe('the welcome route', () => {
  it('is an address of its own, with no tab', () => {
    expect(parseRoute('#welcome')).toEqual({ view: 'welcome' });
    expect(routeHash({ view: 'welcome' })).toBe('#welcome');
    expect(viewOf({ view: 'welcome' })).toBe('welcome');
    // The empty address stays the library: the dashboard decides (see use-first-view.ts).
    expect(parseRoute('')).toEqual({ view: 'library' });
  });
});

describe('the first run of an install', () => {
  async function install() {
    const db = createDbHandle(`nurture-first-run-${++n}`);
    const { deps } = background({ db, now: () => 1_000_000 });
    const ask = async (type: string, payload: unknown) => createBackground(deps).route({ type, payload }, page);
    return { first: () => createBackground(deps).firstRun(), ask };
  }
  const exampleCount = async (ask: (type: string, payload: unknown) => Promise<{ ok: boolean; value?: unknown }>) => {
    const answer = await ask('library.search', { text: '', limit: 50 });
    return (answer.value as { hits: unknown[] }).hits.length;
  };

  it('installs the examples into an empty database, and says it was a first run', async () => {
    const { first, ask } = await install();
    expect(await first()).toBe(true);
    expect(await exampleCount(ask)).toBeGreaterThan(0);
  });

  it("is no first run when the user's data is there (a temporary add-on installed anew): removed examples stay removed", async () => {
    const { first, ask } = await install();
    await first();
    expect((await ask('library.removeExamples', {})).ok).toBe(true);
    await ask('onboarding.choose', { dismissed: true });
    expect(await first()).toBe(false);
    expect(await exampleCount(ask)).toBe(0);
  });

  it('counts a tracked person alone as data', async () => {
    const { first, ask } = await install();
    expect((await ask('prospects.add', { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: '', company: '' })).ok).toBe(true);
    expect(await first()).toBe(false);
  });
});
