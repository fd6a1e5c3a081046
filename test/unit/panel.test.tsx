// @vitest-environment happy-dom
// The side panel, opened as a tab (as the end-to-end tests drive it), over a fake browser: tabs
// whose content script answers what the page shows, and a fake background. Driven by role and
// accessible name, as a user with a screen reader would.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storesChanged } from '../../src/contract/changes';
import type { LibraryHit, ShareContext, ShareText } from '../../src/contract/index';
import type { Interaction, Prospect } from '../../src/domain/model';
import type { NewReply } from '../../src/contract/requests/prospects';
import type { PanelInsertAnswer, PanelPageAnswer, PagePerson } from '../../src/contract/panel-protocol';
import { item } from './helpers/items';
import { englishOnlyWords, getMessageFrom, loadMessages, readableText, words } from './helpers/french';
import { prospect as adaSample } from './helpers/prospects';

type Listener = (...args: unknown[]) => unknown;
type Handler = (payload: Record<string, unknown>) => unknown;

const fake = vi.hoisted(() => ({
  runtimeListeners: new Set<(...args: unknown[]) => unknown>(),
  activated: new Set<(...args: unknown[]) => unknown>(),
  updated: new Set<(...args: unknown[]) => unknown>(),
  removed: new Set<(...args: unknown[]) => unknown>(),
  /** What each tab's content script answers; a tab missing here has none (not LinkedIn). */
  pages: new Map<number, unknown>(),
  insertAnswer: null as unknown,
  tabMessages: [] as { tabId: number; message: unknown }[],
  sent: [] as { type: string; payload: Record<string, unknown> }[],
  handlers: new Map<string, (payload: Record<string, unknown>) => unknown>(),
  tabs: [] as { id: number; windowId: number; active: boolean; lastAccessed: number }[],
  updates: [] as { tabId: number; url: string }[],
  copied: [] as string[],
  /** The UI's language: keys as text (en), or the French locale for the translation check. */
  getMessage: null as null | ((key: string, subs?: string | string[]) => string),
}));

vi.mock('../../src/ui/copy', () => ({ copyText: async (text: string) => void fake.copied.push(text) }));
vi.mock('webextension-polyfill', () => {
  const event = (set: Set<Listener>) => ({
    addListener: (listener: Listener) => void set.add(listener),
    removeListener: (listener: Listener) => void set.delete(listener),
  });
  return {
    default: {
      runtime: {
        id: 'nurture-id',
        getURL: (path: string) => `chrome-extension://nurture-id/${path}`,
        onMessage: event(fake.runtimeListeners),
        sendMessage: async (message: { type: string; payload: Record<string, unknown> }) => {
          fake.sent.push(message);
          const handler = fake.handlers.get(message.type);
          if (!handler) return { ok: false, error: { code: 'unknown-request', message: message.type } };
          try {
            return { ok: true, value: structuredClone(await handler(message.payload)) };
          } catch (error) {
            // The background's own words go with its code, as the router sends them.
            return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : 'failed' } };
          }
        },
      },
      tabs: {
        // Opened as a tab: the panel is tab 100.
        getCurrent: async () => ({ id: 100, windowId: 1 }),
        query: async () => fake.tabs,
        sendMessage: async (tabId: number, message: { type: string }) => {
          fake.tabMessages.push({ tabId, message });
          if (!fake.pages.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
          return structuredClone(message.type === 'panel.insert' ? fake.insertAnswer : fake.pages.get(tabId));
        },
        onActivated: event(fake.activated),
        onUpdated: event(fake.updated),
        onRemoved: event(fake.removed),
        create: async () => ({}),
        update: async (tabId: number, { url }: { url: string }) => void fake.updates.push({ tabId, url }),
      },
      windows: { getCurrent: async () => ({ id: 1 }) },
      i18n: {
        getMessage: (key: string, subs?: string | string[]) =>
          fake.getMessage?.(key, subs) ?? (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
        getUILanguage: () => (fake.getMessage ? 'fr' : 'en'),
      },
    },
  };
});

const { Panel, PERSON_MARK } = await import('../../src/panel/Panel');
const { OpenSidePanel } = await import('../../src/popup/OpenSidePanel');

// ---- the page and the background ------------------------------------------------------------

