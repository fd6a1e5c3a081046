// @vitest-environment happy-dom
// Every screen in French: the popup, each dashboard view (a prospect's page and the library
// editor included) and the picker, rendered against the real background (handlers behind the
// router, fake IndexedDB) seeded with a French salesperson's data: every interaction kind,
// every stage, drafts and sent shares, sources of each state. A word of the English locale
// that French never uses means a string that skipped the locale files (or Intl).
import 'fake-indexeddb/auto';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbHandle, DB_VERSION } from '../../src/background/db';
import { request } from '../../src/contract/client';
import { INTERACTION_KINDS, STAGES } from '../../src/domain/model';
import { frenchBackup } from './helpers/french-data';
import { Popup } from '../../src/popup/Popup';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { Picker } from '../../src/content/ui/Picker';
import type { Translate } from '../../src/i18n/i18n';
import { background } from './helpers/background';
import { shadowOf } from './helpers/closed-roots';
import { SAME_IN_BOTH, englishOnlyWords, getMessageFrom, loadMessages, readableText, words } from './helpers/french';
import type { LibraryHit } from '../../src/contract/index';
import { readFileSync } from 'node:fs';
import { TeamTable } from '../../src/dashboard/TeamTable';
import { mergeTeamStats } from '../../src/domain/team/team-merge';
import { readTeamStats, type TeamStatsFile } from '../../src/domain/team/team-stats-format';

const fake = vi.hoisted(() => ({ route: null as null | ((message: unknown) => Promise<unknown>) }));
vi.mock('webextension-polyfill', async () => {
  const { getMessageFrom, loadMessages } = await import('./helpers/french');
  const getMessage = getMessageFrom(loadMessages('fr'));
  return {
    default: {
      runtime: {
        sendMessage: (message: unknown) => fake.route!(structuredClone(message)).then((answer) => structuredClone(answer)),
        openOptionsPage: async () => {},
        id: 'nurture-test',
        onMessage: { addListener: () => {}, removeListener: () => {} },
      },
      i18n: { getMessage, getUILanguage: () => 'fr' },
      // The popup is over a LinkedIn conversation whose composer the readers missed.
      tabs: {
        query: async () => [{ id: 7, url: 'https://www.linkedin.com/messaging/thread/1/' }],
        create: async () => {},
        sendMessage: async () => null,
      },
      permissions: { request: async () => false, contains: async () => false },
    },
  };
});

const NOW = new Date(2026, 10, 20, 15, 30).getTime();
const ENGLISH = englishOnlyWords();

let route: ReturnType<typeof background>['route'];
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const health = {
    get: async () => ({
      page: 'messaging' as const,
      features: { share: 'no-anchor' as const },
      missing: ['message-composer' as const],
      at: NOW,
    }),
    set: async () => {},
  };
  ({ route } = background({ db: createDbHandle('nurture-french'), now: () => NOW, health }));
  fake.route = (message) => route(message, { kind: 'extension-page', tabId: undefined });
  await request('backup.import', { text: frenchBackup(NOW, DB_VERSION), mode: 'replace' });
});

afterEach(() => {
  render(null, document.body);
  location.hash = '';
});

async function settle(rounds = 40) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
    });
  }
}

async function show(vnode: VNode) {
  await act(async () => {
    render(vnode, document.body);
  });
  await settle();
}

/** The English-only words on screen, each with a little of the text around it. */
function untranslated(): string[] {
  // Web addresses are not words of the interface (an example link, a feed's address).
  const text = readableText(document.body, shadowOf).replace(/\bhttps?:\/\/\S+/g, ' ');
  return [...new Set(words(text).filter((word) => ENGLISH.has(word)))].map(
    (word) => `${word} (…${text.slice(Math.max(0, text.toLowerCase().indexOf(word) - 40), text.toLowerCase().indexOf(word) + 40)}…)`,
  );
}

async function dashboard(hash: string, expected: string) {
  location.hash = hash;
  await show(<Dashboard />);
  expect(document.body.textContent).toContain(expected);
}

