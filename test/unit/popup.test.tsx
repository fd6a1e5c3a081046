// @vitest-environment happy-dom
// The toolbar popup over a fake browser: the active tab's content script answers who the page
// shows (or nothing: not LinkedIn), a fake background answers the requests. Who is on the tab
// (tracked or not), each card's two actions and its menu (by keyboard), recent activity said by
// name for each kind of entry, and the footer's "Report a problem".
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storesChanged } from '../../src/contract/changes';
import type { LibraryHit, ShareText } from '../../src/contract/index';
import type { Interaction, Prospect } from '../../src/domain/model';
import type { PanelPageAnswer, PagePerson } from '../../src/contract/panel-protocol';
import type { RecentEntry } from '../../src/contract/requests/activity';
import type { Translate } from '../../src/i18n/i18n';
import { getMessageFrom, loadMessages } from './helpers/french';
import { item } from './helpers/items';
import { prospect } from './helpers/prospects';

type Listener = (...args: unknown[]) => unknown;
type Handler = (payload: Record<string, unknown>) => unknown;

const fake = vi.hoisted(() => ({
  runtimeListeners: new Set<(...args: unknown[]) => unknown>(),
  /** What the active tab's content script answers; null: no content script (not LinkedIn). */
  page: null as unknown,
  insertAnswer: null as unknown,
  /** The active tab's id; null: no tab. */
  tabId: 5 as number | null,
  tabMessages: [] as { tabId: number; message: { type: string } & Record<string, unknown> }[],
  sent: [] as { type: string; payload: Record<string, unknown> }[],
  handlers: new Map<string, (payload: Record<string, unknown>) => unknown>(),
  created: [] as string[],
  copied: [] as string[],
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
            return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : 'failed' } };
          }
        },
        openOptionsPage: async () => {},
      },
      tabs: {
        query: async () => (fake.tabId === null ? [] : [{ id: fake.tabId, windowId: 1, active: true }]),
        sendMessage: async (tabId: number, message: { type: string } & Record<string, unknown>) => {
          fake.tabMessages.push({ tabId, message });
          if (fake.page === null) throw new Error('Could not establish connection. Receiving end does not exist.');
          return structuredClone(message.type === 'panel.insert' ? fake.insertAnswer : message.type === 'panel.page' ? fake.page : null);
        },
        create: async ({ url }: { url: string }) => void fake.created.push(url),
      },
      windows: { getCurrent: async () => ({ id: 1 }) },
      storage: { session: { get: async () => ({}) } },
      i18n: {
        getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
        getUILanguage: () => 'en',
      },
    },
  };
});

const { Popup } = await import('../../src/popup/Popup');
const { activityLine } = await import('../../src/popup/activity-line');
const { movedTo, itemByLetter } = await import('../../src/ui/MenuButton');

// ---- the page and the background ------------------------------------------------------------

const ada: PagePerson = {
  source: 'profile',
  profilePath: '/in/ada-sample',
  name: 'Ada Sample',
  headline: 'CFO at Acme',
  company: 'Acme',
  location: 'Lyon',
  memberId: null,
  salesLeadId: null,
};
const onPage = (person: PagePerson | null, composer: PanelPageAnswer['composer'] = null): PanelPageAnswer => ({
  page: person ? 'profile' : 'feed',
  person,
  composer,
});
const record = (over: Partial<Prospect> = {}): Prospect => prospect({ headline: 'CFO at Acme', company: 'Acme', persona: 'CFO', ...over });
const hits: LibraryHit[] = [
  { item: item({ id: 'roi', title: 'ROI calculator', url: 'https://e.com/roi' }), link: 'https://e.com/roi?utm_source=linkedin' },
  { item: item({ id: 'case', title: 'Lyon case study', url: 'https://e.com/case' }), link: 'https://e.com/case?utm_source=linkedin' },
];

let records: Map<string, Prospect>;
const handle = (type: string, handler: Handler) => fake.handlers.set(type, handler);
const sentOf = (type: string) => fake.sent.filter((message) => message.type === type).map((message) => message.payload);
const tabMessagesOf = (type: string) => fake.tabMessages.filter(({ message }) => message.type === type);

