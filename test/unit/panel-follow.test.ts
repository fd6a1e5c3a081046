// The side panel's pure parts: which tab it follows, whose notice it hears, what it asks the
// background about the page's person, what it recommends and what the guard says.
import { describe, expect, it, vi } from 'vitest';
import {
  concernsFollowed,
  debounce,
  firstTab,
  isVisitOfFollowed,
  losesFollowed,
  tabOnActivation,
  type PanelHost,
} from '../../src/panel/follow';
import { findPayload, personKey, trackPayload } from '../../src/panel/person';
import { recommendationSearch, recommended, RECOMMENDED_MAX } from '../../src/panel/recommend';
import { composerChannel } from '../../src/panel/channel';
import { guardWarnings, personWarnings } from '../../src/panel/guard';
import { insertMessage } from '../../src/panel/insert-result';
import { contentIdsOf, latestExchanges } from '../../src/panel/exchanges';
import { openSidePanel, sidePanelKind } from '../../src/platform/side-panel';
import type { PagePerson } from '../../src/contract/panel-protocol';
import type { Interaction } from '../../src/domain/model';
import type { Translate } from '../../src/i18n/i18n';
import { item } from './helpers/items';

const asTab: PanelHost = { kind: 'tab', tabId: 9 };
const asPanel: PanelHost = { kind: 'panel', windowId: 2 };