const ada: PagePerson = {
  source: 'profile',
  profilePath: '/in/ada-sample',
  name: 'Ada Sample',
  headline: 'CFO at Acme',
  company: 'Acme',
  location: 'Lyon, France',
  memberId: null,
  salesLeadId: null,
};
const page = (
  person: PagePerson | null,
  composer: PanelPageAnswer['composer'] = null,
  kind: PanelPageAnswer['page'] = person ? 'profile' : 'feed',
): PanelPageAnswer => ({ page: kind, person, composer });

const prospect = (over: Partial<Prospect> = {}): Prospect =>
  adaSample({ headline: 'CFO at Acme', company: 'Acme', persona: 'CFO', notes: 'Met at the fair', ...over });

const hits: LibraryHit[] = [
  { item: item({ id: 'sent1', title: 'Already received' }), link: 'https://e.com/sent1' },
  { item: item({ id: 'roi', title: 'ROI calculator' }), link: 'https://e.com/roi' },
  { item: item({ id: 'case', title: 'Lyon case study' }), link: 'https://e.com/case' },
];
const calm = { recentShares: 0, max: 2, days: 7, unansweredInARow: 0 };
const newReply = (over: Partial<NewReply>): NewReply => ({
  interactionId: 11,
  prospectId: '/in/ada-sample',
  name: 'Ada Sample',
  at: Date.now() - 2 * 3_600_000,
  replyClass: 'question',
  conversationUrl: null,
  ...over,
});
const interaction = (id: number, over: Partial<Interaction>): Interaction => ({
  id,
  at: id * 1000,
  kind: 'shared',
  prospectId: '/in/ada-sample',
  contentId: null,
  channel: 'message',
  url: null,
  externalId: null,
  note: '',
  ...over,
});

let records: Map<string, Prospect>;
let context: ShareContext;
const handle = (type: string, handler: Handler) => fake.handlers.set(type, handler);

function background() {
  records = new Map();
  context = { prospect: null, sentContentIds: ['sent1'], guard: calm };
  handle('prospects.find', ({ profilePath }) => records.get(String(profilePath)) ?? null);
  handle('prospects.add', (payload) => {
    const added = prospect({
      id: String(payload['profilePath']),
      name: String(payload['name']),
      persona: '',
      stage: 'awareness',
      notes: '',
    });
    records.set(added.id, added);
    return { prospect: added, created: true };
  });
  handle('prospects.update', ({ id, patch }) => {
    const updated = { ...records.get(String(id))!, ...(patch as Partial<Prospect>) };
    records.set(updated.id, updated);
    return updated;
  });
  handle('prospects.timeline', () => [
    interaction(1, { contentId: 'sent1', status: 'sent' }),
    interaction(2, { kind: 'stage' }),
    interaction(3, { kind: 'replied', note: 'Thanks, interesting' }),
    interaction(4, { contentId: 'case', status: 'draft' }),
  ]);
  handle('prospects.today', () => ({
    due: [prospect({ id: '/in/bob-due', name: 'Bob Due' })],
    awaiting: [prospect({ id: '/in/cleo-waits', name: 'Cleo Waits' })],
  }));
  handle('prospects.open', () => ({ opened: true }));
  handle('replies.new', () => ({ replies: [], seenAt: 0 }));
  handle('replies.seen', () => ({ seenAt: 1 }));
  handle('share.context', () => context);
  handle('library.search', () => ({ hits, total: hits.length }));
  handle('library.facets', () => ({ personas: ['CFO', 'CIO'], topics: [], languages: ['en'] }));
  handle('library.get', ({ id }) => hits.find((hit) => hit.item.id === id)?.item ?? null);
  handle('share.prepare', ({ contentId, channel }): ShareText => ({
    caption: 'Read this',
    link: `https://e.com/${String(contentId)}?c=${String(channel)}`,
    text: `Hi Ada, read this\n\nhttps://e.com/${String(contentId)}`,
    captionIndex: 0,
    missing: [],
  }));
}

// ---- driving it -----------------------------------------------------------------------------

async function settle(rounds = 4) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}
async function open(Shown: typeof Panel = Panel) {
  await act(async () => render(<Shown />, document.body));
  await settle();
}
async function announce(...stores: Parameters<typeof storesChanged>[0]) {
  await act(async () => {
    for (const listener of [...fake.runtimeListeners]) listener(storesChanged(stores), { id: 'nurture-id' });
  });
  await settle();
}
async function fire(set: Set<Listener>, ...args: unknown[]) {
  await act(async () => {
    for (const listener of [...set]) listener(...args);
  });
  await settle();
}