beforeEach(() => {
  performance.clearMarks();
  fake.handlers.clear();
  records = new Map();
  fake.page = null;
  fake.tabId = 5;
  fake.insertAnswer = { inserted: true, channel: 'message' };
  handle('app.ping', () => ({ version: '1.2.3', schemaVersion: 7 }));
  handle('page.health', () => null);
  handle('library.search', () => ({ hits, total: hits.length }));
  handle('prospects.find', ({ profilePath }) => records.get(String(profilePath)) ?? null);
  handle('prospects.add', (payload) => {
    const added = record({ id: String(payload['profilePath']), name: String(payload['name']), stage: 'awareness' });
    records.set(added.id, added);
    return { prospect: added, created: true };
  });
  handle('share.prepare', ({ contentId, channel }): ShareText => ({
    caption: 'Read this',
    link: `https://e.com/${String(contentId)}?c=${String(channel)}`,
    text: `Hi Ada, read this\n\nhttps://e.com/${String(contentId)}`,
    captionIndex: 1,
    missing: [],
  }));
});
afterEach(async () => {
  await act(async () => render(null, document.body));
  fake.sent.length = 0;
  fake.tabMessages.length = 0;
  fake.created.length = 0;
  fake.copied.length = 0;
  delete (globalThis as { chrome?: unknown }).chrome;
});

// ---- driving it -----------------------------------------------------------------------------

async function settle(rounds = 6) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}
async function open() {
  await act(async () => render(<Popup />, document.body));
  await settle();
}
async function announce(...stores: Parameters<typeof storesChanged>[0]) {
  await act(async () => {
    for (const listener of [...fake.runtimeListeners]) listener(storesChanged(stores), { id: 'nurture-id' });
  });
  await settle();
}
const buttons = (name: string, within: ParentNode = document) =>
  [...within.querySelectorAll('button')].filter((each) => each.textContent?.trim() === name);
