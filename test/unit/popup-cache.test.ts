// The popup's first-screen cache: which requests it keeps, when an entry is too old to paint,
// which writes drop it, and that an answer read before a write never comes back after it.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { createPopupCache } from '../../src/features/popup-cache/worker';
import type { Route, Sender } from '../../src/background/router';
import { localTime } from '../../src/domain/time/local-date';
import { REQUESTS } from '../../src/contract/requests';
import {
  cacheKey,
  entryOf,
  isUsable,
  MAX_AGE_MS,
  POPUP_CACHE_VERSION,
  POPUP_SECTIONS,
  readCache,
  SECTION_READS,
  sectionOfRequest,
  sectionsReading,
  SECTIONS,
} from '../../src/features/popup-cache/sections';
import { background } from './helpers/background';
import { fakeArea } from './helpers/session-area';

// The live queries' READS sit in a module that talks to the browser: none here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const page: Sender = { kind: 'extension-page', tabId: undefined };
const NOON = localTime('2026-11-29', 12)!;

describe('what the popup cache keeps', () => {
  it('is exactly the popup first screen’s requests, by type and payload', () => {
    expect(sectionOfRequest({ type: 'library.search', payload: { text: '', limit: 8 } })).toBe('search');
    expect(sectionOfRequest({ type: 'prospects.today', payload: {} })).toBe('today');
    expect(sectionOfRequest({ type: 'activity.recent', payload: { limit: 5 } })).toBe('recent');
    expect(sectionOfRequest({ type: 'onboarding.status', payload: {} })).toBe('onboarding');
    // A search typed, filtered or longer, another request, a malformed message: not kept.
    expect(sectionOfRequest({ type: 'library.search', payload: { text: 'a', limit: 8 } })).toBeNull();
    expect(sectionOfRequest({ type: 'library.search', payload: { text: '', limit: 8, stages: ['awareness'] } })).toBeNull();
    expect(sectionOfRequest({ type: 'library.search', payload: { text: '', limit: 20 } })).toBeNull();
    expect(sectionOfRequest({ type: 'activity.recent', payload: { limit: 50 } })).toBeNull();
    expect(sectionOfRequest({ type: 'prospects.list', payload: {} })).toBeNull();
    expect(sectionOfRequest({ type: 'prospects.today' })).toBeNull();
    expect(sectionOfRequest(null)).toBeNull();
  });

  it('drops what a write to a store makes wrong: erasing a person drops the lists and the activity', async () => {
    expect(sectionsReading(['prospects', 'interactions'])).toEqual(['today', 'recent', 'onboarding']);
    expect(sectionsReading(['content'])).toEqual(['search', 'recent']);
    expect(sectionsReading(['settings'])).toEqual(['search', 'today']);
    // The first run's choices: the guide's next step.
    expect(sectionsReading(['onboarding'])).toEqual(['onboarding']);
    expect(sectionsReading([])).toEqual([]);
    // Each section's request entry's reads, the same the live queries refetch on, so a change
    // that refreshes the popup's view also drops its cached copy.
    const { READS } = await import('../../src/ui/use-request');
    for (const section of SECTIONS) {
      expect(SECTION_READS[section]).toEqual(REQUESTS[POPUP_SECTIONS[section].type].reads);
      expect(SECTION_READS[section]).toEqual(READS[POPUP_SECTIONS[section].type]);
    }
  });
});

describe('when an entry is too old to paint', () => {
  it('is painted within the hour, on the same local day, from this version', () => {
    expect(isUsable(entryOf({ due: [] }, NOON), NOON + 1000)).toBe(true);
    expect(isUsable(entryOf({ due: [] }, NOON), NOON + MAX_AGE_MS - 1)).toBe(true);
    expect(isUsable(entryOf({ due: [] }, NOON), NOON + MAX_AGE_MS)).toBe(false);
    // Written at 23:50, read at 00:10: the follow-ups due changed at midnight.
    const lateEvening = localTime('2026-11-29', 23, 50)!;
    expect(isUsable(entryOf({}, lateEvening), localTime('2026-11-30', 0, 10)!)).toBe(false);
    // A clock set back, another version, something else.
    expect(isUsable(entryOf({}, NOON), NOON - 1)).toBe(false);
    expect(isUsable({ ...entryOf({}, NOON), v: POPUP_CACHE_VERSION + 1 }, NOON)).toBe(false);
    expect(isUsable({ v: POPUP_CACHE_VERSION, at: NOON }, NOON)).toBe(false);
    expect(isUsable('text', NOON)).toBe(false);
  });

  it('reads only the usable sections', () => {
    const stored = {
      [cacheKey('today')]: entryOf({ due: [], awaiting: [] }, NOON),
      [cacheKey('search')]: entryOf({ hits: [], total: 0 }, NOON - MAX_AGE_MS),
      other: 1,
    };
    expect(readCache(stored, NOON)).toEqual({ today: { due: [], awaiting: [] } });
  });
});

let n = 0;
function cachedBackground() {
  const area = fakeArea();
  let clock = NOON;
  const made = background({ db: createDbHandle(`nurture-popup-cache-${++n}`), now: () => (clock += 1000), session: area });
  const call = async (type: string, payload: unknown) => {
    const answer = await made.route({ type, payload }, page);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.message}`);
    return answer.value;
  };
  return { ...made, area, call, cache: made.popupCache! };
}

describe('the background keeps the cache', () => {
  it('keeps the first screen’s answers, and no other', async () => {
    const { call, cache, area } = cachedBackground();
    await call('prospects.add', { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: 'Example' });
    await call('prospects.update', { id: '/in/ada', patch: { nextFollowUp: NOON } });
    const today = await call('prospects.today', {});
    await call('library.search', { text: 'onboarding', limit: 8 });
    await call('activity.recent', { limit: 20 });
    await cache.settled();
    expect([...area.items.keys()]).toEqual([cacheKey('today')]);
    expect(area.items.get(cacheKey('today'))).toMatchObject({ v: POPUP_CACHE_VERSION, value: today });
  });

  it('drops an entry at the write that made it wrong, and asks it again', async () => {
    const { call, cache, area } = cachedBackground();
    await call('prospects.add', { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: '' });
    await call('prospects.update', { id: '/in/ada', patch: { nextFollowUp: NOON } });
    await call('prospects.today', {});
    await call('library.search', { text: '', limit: 8 });
    await cache.settled();
    await call('prospects.update', { id: '/in/ada', patch: { nextFollowUp: null } });
    await cache.settled();
    // Gone with the write; the library's first page read no prospect and stays.
    expect([...area.items.keys()]).toEqual([cacheKey('search')]);
    await cache.refreshNow();
    expect(area.items.get(cacheKey('today'))).toMatchObject({ value: { due: [], awaiting: [] } });
  });

  it('never makes an entry the popup did not have', async () => {
    const { call, cache, area } = cachedBackground();
    await call('prospects.add', { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: '' });
    await cache.settled();
    await cache.refreshNow();
    expect(area.items.size).toBe(0);
  });

  it('does not keep an answer read before a write that dropped it', async () => {
    const area = fakeArea();
    let release: () => void = () => {};
    const slow: Route = async (raw) => {
      await new Promise<void>((done) => (release = done));
      return { ok: true, value: { due: [{ name: (raw as { type: string }).type }], awaiting: [] } };
    };
    const cache = createPopupCache({ area, now: () => NOON });
    const route = cache.wrap(slow);
    const asked = route(POPUP_SECTIONS.today, page);
    await cache.changed(['prospects']);
    release();
    await asked;
    await cache.settled();
    expect(area.items.size).toBe(0);
  });
});