describe('every screen in French', () => {
  it('the popup: library, today, recent activity, the tab health', async () => {
    await show(<Popup />);
    expect(document.body.textContent).toContain('Livre blanc');
    expect(document.querySelectorAll('[data-testid="due"] li').length).toBeGreaterThan(0);
    expect(document.body.textContent).toContain('Brouillon');
    expect(untranslated()).toEqual([]);
  });

  it('library, and the editor of an item', async () => {
    await dashboard('#library', 'Livre blanc');
    expect(untranslated()).toEqual([]);
    await act(() => void document.querySelector<HTMLButtonElement>('.results li .item-actions button')!.click());
    await settle(5);
    expect(document.querySelector('form.editor')).not.toBeNull();
    expect(untranslated()).toEqual([]);
  });

  it('sources: each kind and each last result', async () => {
    await dashboard('#sources', 'Flux RSS');
    expect(untranslated()).toEqual([]);
  });

  it('prospects: the list, filtered and not', async () => {
    await dashboard('#prospects', 'Chloé Martin');
    expect(untranslated()).toEqual([]);
  });

  it("a prospect's page: every field, what they received, the timeline of every kind", async () => {
    await dashboard(`#prospect=${encodeURIComponent('/in/chloe-martin')}`, 'Chloé Martin');
    expect(document.querySelectorAll('[data-testid="timeline"] li').length).toBe(INTERACTION_KINDS.length);
    expect(untranslated()).toEqual([]);
  });

  it('activity: every kind and status in the log', async () => {
    await dashboard('#activity', 'Rendez-vous');
    for (const kind of INTERACTION_KINDS) expect(document.querySelector(`[data-kind="${kind}"]`), kind).not.toBeNull();
    expect(untranslated()).toEqual([]);
  });

  it('insights: weeks, rates, funnel of every stage', async () => {
    await dashboard('#insights', 'Entonnoir');
    for (const stage of STAGES) expect(document.body.textContent).toContain(getMessageFrom(loadMessages('fr'))(`stage_${stage}`));
    expect(untranslated()).toEqual([]);
  });

  it("insights: the team's merged files, copies set aside, weeks that differ, labels", async () => {
    const read = readTeamStats(readFileSync('test/fixtures/team/rep-b.json', 'utf8'));
    if (!read.ok) throw new Error('rep-b.json');
    // The data in French (titles, the label typed): only the interface may bring English.
    const titles = ['Étude de cas : usine de Lyon', 'Livre blanc : les prix', 'Webinaire : prévisions'];
    const file: TeamStatsFile = {
      ...read.file,
      label: 'Équipe Sud',
      items: read.file.items.map((item, i) => ({ ...item, title: titles[i]! })),
    };
    const other: TeamStatsFile = {
      ...file,
      installId: '0e6f8a1b-2c3d-4e5f-9a7b-8c9d0e1f2a3b',
      label: 'Chloé',
      period: { from: '2026-11-16', to: '2026-11-22' },
    };
    const view = mergeTeamStats([
      { name: 'a.json', file },
      { name: 'b.json', file },
      { name: 'c.json', file: other },
    ]);
    await show(<TeamTable view={view} />);
    expect(document.querySelector('[data-testid="team-set-aside"]')).not.toBeNull();
    expect(document.body.textContent).toContain('Toute l’équipe');
    expect(untranslated()).toEqual([]);
  });

  it('settings', async () => {
    await dashboard('#settings', 'UTM');
    expect(untranslated()).toEqual([]);
  });

  it('your data and the backup', async () => {
    await dashboard('#data', 'Sauvegarde');
    expect(untranslated()).toEqual([]);
  });

  it('the first run', async () => {
    await dashboard('#welcome', 'Bienvenue dans Nurture');
    expect(untranslated()).toEqual([]);
  });

  it('the picker on LinkedIn', async () => {
    const t: Translate = (key, subs) => getMessageFrom(loadMessages('fr'))(key, subs);
    // The preview of the highlighted item is the background's own text, filled with the name the page shows.
    const prepare = (hit: LibraryHit) =>
      request('share.prepare', { contentId: hit.item.id, prospectId: null, personName: 'Chloé Martin', channel: 'message' });
    await show(<Picker t={t} request={request} prepare={prepare} onChoose={() => {}} onClose={() => {}} />);
    expect(document.querySelectorAll('[role="option"]').length).toBeGreaterThan(0);
    expect(untranslated()).toEqual([]);
  });
});

describe('the check itself', () => {
  it('French differs from English but where both languages write the same', () => {
    const en = loadMessages('en');
    const same = Object.entries(loadMessages('fr'))
      .filter(([key, entry]) => entry.message === en[key]?.message)
      .map(([key]) => key);
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it('knows English words, and sees them on a screen', () => {
    for (const word of ['save', 'follow', 'shared', 'reply']) expect(ENGLISH.has(word), word).toBe(true);
    for (const word of ['nurture', 'linkedin', 'note']) expect(ENGLISH.has(word), word).toBe(false);
    document.body.innerText = 'Enregistrer';
    const probe = document.createElement('button');
    probe.setAttribute('aria-label', 'Save the follow-up');
    document.body.append(probe);
    expect(untranslated().map((found) => found.split(' ')[0])).toEqual(['save', 'the', 'follow', 'up']);
  });
});