function button(name: string, within: ParentNode = document): HTMLButtonElement {
  const found = buttons(name, within);
  if (found.length !== 1) throw new Error(`${found.length} buttons ${name}: ${document.body.innerHTML.slice(0, 3000)}`);
  return found[0]!;
}
async function click(element: HTMLElement) {
  await act(async () => element.click());
  await settle();
}
async function press(element: Element, key: string, init: KeyboardEventInit = {}) {
  await act(async () => void element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
  await settle(2);
}
const personLine = () => document.querySelector('[data-testid="tab-person"]');
const card = (title: string) =>
  [...document.querySelectorAll('.results li')].find((li) => li.querySelector('.item-title')?.textContent === title)!;

// ---- who is on the tab ------------------------------------------------------------------------

describe('who is on the tab', () => {
  it('a tracked person: their name and stage first, with the side panel one click away', async () => {
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open: async () => {} } };
    records.set(ada.profilePath!, record());
    fake.page = onPage(ada);
    await open();
    const line = personLine()!;
    expect(line.getAttribute('aria-label')).toBe('popupOnThisTab');
    expect(line.querySelector('.tab-person-line')?.textContent).toBe('Ada Sample · stage_evaluation');
    // The first thing under the header, and the one "Open side panel" of the popup.
    expect(document.querySelector('main')!.children[1]).toBe(line);
    expect(buttons('openSidePanel', line)).toHaveLength(1);
    expect(buttons('openSidePanel')).toHaveLength(1);
    expect(buttons('popupAddProspect')).toHaveLength(0);
  });

  it('is asked of the tab, and the record of the background only after the first results', async () => {
    records.set(ada.profilePath!, record());
    fake.page = onPage(ada);
    await open();
    expect(tabMessagesOf('panel.page')).toEqual([{ tabId: 5, message: { type: 'panel.page' } }]);
    const order = fake.sent.map((message) => message.type);
    expect(order.indexOf('library.search')).toBeLessThan(order.indexOf('prospects.find'));
    expect(sentOf('prospects.find')).toEqual([{ profilePath: '/in/ada-sample', memberId: null, salesLeadId: null }]);
  });

  it('someone not tracked: their name and "Add to prospects", which adds them as the page shows them', async () => {
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open: async () => {} } };
    fake.page = onPage(ada);
    await open();
    const line = personLine()!;
    expect(line.querySelector('.tab-person-line')?.textContent).toBe('Ada Sample');
    // The side panel stays in the header until they are tracked.
    expect(buttons('openSidePanel', line)).toHaveLength(0);
    expect(buttons('openSidePanel', document.querySelector('header')!)).toHaveLength(1);
    await click(button('popupAddProspect'));
    expect(sentOf('prospects.add')).toEqual([
      {
        profilePath: '/in/ada-sample',
        memberId: null,
        salesLeadId: null,
        name: 'Ada Sample',
        headline: 'CFO at Acme',
        company: 'Acme',
        location: 'Lyon',
      },
    ]);
    expect(line.querySelector('[role="status"]')?.textContent).toBe('popupProspectAdded(Ada Sample)');
    // The background announces the write: the line reads their record now.
    await announce('prospects', 'interactions');
    expect(line.querySelector('.tab-person-line')?.textContent).toBe('Ada Sample · stage_awareness');
    expect(buttons('popupAddProspect')).toHaveLength(0);
    expect(buttons('openSidePanel', line)).toHaveLength(1);
  });

  it('a conversation that links no profile: the name, and how to add them', async () => {
    fake.page = { page: 'messaging', person: { ...ada, source: 'conversation', profilePath: null }, composer: null };
    await open();
    expect(sentOf('prospects.find')).toEqual([{ profilePath: null, name: 'Ada Sample' }]);
    expect(personLine()?.textContent).toContain('Ada Sample');
    expect(personLine()?.textContent).toContain('panelOpenProfileToTrack');
    expect(buttons('popupAddProspect')).toHaveLength(0);
  });

  it('says a person asked not to be contacted', async () => {
    records.set(ada.profilePath!, record({ doNotContact: true }));
    fake.page = onPage(ada);
    await open();
    expect(personLine()?.querySelector('.chip.dnc-badge')?.textContent).toBe('doNotContactBadge');
  });

  it('no line where the tab shows no one, or is not LinkedIn', async () => {
    fake.page = onPage(null);
    await open();
    expect(personLine()).toBeNull();
    expect(sentOf('prospects.find')).toEqual([]);
    await act(async () => render(null, document.body));
    fake.page = null;
    await open();
    expect(personLine()).toBeNull();
  });
});

// ---- the cards ----------------------------------------------------------------------------------