/** The accessible name of a control: its aria-label, its wrapping label's text, or its own text. */
function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const wrapping = element.closest('label');
  if (wrapping && wrapping !== element) return wrapping.querySelector('span')?.textContent?.trim() ?? '';
  if (element.tagName === 'FIELDSET') return element.querySelector('legend')?.textContent?.trim() ?? '';
  return element.textContent?.trim() ?? '';
}
const ROLES: Record<string, string> = {
  button: 'button',
  heading: 'h1,h2,h3,h4',
  combobox: 'select,input[list]',
  textbox: 'textarea,input[type="text"]:not([list])',
  date: '.date-input input[type="text"]',
  status: '[role="status"]',
  group: 'fieldset,[role="group"]',
};
const all = (role: string, name?: string | RegExp) =>
  [...document.querySelectorAll(ROLES[role]!)].filter(
    (element) => name === undefined || (typeof name === 'string' ? nameOf(element) === name : name.test(nameOf(element))),
  );
function get<E extends Element = HTMLElement>(role: string, name?: string | RegExp): E {
  const found = all(role, name);
  if (found.length !== 1) throw new Error(`${found.length} ${role} named ${String(name)}: ${document.body.innerHTML.slice(0, 3000)}`);
  return found[0] as E;
}
const click = async (element: HTMLElement) => {
  await act(async () => element.click());
  await settle();
};
const change = async (element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) => {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
};
const status = () => get('status').textContent;
const requests = (type: string) => fake.sent.filter((message) => message.type === type).map((message) => message.payload);
const within = (root: Element, text: string) => [...root.querySelectorAll('button')].find((button) => button.textContent === text)!;
const recommendation = (title: string) =>
  [...document.querySelectorAll('.recommendations > li')].find((li) => li.querySelector('.item-title')?.textContent?.trim() === title)!;

beforeEach(() => {
  background();
  // Tab 7 was used last; the panel (tab 100) is the newest.
  fake.tabs = [
    { id: 3, windowId: 1, active: false, lastAccessed: 10 },
    { id: 7, windowId: 1, active: false, lastAccessed: 50 },
    { id: 100, windowId: 1, active: true, lastAccessed: 90 },
  ];
  fake.pages.clear();
  fake.insertAnswer = { inserted: true, channel: 'message' } satisfies PanelInsertAnswer;
});

afterEach(async () => {
  await act(async () => render(null, document.body));
  fake.sent.length = 0;
  fake.tabMessages.length = 0;
  fake.updates.length = 0;
  fake.copied.length = 0;
  fake.getMessage = null;
  vi.restoreAllMocks();
});