describe('the tab the panel follows', () => {
  const tabs = [
    { id: 1, windowId: 1, active: true, lastAccessed: 500 },
    { id: 4, windowId: 2, active: false, lastAccessed: 900 },
    { id: 5, windowId: 2, active: true, lastAccessed: 300 },
    { id: 9, windowId: 2, active: false, lastAccessed: 1000 },
  ];

  it('as a side panel: the active tab of its own window', () => {
    expect(firstTab(asPanel, tabs)).toBe(5);
    expect(firstTab({ kind: 'panel', windowId: 1 }, tabs)).toBe(1);
    expect(firstTab(asPanel, [])).toBeNull();
  });

  it('as a tab: the last used tab that is not the panel itself', () => {
    expect(firstTab(asTab, tabs)).toBe(4);
    expect(firstTab(asTab, [{ id: 9, lastAccessed: 5 }])).toBeNull();
    expect(firstTab(asTab, [{ id: 3 }, { lastAccessed: 8 }])).toBe(3);
  });

  it('as a tab: follows any other tab activated, never itself', () => {
    expect(tabOnActivation(asTab, 4, { tabId: 7, windowId: 5 })).toBe(7);
    expect(tabOnActivation(asTab, 4, { tabId: 9, windowId: 2 })).toBe(4);
  });

  it("as a side panel: follows its own window's activations only", () => {
    expect(tabOnActivation(asPanel, 5, { tabId: 4, windowId: 2 })).toBe(4);
    expect(tabOnActivation(asPanel, 5, { tabId: 1, windowId: 1 })).toBe(5);
    // A window it could not name: every activation counts.
    expect(tabOnActivation({ kind: 'panel', windowId: null }, 5, { tabId: 1, windowId: 1 })).toBe(1);
  });

  it('updates and closings of the followed tab only', () => {
    expect(concernsFollowed(5, 5)).toBe(true);
    expect(concernsFollowed(5, 6)).toBe(false);
    expect(concernsFollowed(null, 5)).toBe(false);
    expect(losesFollowed(5, 5)).toBe(true);
    expect(losesFollowed(5, 4)).toBe(false);
  });

  it('hears a visit only from our content script in the followed tab', () => {
    const visit = { type: 'page.visit', payload: { page: 'profile' } };
    expect(isVisitOfFollowed(visit, { id: 'ours', tab: { id: 5 } }, 'ours', 5)).toBe(true);
    expect(isVisitOfFollowed(visit, { id: 'ours', tab: { id: 6 } }, 'ours', 5)).toBe(false);
    expect(isVisitOfFollowed(visit, { id: 'theirs', tab: { id: 5 } }, 'ours', 5)).toBe(false);
    expect(isVisitOfFollowed(visit, { id: 'ours' }, 'ours', 5)).toBe(false);
    expect(isVisitOfFollowed(visit, { id: 'ours', tab: { id: 5 } }, 'ours', null)).toBe(false);
    expect(isVisitOfFollowed({ type: 'stores.changed' }, { id: 'ours', tab: { id: 5 } }, 'ours', 5)).toBe(false);
    expect(isVisitOfFollowed(null, { id: 'ours', tab: { id: 5 } }, 'ours', 5)).toBe(false);
  });

  it('a burst of updates makes one question, after the last', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const call = debounce(run, 100);
    call();
    vi.advanceTimersByTime(60);
    call();
    vi.advanceTimersByTime(60);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(run).toHaveBeenCalledTimes(1);
    call();
    call.cancel();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

const person = (over: Partial<PagePerson> = {}): PagePerson => ({
  source: 'profile',
  profilePath: '/in/ada-sample',
  name: 'Ada Sample',
  headline: 'CFO at Acme',
  company: 'Acme',
  location: 'Lyon, France',
  memberId: 'ACoAAB1234567890',
  salesLeadId: null,
  ...over,
});

describe("the page's person", () => {
  it('is looked for by profile and ids, or by name in a conversation without a profile', () => {
    expect(findPayload(person())).toEqual({ profilePath: '/in/ada-sample', memberId: 'ACoAAB1234567890', salesLeadId: null });
    expect(findPayload(person({ source: 'conversation', profilePath: null, name: ' Ada Sample ' }))).toEqual({
      profilePath: null,
      name: 'Ada Sample',
    });
    // Ids the background would refuse are left out rather than failing the question.
    expect(findPayload(person({ memberId: 'not-an-id', salesLeadId: 'nope' }))).toEqual({
      profilePath: '/in/ada-sample',
      memberId: null,
      salesLeadId: null,
    });
    expect(findPayload(person({ profilePath: null, name: 'x'.repeat(200) }))).toBeNull();
  });

  it('is tracked exactly as the page shows them, and only with a profile', () => {
    expect(trackPayload(person())).toEqual({
      profilePath: '/in/ada-sample',
      memberId: 'ACoAAB1234567890',
      salesLeadId: null,
      name: 'Ada Sample',
      headline: 'CFO at Acme',
      company: 'Acme',
      location: 'Lyon, France',
    });
    expect(trackPayload(person({ source: 'conversation', profilePath: null }))).toBeNull();
  });

  it('has one key per tab and person', () => {
    expect(personKey(1, person())).not.toBe(personKey(2, person()));
    expect(personKey(1, person())).not.toBe(personKey(1, person({ profilePath: '/in/bob' })));
    // The headline read later (a lazy part of the page) is the same person.
    expect(personKey(1, person())).toBe(personKey(1, person({ headline: 'Later' })));
  });
});

describe('recommendations', () => {
  it('for their stage and persona; nothing for someone lost', () => {
    expect(recommendationSearch({ stage: 'evaluation', persona: ' CFO ' })).toEqual({
      text: '',
      stages: ['evaluation'],
      personas: ['CFO'],
      limit: 20,
    });
    expect(recommendationSearch({ stage: 'awareness', persona: '' })).toEqual({ text: '', stages: ['awareness'], limit: 20 });
    expect(recommendationSearch({ stage: 'lost', persona: 'CFO' })).toBeNull();
  });

  it('minus what they already received, a few at a time', () => {
    const hits = Array.from({ length: 8 }, (_, i) => ({ item: item({ id: `i${i}`, title: `T${i}` }), link: `https://e.com/${i}` }));
    expect(recommended(hits, ['i0', 'i2']).map((hit) => hit.item.id)).toEqual(['i1', 'i3', 'i4', 'i5', 'i6']);
    expect(recommended(hits, [])).toHaveLength(RECOMMENDED_MAX);
  });
});

describe('inserting', () => {
  it("takes the focused composer's channel", () => {
    expect(composerChannel({ kind: 'message', inmail: false })).toBe('message');
    expect(composerChannel({ kind: 'message', inmail: true })).toBe('inmail');
    expect(composerChannel({ kind: 'post', inmail: false })).toBe('post');
    expect(composerChannel({ kind: 'comment', inmail: false })).toBe('comment');
    expect(composerChannel(null)).toBe('message');
  });

  it('says what happened, or why not', () => {
    expect(insertMessage({ inserted: true, channel: 'message' })).toEqual({ key: 'panelInserted', error: false });
    expect(insertMessage({ inserted: false, reason: 'no-composer' })).toEqual({ key: 'panelNoComposer', error: true });
    expect(insertMessage({ inserted: false, reason: 'refused' })).toEqual({ key: 'panelInsertRefused', error: true });
    expect(insertMessage(null)).toEqual({ key: 'panelTabGone', error: true });
  });
});

describe('the saturation guard', () => {
  const t = ((key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`)) as Translate;
  const calm = { recentShares: 0, max: 2, days: 7, unansweredInARow: 0 };

  it("speaks the picker's words by the picker's rules", () => {
    expect(guardWarnings(t, 'Ada', { sentContentIds: [], guard: calm }, 'a', 'en')).toEqual([]);
    expect(guardWarnings(t, 'Ada', { sentContentIds: ['a'], guard: calm }, 'a', 'en')).toEqual(['guardAlreadySent(Ada)']);
    expect(guardWarnings(t, 'Ada', { sentContentIds: [], guard: { ...calm, recentShares: 2 } }, 'a', 'en')).toEqual([
      'guardTooMany(Ada|guardShares_other(2)|guardDays_other(7))',
    ]);
    expect(guardWarnings(t, 'Ada', { sentContentIds: ['a'], guard: { ...calm, recentShares: 1, unansweredInARow: 2 } }, 'a', 'en')).toEqual(
      ['guardAlreadySent(Ada)', 'guardUnanswered(Ada)'],
    );
    expect(personWarnings(t, 'Ada', { ...calm, unansweredInARow: 1 }, 'en')).toEqual([]);
  });

  it("counts shares and days by the language's plural rules", () => {
    const once = { recentShares: 1, max: 1, days: 1, unansweredInARow: 0 };
    expect(personWarnings(t, 'Ada', once, 'en')).toEqual(['guardTooMany(Ada|guardShares_one(1)|guardDays_one(1))']);
    expect(personWarnings(t, 'Ada', { ...once, recentShares: 1_500 }, 'fr')).toEqual([
      'guardTooMany(Ada|guardShares_other(1\u202f500)|guardDays_one(1))',
    ]);
  });
});

describe('the last exchanges', () => {
  const entry = (id: number, kind: Interaction['kind'], at: number, contentId: string | null = null): Interaction => ({
    id,
    at,
    kind,
    prospectId: '/in/ada',
    contentId,
    channel: 'message',
    url: null,
    externalId: null,
    note: '',
  });

  it('shares and replies, newest first, five at most', () => {
    const timeline = [
      entry(1, 'shared', 10, 'a'),
      entry(2, 'stage', 20),
      entry(3, 'replied', 30),
      entry(4, 'shared', 40, 'b'),
      entry(5, 'note', 50),
      entry(6, 'shared', 60, 'a'),
      entry(7, 'shared', 5, 'c'),
      entry(8, 'replied', 70),
    ];
    const latest = latestExchanges(timeline);
    expect(latest.map((each) => each.id)).toEqual([8, 6, 4, 3, 1]);
    expect(contentIdsOf(latest)).toEqual(['a', 'b']);
  });
});

describe('opening the side panel', () => {
  it("uses Chrome's sidePanel in a window, or Firefox's sidebar, or says there is none", async () => {
    const open = vi.fn(async () => {});
    expect(sidePanelKind({ chrome: { sidePanel: { open } } })).toBe('chrome');
    expect(await openSidePanel(3, { chrome: { sidePanel: { open } } })).toBe(true);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await openSidePanel(null, { chrome: { sidePanel: { open } } })).toBe(false);

    const sidebar = vi.fn(async () => {});
    // Firefox also has a `chrome` global, without sidePanel.
    const firefox = { chrome: {}, browser: { sidebarAction: { open: sidebar } } };
    expect(sidePanelKind(firefox)).toBe('firefox');
    expect(await openSidePanel(null, firefox)).toBe(true);
    expect(sidebar).toHaveBeenCalledTimes(1);

    expect(sidePanelKind({})).toBeNull();
    expect(await openSidePanel(1, { chrome: { sidePanel: {} } })).toBe(false);
  });

  it('calls the browser before any await (the user gesture must still hold)', () => {
    const open = vi.fn(async () => {});
    void openSidePanel(3, { chrome: { sidePanel: { open } } });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