describe('a library card', () => {
  it('has two main actions and a menu button for the rest', async () => {
    await open();
    const li = card('ROI calculator');
    const actions = [...li.querySelector('.item-actions')!.children];
    expect(actions.map((each) => each.textContent?.trim())).toEqual(['panelInsert', 'panelCopy', 'cardMore▾']);
    const more = li.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const menu = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(menu.getAttribute('role')).toBe('menu');
    expect(menu.hidden).toBe(true);
    // Each button names the item it acts on.
    const title = li.querySelector('.item-title')!;
    for (const each of li.querySelectorAll('.item-actions > button, .item-actions > .menu > button')) {
      expect(each.getAttribute('aria-describedby')).toBe(title.id);
    }
  });

  it('the menu by keyboard: ↓ opens it on its first item, ↑ ↓ Home End move, Escape gives the focus back', async () => {
    await open();
    const more = card('ROI calculator').querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    more.focus();
    await press(more, 'ArrowDown');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const items = () => [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items().map((each) => each.textContent)).toEqual(['copyLink', 'shareOnLinkedIn', 'open']);
    expect(document.activeElement).toBe(items()[0]);
    await press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    await press(document.activeElement!, 'End');
    expect(document.activeElement).toBe(items()[2]);
    await press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[0]);
    await press(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(items()[2]);
    await press(document.activeElement!, 'Home');
    expect(document.activeElement).toBe(items()[0]);
    await press(document.activeElement!, 's');
    expect(document.activeElement).toBe(items()[1]);
    await press(document.activeElement!, 'Escape');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(items()).toEqual([]);
    expect(document.activeElement).toBe(more);
    // ↑ opens it on its last item; Tab closes it.
    await press(more, 'ArrowUp');
    expect(document.activeElement).toBe(items()[2]);
    await press(document.activeElement!, 'Tab');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
  });

  it('a click opens it, an item acts and closes it, a click outside closes it', async () => {
    await open();
    const li = card('Lyon case study');
    const more = li.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    await click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await click(button('copyLink', li));
    expect(fake.copied).toEqual(['https://e.com/case?utm_source=linkedin']);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
    expect(li.querySelector('[role="status"]')?.textContent).toBe('linkCopied');

    await click(more);
    await click(button('shareOnLinkedIn', li));
    expect(sentOf('share.prepare').at(-1)).toEqual({ contentId: 'case', prospectId: null, channel: 'post' });
    expect(fake.created).toEqual([
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent('https://e.com/case?c=post')}`,
    ]);

    await click(more);
    await act(async () => void document.body.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    await settle(2);
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('Copy copies the caption and link, filled for the person on the tab', async () => {
    fake.page = onPage(ada);
    await open();
    await click(button('panelCopy', card('ROI calculator')));
    expect(sentOf('share.prepare')).toEqual([
      { contentId: 'roi', prospectId: '/in/ada-sample', personName: 'Ada Sample', channel: 'other' },
    ]);
    expect(fake.copied).toEqual(['Hi Ada, read this\n\nhttps://e.com/roi']);
    expect(buttons('copied', card('ROI calculator'))).toHaveLength(1);
  });

  it('Insert goes into the LinkedIn box the user last clicked in, for the person on the tab', async () => {
    fake.page = onPage(ada, { kind: 'message', inmail: false });
    await open();
    await click(button('panelInsert', card('ROI calculator')));
    expect(sentOf('share.prepare')).toEqual([
      { contentId: 'roi', prospectId: '/in/ada-sample', personName: 'Ada Sample', channel: 'message' },
    ]);
    expect(tabMessagesOf('panel.insert')).toEqual([
      {
        tabId: 5,
        message: {
          type: 'panel.insert',
          text: 'Hi Ada, read this\n\nhttps://e.com/roi',
          contentId: 'roi',
          link: 'https://e.com/roi?c=message',
          captionIndex: 1,
        },
      },
    ]);
    expect(card('ROI calculator').querySelector('[role="status"]')?.textContent).toBe('panelInserted');
  });

  it('Insert says why not: no box clicked in, not a LinkedIn tab, a refused share', async () => {
    fake.page = onPage(ada);
    await open();
    await click(button('panelInsert', card('ROI calculator')));
    expect(card('ROI calculator').querySelector('[role="alert"]')?.textContent).toBe('panelNoComposer');
    expect(tabMessagesOf('panel.insert')).toEqual([]);

    fake.page = null;
    await click(button('panelInsert', card('ROI calculator')));
    expect(card('ROI calculator').querySelector('[role="alert"]')?.textContent).toBe('popupInsertNoTab');

    fake.page = onPage(ada, { kind: 'message', inmail: false });
    handle('share.prepare', () => {
      throw new Error('Asked not to be contacted: Ada Sample asked you to stop.');
    });
    await click(button('panelInsert', card('ROI calculator')));
    expect(card('ROI calculator').querySelector('[role="alert"]')?.textContent).toBe('panelDoNotContactRefused(Ada Sample)');
    expect(tabMessagesOf('panel.insert')).toEqual([]);
  });

  it('menu keys, pure', () => {
    expect([movedTo('ArrowDown', 2, 3), movedTo('ArrowUp', 0, 3), movedTo('Home', 2, 3), movedTo('End', 0, 3), movedTo('a', 0, 3)]).toEqual(
      [0, 2, 0, 2, null],
    );
    expect(itemByLetter(['Copy link', 'Share on LinkedIn', 'Open', 'Copy text'], 0, 'c')).toBe(3);
    expect(itemByLetter(['Copy link', 'Share on LinkedIn'], 1, 'C')).toBe(0);
    expect(itemByLetter(['Copy link'], 0, 'z')).toBeNull();
  });
});

// ---- recent activity ------------------------------------------------------------------------------

const entry = (over: Partial<Interaction>, who: string | null, contentTitle: string | null = 'CFO case'): RecentEntry => ({
  interaction: {
    id: 1,
    at: 1,
    kind: 'shared',
    prospectId: '/in/ada-sample-42',
    contentId: 'c1',
    channel: 'message',
    url: null,
    externalId: null,
    note: '',
    ...over,
  },
  contentTitle,
  prospectName: who,
  who,
});

describe('recent activity', () => {
  const keys: Translate = (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`);

  it('says each kind of entry as what it is, with whom by name', () => {
    const lines = [
      entry({ kind: 'shared', status: 'draft' }, 'Ada Sample'),
      entry({ kind: 'shared' }, 'Ada Sample', null),
      entry({ kind: 'posted', prospectId: null }, null),
      entry({ kind: 'posted', prospectId: null }, null, null),
      entry({ kind: 'replied', contentId: null, replyClass: 'interested' }, 'Ada Sample', null),
      entry({ kind: 'stage', contentId: null, stageFrom: 'awareness', stageTo: 'evaluation' }, 'Ada Sample', null),
      entry({ kind: 'stage', contentId: null }, 'Ada Sample', null),
      entry({ kind: 'note', contentId: null, note: 'Likes numbers' }, 'Ada Sample', null),
      entry({ kind: 'call', contentId: null, note: 'Pilot' }, 'Ada Sample', null),
      entry({ kind: 'meeting', contentId: null, note: 'Demo' }, 'Ada Sample', null),
      entry({ kind: 'email', contentId: null, note: 'Sent the deck' }, 'Ada Sample', null),
      entry({ kind: 'call', contentId: null, prospectId: null, note: 'Cold call' }, null, null),
    ].map((each) => activityLine(keys, each));
    expect(lines).toEqual([
      'activityShared(CFO case|Ada Sample)',
      'activitySharedUntitled(Ada Sample)',
      'activityPosted(CFO case)',
      'activityPostedUntitled',
      'activityReplied(Ada Sample)',
      'activityStageTo(Ada Sample|stage_evaluation)',
      'activityStageChanged(Ada Sample)',
      'activityNoteWith(Ada Sample)',
      'activityCallWith(Ada Sample)',
      'activityMeetingWith(Ada Sample)',
      'activityEmailWith(Ada Sample)',
      'activityCallAlone',
    ]);
  });

  it('never a profile path: only a path known reads "a LinkedIn member", a name from the conversation is used', () => {
    const english = getMessageFrom(loadMessages('en'));
    const t: Translate = (key, subs) => english(key, subs);
    expect(activityLine(t, entry({}, null))).toBe('Shared “CFO case” with a LinkedIn member');
    expect(activityLine(t, entry({ kind: 'replied' }, null))).toBe('A LinkedIn member replied');
    expect(activityLine(t, entry({ kind: 'stage', stageTo: 'purchase' }, 'Ada Sample'))).toBe('Ada Sample moved to Purchase');
    expect(activityLine(t, entry({ prospectId: null, personName: 'Lucía Ejemplo' }, 'Lucía Ejemplo'))).toBe(
      'Shared “CFO case” with Lucía Ejemplo',
    );
    expect(activityLine(t, entry({ prospectId: null }, null))).toBe('Shared “CFO case” with someone');
    expect(activityLine(t, entry({ kind: 'call', note: 'x' }, 'Ada Sample'))).toBe('Call with Ada Sample');
    const french = getMessageFrom(loadMessages('fr'));
    expect(activityLine((key, subs) => french(key, subs), entry({ kind: 'replied' }, null))).toBe('Un membre LinkedIn a répondu');
  });

  it('in the popup: names, a "Draft" chip, the reply class, a call’s note', async () => {
    handle('activity.recent', () => ({
      entries: [
        entry({ id: 3, kind: 'replied', contentId: null, replyClass: 'interested' }, 'Ada Sample', null),
        entry({ id: 2, kind: 'call', contentId: null, note: 'Pilot call' }, 'Ada Sample', null),
        entry({ id: 1, kind: 'shared', status: 'draft' }, null),
      ],
    }));
    await open();
    const rows = [...document.querySelectorAll('[data-testid="activity"] li')];
    expect(rows.map((row) => row.textContent)).toEqual([
      'activityReplied(Ada Sample) replyClass_interested',
      'activityCallWith(Ada Sample) Pilot call',
      'activityShared(CFO case|activityLinkedInMember) chipDraft',
    ]);
    expect(rows[2]!.querySelector('.chip.draft')?.textContent).toBe('chipDraft');
    expect(document.querySelector('.activity h2')?.textContent).toBe('popupRecentTitle');
    expect(document.querySelector('.activity')?.textContent).not.toContain('/in/');
  });
});

// ---- the footer -------------------------------------------------------------------------------

describe('the footer', () => {
  it('keeps the tab’s health in view, and the version and page structure under "Report a problem"', async () => {
    handle('page.health', () => ({ page: 'profile', features: { track: 'mounted' }, missing: [], at: 1 }));
    await open();
    const footer = document.querySelector('footer')!;
    expect(footer.querySelector('[data-testid="tab-health"]')?.textContent).toBe('pageProfile · featuresActive');
    expect(footer.querySelector('[data-testid="tab-health"]')?.closest('details')).toBeNull();
    expect(buttons('openDashboard', footer)).toHaveLength(1);
    const report = footer.querySelector('details')!;
    expect(report.open).toBe(false);
    expect(report.querySelector('summary')?.textContent).toBe('reportProblem');
    expect(report.querySelector('[data-testid="connection"]')?.textContent).toBe('reportProblemVersion(1.2.3|7)');
    const copy = button('copyStructure', report);
    expect(document.getElementById(copy.getAttribute('aria-describedby')!)?.textContent).toBe('copyStructureHint');
    await act(async () => report.querySelector('summary')!.click());
    expect(report.open).toBe(true);
  });

  it('offers no page structure off LinkedIn, and asks the tab’s health after the library', async () => {
    await open();
    const report = document.querySelector('footer details')!;
    expect(buttons('copyStructure', report)).toHaveLength(0);
    expect(document.querySelector('[data-testid="tab-health"]')?.textContent).toBe('tabNotLinkedIn');
    const order = fake.sent.map((message) => message.type);
    expect(order.indexOf('library.search')).toBeLessThan(order.indexOf('page.health'));
    expect(order.indexOf('library.search')).toBeLessThan(order.indexOf('app.ping'));
  });

  it('says when the background does not answer, once the library failed', async () => {
    fake.handlers.delete('library.search');
    fake.handlers.delete('app.ping');
    await open();
    expect(document.querySelector('footer .error')?.textContent).toBe('backgroundUnreachable(error_unknown_request)');
    expect(document.querySelector('footer details summary')?.textContent).toBe('reportProblem');
  });
});

// ---- the draft chip's colours -------------------------------------------------------------------

describe('the "Draft" chip', () => {
  const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const luminance = (hex: string) => {
    const [r, g, b] = rgb(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  const hue = (hex: string) => {
    const [r, g, b] = rgb(hex);
    const max = Math.max(r, g, b);
    const d = max - Math.min(r, g, b);
    const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return (h * 60 + 360) % 360;
  };
  /** Each `.chip.<name> { background: #…; color: #… }` of a style sheet, light theme then dark. */
  const colours = (file: string, name: string) =>
    [
      ...readFileSync(file, 'utf8').matchAll(
        new RegExp(`\\.chip\\.${name} \\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \\}`, 'g'),
      ),
    ].map((match) => ({ background: match[1]!, color: match[2]! }));

  it('reads at 4.5:1 or more in both themes, in another colour family than "Example"', () => {
    const draft = colours('src/popup/popup.css', 'draft');
    const example = colours('src/ui/theme.css', 'example');
    expect(draft).toHaveLength(2);
    expect(example.length).toBeGreaterThan(0);
    for (const { background, color } of draft) expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
    const apart = Math.abs(hue(draft[0]!.background) - hue(example[0]!.background));
    expect(Math.min(apart, 360 - apart)).toBeGreaterThan(90);
  });
});