describe('the side panel', () => {
  it('elsewhere: says what it does on LinkedIn', async () => {
    await open();
    expect(fake.tabMessages[0]).toEqual({ tabId: 7, message: { type: 'panel.page' } });
    expect(get('heading', 'panelElsewhereTitle')).toBeTruthy();
    expect(document.body.textContent).toContain('panelElsewhereText');
  });

  it("on another LinkedIn page: today's follow-ups; a name opens their profile in the followed tab", async () => {
    fake.pages.set(7, page(null));
    await open();
    expect(get('heading', 'todayDue')).toBeTruthy();
    expect(get('heading', 'todayAwaiting')).toBeTruthy();
    await click(get('button', 'Bob Due'));
    expect(fake.updates).toEqual([{ tabId: 7, url: 'https://www.linkedin.com/in/bob-due/' }]);
  });

  it('an untracked person: who the page shows, and Track records exactly that', async () => {
    fake.pages.set(7, page(ada));
    const mark = vi.spyOn(performance, 'mark');
    await open();
    expect(get('heading', 'Ada Sample')).toBeTruthy();
    expect(document.body.textContent).toContain('CFO at Acme');
    expect(document.body.textContent).toContain('Acme · Lyon, France');
    expect(requests('prospects.find')).toEqual([{ profilePath: '/in/ada-sample', memberId: null, salesLeadId: null }]);
    expect(all('combobox', 'panelStage')).toHaveLength(0);
    expect(mark).toHaveBeenCalledWith(PERSON_MARK);

    await click(get('button', 'panelTrack'));
    expect(requests('prospects.add')).toEqual([
      {
        profilePath: '/in/ada-sample',
        memberId: null,
        salesLeadId: null,
        name: 'Ada Sample',
        headline: 'CFO at Acme',
        company: 'Acme',
        location: 'Lyon, France',
      },
    ]);
    expect(status()).toBe('panelTracked(Ada Sample)');
    // The background announces the write: the record shows, no reload.
    await announce('prospects', 'interactions');
    expect(get<HTMLSelectElement>('combobox', 'panelStage').value).toBe('awareness');
    expect(all('button', 'panelTrack')).toHaveLength(0);
  });

  it('a conversation that names someone without a profile: cannot be tracked from here', async () => {
    fake.pages.set(
      7,
      page({ ...ada, source: 'conversation', profilePath: null, headline: '', company: '', location: '' }, null, 'messaging'),
    );
    await open();
    expect(get('heading', 'Ada Sample')).toBeTruthy();
    expect(requests('prospects.find')).toEqual([{ profilePath: null, name: 'Ada Sample' }]);
    expect(document.body.textContent).toContain('panelOpenProfileToTrack');
    expect(all('button', 'panelTrack')).toHaveLength(0);
  });

  it('a tracked person: stage, persona, notes and follow-up changed in place', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada));
    await open();
    const stage = get<HTMLSelectElement>('combobox', 'panelStage');
    expect(stage.value).toBe('evaluation');
    await change(stage, 'purchase');
    expect(requests('prospects.update')).toContainEqual({ id: '/in/ada-sample', patch: { stage: 'purchase' } });
    expect(status()).toBe('saved');

    await change(get<HTMLInputElement>('combobox', 'filterPersona'), 'CIO');
    expect(requests('prospects.update')).toContainEqual({ id: '/in/ada-sample', patch: { persona: 'CIO' } });

    const notes = get<HTMLTextAreaElement>('textbox', 'prospectNotes');
    expect(notes.value).toBe('Met at the fair');
    await act(async () => {
      notes.value = 'Budget in Q3';
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void notes.dispatchEvent(new Event('blur')));
    await settle();
    expect(requests('prospects.update')).toContainEqual({ id: '/in/ada-sample', patch: { notes: 'Budget in Q3' } });

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 20, 15, 30));
    await click(get('button', 'panelInThreeDays'));
    await click(get('button', 'panelNextWeek'));
    vi.useRealTimers();
    const followUps = requests('prospects.update').flatMap(({ patch }) =>
      'nextFollowUp' in (patch as object) ? [(patch as { nextFollowUp: number }).nextFollowUp] : [],
    );
    expect(followUps).toEqual([new Date(2026, 10, 23, 9).getTime(), new Date(2026, 10, 23, 9).getTime()]);
    await announce('prospects');
    // The day in the interface's language (English here: month first), not the browser's form locale.
    expect(get<HTMLInputElement>('date', 'panelFollowUpDate').value).toBe('11/23/2026');
    await click(get('button', 'panelFollowUpDone'));
    expect(requests('prospects.update').at(-1)).toEqual({ id: '/in/ada-sample', patch: { nextFollowUp: null } });
    await announce('prospects');
    expect(get<HTMLButtonElement>('button', 'panelFollowUpDone').disabled).toBe(true);
    expect(document.body.textContent).toContain('panelNoFollowUp');

    await change(get<HTMLInputElement>('date', 'panelFollowUpDate'), '12/01/2026');
    expect(requests('prospects.update').at(-1)).toEqual({
      id: '/in/ada-sample',
      patch: { nextFollowUp: new Date(2026, 11, 1, 9).getTime() },
    });

    await click(get('button', 'panelOpenRecord'));
    expect(requests('prospects.open')).toEqual([{ id: '/in/ada-sample' }]);
  });

  it('a tracked person: their last shares and replies, and content for their stage and persona they have not received', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada));
    await open();
    const exchanges = [...document.querySelectorAll('[data-testid="panel-exchanges"] li')].map((li) => li.textContent);
    expect(exchanges).toHaveLength(3);
    expect(exchanges[0]).toContain('timelineShared(Lyon case study|statusDraft)');
    expect(exchanges[1]).toContain('timelineRepliedText(Thanks, interesting)');
    expect(exchanges[2]).toContain('timelineShared(Already received|statusSent)');

    expect(get('heading', 'panelRecommended(Ada Sample)')).toBeTruthy();
    expect(requests('library.search')).toEqual([{ text: '', stages: ['evaluation'], personas: ['CFO'], limit: 20 }]);
    const titles = [...document.querySelectorAll('.recommendations .item-title')].map((title) => title.textContent?.trim());
    expect(titles).toEqual(['ROI calculator', 'Lyon case study']);
    // Each Insert names its item for a screen reader.
    const insert = within(recommendation('ROI calculator'), 'panelInsert');
    expect(document.getElementById(insert.getAttribute('aria-describedby')!)?.textContent?.trim()).toBe('ROI calculator');
  });

  it('Insert: prepared for the focused composer, inserted by the tab, the user told to press Send', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada, { kind: 'message', inmail: false }));
    await open();
    await click(within(recommendation('ROI calculator'), 'panelInsert'));
    expect(requests('share.prepare')).toEqual([{ contentId: 'roi', prospectId: '/in/ada-sample', channel: 'message' }]);
    expect(fake.tabMessages.at(-1)).toEqual({
      tabId: 7,
      message: {
        type: 'panel.insert',
        text: 'Hi Ada, read this\n\nhttps://e.com/roi',
        contentId: 'roi',
        link: 'https://e.com/roi?c=message',
        captionIndex: 0,
      },
    });
    expect(status()).toBe('panelInserted');
  });

  it("Insert into Sales Navigator's InMail box: the inmail channel", async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada, { kind: 'message', inmail: true }, 'sales-lead'));
    await open();
    await click(within(recommendation('ROI calculator'), 'panelInsert'));
    expect(requests('share.prepare')[0]).toMatchObject({ channel: 'inmail' });
  });

  it('Insert with no message box focused: says where to click, prepares nothing', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada, null));
    await open();
    await click(within(recommendation('ROI calculator'), 'panelInsert'));
    expect(status()).toBe('panelNoComposer');
    expect(requests('share.prepare')).toEqual([]);
    expect(fake.tabMessages.filter(({ message }) => (message as { type: string }).type === 'panel.insert')).toEqual([]);
  });

  it('Insert the tab refuses for want of a composer: says where to click', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada, { kind: 'message', inmail: false }));
    fake.insertAnswer = { inserted: false, reason: 'no-composer' } satisfies PanelInsertAnswer;
    await open();
    await click(within(recommendation('ROI calculator'), 'panelInsert'));
    expect(status()).toBe('panelNoComposer');
  });

  it('the saturation guard advises before inserting, and "Insert anyway" goes on', async () => {
    records.set('/in/ada-sample', prospect());
    context = { prospect: null, sentContentIds: ['sent1'], guard: { recentShares: 3, max: 2, days: 7, unansweredInARow: 2 } };
    fake.pages.set(7, page(ada, { kind: 'comment', inmail: false }, 'feed'));
    await open();
    expect(document.body.textContent).toContain('guardTooMany(Ada Sample|guardShares_other(3)|guardDays_other(7))');
    const card = recommendation('Lyon case study');
    await click(within(card, 'panelInsert'));
    expect(fake.tabMessages.filter(({ message }) => (message as { type: string }).type === 'panel.insert')).toEqual([]);
    const guard = card.querySelector('[role="group"]')!;
    expect(guard.textContent).toContain('guardUnanswered(Ada Sample)');
    expect(document.activeElement?.textContent).toBe('guardInsertAnyway');
    await click(within(card, 'guardBack'));
    expect(card.querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement).toBe(within(card, 'panelInsert'));
    await click(within(card, 'panelInsert'));
    await click(within(card, 'guardInsertAnyway'));
    expect(requests('share.prepare')).toEqual([{ contentId: 'case', prospectId: '/in/ada-sample', channel: 'comment' }]);
    expect(status()).toBe('panelInserted');
  });

  it('Copy: the text filled for them, for anywhere (the other channel)', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada));
    await open();
    await click(within(recommendation('ROI calculator'), 'panelCopy'));
    expect(requests('share.prepare')).toEqual([{ contentId: 'roi', prospectId: '/in/ada-sample', channel: 'other' }]);
    expect(fake.copied).toEqual(['Hi Ada, read this\n\nhttps://e.com/roi']);
    expect(status()).toBe('copied');
  });

  it("follows the tab the user switches to, and hears only its own tab's visits", async () => {
    fake.pages.set(7, page(null));
    fake.pages.set(3, page(ada));
    const mark = vi.spyOn(performance, 'mark');
    await open();
    expect(all('heading', 'Ada Sample')).toHaveLength(0);
    expect(mark).not.toHaveBeenCalledWith(PERSON_MARK);

    // The panel's own tab activated: it keeps following tab 7.
    await fire(fake.activated, { tabId: 100, windowId: 1 });
    expect(fake.tabMessages.at(-1)?.tabId).toBe(7);

    await fire(fake.activated, { tabId: 3, windowId: 1 });
    expect(get('heading', 'Ada Sample')).toBeTruthy();
    expect(mark.mock.calls.filter(([name]) => name === PERSON_MARK)).toHaveLength(1);

    // A visit from another tab, or another extension, is not heard; the followed tab's is, and never answered.
    const asked = fake.tabMessages.length;
    const answers: unknown[] = [];
    await act(async () => {
      for (const listener of fake.runtimeListeners)
        answers.push(listener({ type: 'page.visit', payload: { page: 'profile' } }, { id: 'nurture-id', tab: { id: 7 } }));
      for (const listener of fake.runtimeListeners)
        answers.push(listener({ type: 'page.visit', payload: { page: 'profile' } }, { id: 'other-extension', tab: { id: 3 } }));
    });
    await settle();
    expect(fake.tabMessages.length).toBe(asked);
    fake.pages.set(3, page({ ...ada, name: 'Bob Other', profilePath: '/in/bob-other' }));
    await act(async () => {
      for (const listener of fake.runtimeListeners)
        answers.push(listener({ type: 'page.visit', payload: { page: 'profile' } }, { id: 'nurture-id', tab: { id: 3 } }));
    });
    await settle();
    expect(answers.every((answer) => answer === undefined)).toBe(true);
    expect(get('heading', 'Bob Other')).toBeTruthy();
    // Another person on the same tab is not a tab switch: no second mark.
    expect(mark.mock.calls.filter(([name]) => name === PERSON_MARK)).toHaveLength(1);
  });

  it('asks again, once, after a burst of updates of the followed tab; a closed tab leaves the panel to choose again', async () => {
    fake.pages.set(7, page(null));
    await open();
    const asked = () => fake.tabMessages.filter(({ tabId }) => tabId === 7).length;
    expect(asked()).toBe(1);
    fake.pages.set(7, page(ada));
    await act(async () => {
      for (let i = 0; i < 5; i++) for (const listener of fake.updated) listener(7, { status: 'loading' });
      for (const listener of fake.updated) listener(3, { status: 'complete' });
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    await settle();
    expect(asked()).toBe(2);
    expect(get('heading', 'Ada Sample')).toBeTruthy();

    // Tab 7 closes: the last used tab left is 3, not a LinkedIn page here.
    fake.tabs = fake.tabs.filter((tab) => tab.id !== 7);
    await fire(fake.removed, 7, { windowId: 1, isWindowClosing: false });
    expect(fake.tabMessages.at(-1)?.tabId).toBe(3);
    expect(get('heading', 'panelElsewhereTitle')).toBeTruthy();
  });

  it('on another LinkedIn page: new replies, each opening its conversation in the followed tab; Mark as seen', async () => {
    handle('replies.new', () => ({
      replies: [
        newReply({ conversationUrl: 'https://www.linkedin.com/messaging/thread/2-ada/' }),
        newReply({ interactionId: 12, prospectId: '/in/bob-due', name: 'Bob Due', replyClass: 'stop' }),
      ],
      seenAt: 0,
    }));
    fake.pages.set(7, page(null));
    await open();
    expect(get('heading', 'newRepliesTitle')).toBeTruthy();
    const rows = [...document.querySelectorAll('[data-testid="new-replies"] li')].map((li) => li.textContent);
    expect(rows[0]).toContain('replyClass_question');
    expect(rows[1]).toContain('replyClass_stop');
    await click(get('button', 'Ada Sample'));
    expect(fake.updates).toEqual([{ tabId: 7, url: 'https://www.linkedin.com/messaging/thread/2-ada/' }]);
    expect(requests('replies.seen')).toHaveLength(1);
    await click(all('button', 'Bob Due').find((button) => button.closest('[data-testid="new-replies"]')) as HTMLElement);
    expect(fake.updates.at(-1)).toEqual({ tabId: 7, url: 'https://www.linkedin.com/messaging/?searchTerm=Bob%20Due' });
    await click(get('button', 'newRepliesMarkSeen'));
    expect(requests('replies.seen')).toHaveLength(3);
  });

  it("a tracked person with a new reply: one line says when and what it says; replies' classes in their exchanges", async () => {
    records.set('/in/ada-sample', prospect());
    handle('replies.new', () => ({
      replies: [newReply({ prospectId: '/in/someone-else', name: 'Someone Else', replyClass: 'stop' }), newReply({})],
      seenAt: 0,
    }));
    handle('prospects.timeline', () => [
      interaction(1, { contentId: 'sent1', status: 'sent' }),
      interaction(3, { kind: 'replied', replyClass: 'later' }),
    ]);
    fake.pages.set(7, page(ada));
    await open();
    expect(document.querySelector('[data-testid="person-new-reply"]')?.textContent).toBe('newReplyLine(2 hours ago|replyClass_question)');
    const exchanges = [...document.querySelectorAll('[data-testid="panel-exchanges"] li')].map((li) => li.textContent);
    expect(exchanges[0]).toContain('timelineReplied replyClass_later');
    expect(exchanges[1]).not.toContain('replyClass');
  });

  it('a person who asked not to be contacted: the badge, Insert and Copy off with the reason, Contact again lifts it', async () => {
    records.set('/in/ada-sample', prospect({ doNotContact: true }));
    fake.pages.set(7, page(ada, { kind: 'message', inmail: false }));
    await open();
    expect(document.querySelector('[data-testid="do-not-contact"]')?.textContent).toContain('doNotContactBadge');
    expect(all('button', 'doNotContactMark')).toHaveLength(0);
    const insert = within(recommendation('ROI calculator'), 'panelInsert');
    const copy = within(recommendation('ROI calculator'), 'panelCopy');
    expect(insert.disabled).toBe(true);
    expect(copy.disabled).toBe(true);
    // The reason is read with each button, not only seen above the list.
    for (const button of [insert, copy]) {
      const described = button
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim());
      expect(described).toEqual(['ROI calculator', 'panelDoNotContactNoShare(Ada Sample)']);
    }
    await click(insert);
    expect(requests('share.prepare')).toEqual([]);

    await click(get('button', 'doNotContactLift'));
    expect(requests('prospects.update')).toEqual([{ id: '/in/ada-sample', patch: { doNotContact: false } }]);
    await announce('prospects');
    expect(document.querySelector('[data-testid="do-not-contact"]')).toBeNull();
    expect(within(recommendation('ROI calculator'), 'panelInsert').disabled).toBe(false);
    expect(document.querySelector('[data-testid="dnc-reason"]')).toBeNull();
  });

  it('Do not contact marks an unmarked person; a share the background still refuses says why', async () => {
    records.set('/in/ada-sample', prospect());
    fake.pages.set(7, page(ada, { kind: 'message', inmail: false }));
    // Marked meanwhile by a reply read in another tab: the background refuses.
    handle('share.prepare', () => {
      throw new Error('Asked not to be contacted: this prospect asked to stop');
    });
    await open();
    await click(within(recommendation('ROI calculator'), 'panelInsert'));
    expect(status()).toBe('panelDoNotContactRefused(Ada Sample)');
    await click(within(recommendation('ROI calculator'), 'panelCopy'));
    expect(status()).toBe('panelDoNotContactRefused(Ada Sample)');
    expect(fake.copied).toEqual([]);

    await click(get('button', 'doNotContactMark'));
    expect(requests('prospects.update')).toEqual([{ id: '/in/ada-sample', patch: { doNotContact: true } }]);
  });

  it('an interested latest reply proposes the next stage; the move is one click', async () => {
    records.set('/in/ada-sample', prospect({ stage: 'consideration' }));
    handle('prospects.timeline', () => [
      interaction(1, { kind: 'replied', replyClass: 'question' }),
      interaction(3, { kind: 'replied', replyClass: 'interested' }),
      interaction(4, { contentId: 'case', status: 'draft' }),
    ]);
    fake.pages.set(7, page(ada));
    await open();
    const proposal = document.querySelector('[data-testid="interested-next"]')!;
    expect(proposal.textContent).toContain('panelInterestedNext(stage_evaluation)');
    await click(get('button', 'panelInterestedMove(stage_evaluation)'));
    expect(requests('prospects.update')).toEqual([{ id: '/in/ada-sample', patch: { stage: 'evaluation' } }]);
    await announce('prospects');
    expect(document.querySelector('[data-testid="interested-next"]')?.textContent).toContain('panelInterestedNext(stage_purchase)');
    // From purchase on, nothing is proposed.
    records.set('/in/ada-sample', prospect({ stage: 'purchase' }));
    await announce('prospects');
    expect(document.querySelector('[data-testid="interested-next"]')).toBeNull();
  });

  it('speaks French in every state, the guard included', async () => {
    fake.getMessage = getMessageFrom(loadMessages('fr'));
    const english = englishOnlyWords();
    const untranslated = () => words(readableText(document.body)).filter((word) => english.has(word));
    // The person's data in French: only the interface could bring English words.
    const french = [
      { item: item({ id: 'roi', title: 'Calculateur de retour sur investissement', language: 'fr' }), link: 'https://e.com/roi' },
      { item: item({ id: 'case', title: 'Étude de cas lyonnaise', language: 'fr' }), link: 'https://e.com/case' },
    ];
    handle('library.search', () => ({ hits: french, total: 2 }));
    handle('library.get', ({ id }) => french.find((hit) => hit.item.id === id)?.item ?? null);
    handle('prospects.timeline', () => [
      interaction(1, { contentId: 'case', status: 'sent' }),
      interaction(2, { kind: 'replied', replyClass: 'interested' }),
      interaction(3, { contentId: 'roi', status: 'draft' }),
    ]);
    handle('replies.new', () => ({
      replies: [newReply({ prospectId: '/in/chloe-martin', name: 'Chloé Martin', replyClass: 'out-of-office' })],
      seenAt: 0,
    }));
    handle('prospects.today', () => ({ due: [prospect({ id: '/in/chloe', name: 'Chloé Martin', company: 'Usine Lyon' })], awaiting: [] }));
    records.set(
      '/in/chloe-martin',
      prospect({
        id: '/in/chloe-martin',
        name: 'Chloé Martin',
        headline: 'Directrice financière',
        company: 'Usine Lyon',
        persona: 'Directrice',
        notes: 'Vue au salon',
        nextFollowUp: new Date(2026, 10, 23, 9).getTime(),
      }),
    );
    context = { prospect: null, sentContentIds: [], guard: { recentShares: 3, max: 2, days: 7, unansweredInARow: 2 } };
    const chloe: PagePerson = {
      ...ada,
      profilePath: '/in/chloe-martin',
      name: 'Chloé Martin',
      headline: 'Directrice financière',
      company: 'Usine Lyon',
      location: 'Lyon, France',
    };
    fake.pages.set(7, page(chloe, null));
    fake.pages.set(3, page({ ...chloe, profilePath: '/in/paul-durand', name: 'Paul Durand' }));
    // A fresh module graph: the translator keeps each text it read, in the language it had then.
    vi.resetModules();
    await open((await import('../../src/panel/Panel')).Panel);
    expect(document.body.textContent).toContain('Étape');
    expect(document.body.textContent).toContain('Absent du bureau');
    expect(document.body.textContent).toContain('semble intéressée');
    await click(within(recommendation('Étude de cas lyonnaise'), 'Insérer'));
    expect(document.querySelector('[role="group"] li')).not.toBeNull();
    expect(untranslated()).toEqual([]);
    await click(within(recommendation('Étude de cas lyonnaise'), 'Insérer quand même'));
    expect(status()).toBe('Cliquez d’abord dans une zone de message LinkedIn.');
    expect(untranslated()).toEqual([]);

    await fire(fake.activated, { tabId: 3, windowId: 1 });
    expect(document.body.textContent).toContain('Ajouter aux prospects');
    expect(untranslated()).toEqual([]);

    fake.pages.set(3, page(null));
    await fire(fake.updated, 3, {});
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    await settle();
    expect(document.body.textContent).toContain('Relances à faire');
    expect(document.body.textContent).toContain('Nouvelles réponses');
    expect(untranslated()).toEqual([]);

    fake.pages.delete(3);
    await fire(fake.updated, 3, {});
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    await settle();
    expect(document.body.textContent).toContain('Ouvrez un profil');
    expect(untranslated()).toEqual([]);
  });
});

describe("the popup's Open side panel", () => {
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  it('is not offered where the browser has no side panel', async () => {
    await act(async () => render(<OpenSidePanel />, document.body));
    expect(all('button', 'openSidePanel')).toHaveLength(0);
  });

  it("opens Chrome's side panel in the popup's window, then closes the popup", async () => {
    const open = vi.fn(async () => {});
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await act(async () => render(<OpenSidePanel />, document.body));
    await settle();
    await click(get('button', 'openSidePanel'));
    expect(open).toHaveBeenCalledWith({ windowId: 1 });
    expect(close).toHaveBeenCalled();
  });
});
