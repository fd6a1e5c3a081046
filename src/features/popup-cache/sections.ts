// What the popup paints before the background answers: the last answers to the requests of its
// first screen, kept in storage.session (in memory, cleared when the browser closes, and not
// readable by content scripts: the default access level, TRUSTED_CONTEXTS, is never changed).
// Pure: which requests are cached, which writes make an entry go, when an entry is too old.
// The background writes and drops the entries (src/features/popup-cache/worker.ts); the popup only
// reads them (src/features/popup-cache/popup.ts) and replaces them on screen by the background's answers.
import type { Answers, StoreName } from '../../contract/index';
import { localDay } from '../../domain/time/local-date';
import { REQUESTS } from '../../contract/requests';

/** Bumped when an answer's shape changes: an entry of another version is ignored. */
export const POPUP_CACHE_VERSION = 2;

/** The popup's first page of library results: no text, no filter, eight hits. */
export const FIRST_PAGE_SEARCH = { text: '', limit: 8 } as const;
/** The recent activity the popup shows. */
export const RECENT_LIMIT = 5;

/** Each cached part of the popup: the request that fills it, with the exact payload it sends. */
export const POPUP_SECTIONS = {
  search: { type: 'library.search', payload: FIRST_PAGE_SEARCH },
  today: { type: 'prospects.today', payload: {} },
  recent: { type: 'activity.recent', payload: { limit: RECENT_LIMIT } },
  onboarding: { type: 'onboarding.status', payload: {} },
} as const;

export type PopupSection = keyof typeof POPUP_SECTIONS;
export const SECTIONS = Object.keys(POPUP_SECTIONS) as PopupSection[];
export type SectionValue<S extends PopupSection> = Answers[(typeof POPUP_SECTIONS)[S]['type']];
/** What the popup found in the cache: the usable sections only. */
export type PopupCache = { [S in PopupSection]?: SectionValue<S> };

// Built by a function marked side-effect free: the popup, which imports this module to read the
// cache, never calls it, so the request entries (and their schemas) stay out of its bundle.
const sectionReads = /* @__NO_SIDE_EFFECTS__ */ (): Record<PopupSection, readonly StoreName[]> => ({
  search: REQUESTS[POPUP_SECTIONS.search.type].reads,
  today: REQUESTS[POPUP_SECTIONS.today.type].reads,
  recent: REQUESTS[POPUP_SECTIONS.recent.type].reads,
  onboarding: REQUESTS[POPUP_SECTIONS.onboarding.type].reads,
});

/**
 * The stores each section's answer is read from: its request entry's `reads` (the same the live
 * queries refetch on). A write to one of them drops the entry at once.
 */
export const SECTION_READS = sectionReads();

/**
 * An entry older than this is not painted: the lists depend on the time (a follow-up becomes
 * due at midnight), and an hour-old first page is more likely wrong than right.
 */
export const MAX_AGE_MS = 60 * 60_000;

export interface CacheEntry {
  v: number;
  /** When the background answered (ms since the epoch). */
  at: number;
  value: unknown;
}

/** Typed as the four keys it can be, so reading storage by it is reading one of ours. */
export const cacheKey = <S extends PopupSection>(section: S): `popup:${S}` => `popup:${section}`;

/** The section a request message fills, when it is exactly the popup's first-screen request. */
export function sectionOfRequest(raw: unknown): PopupSection | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || !('payload' in raw)) return null;
  for (const section of SECTIONS) {
    const { type, payload } = POPUP_SECTIONS[section];
    if (raw.type === type && samePayload(raw.payload, payload)) return section;
  }
  return null;
}

/** The same own keys with the same values: compared by entries, never by indexing `b` with a key of the message's. */
function samePayload(a: unknown, b: object): boolean {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return false;
  const wanted = new Map(Object.entries(b));
  const given = Object.entries(a);
  return given.length === wanted.size && given.every(([key, value]) => wanted.has(key) && wanted.get(key) === value);
}

/** The sections a write to `stores` makes wrong. */
export function sectionsReading(stores: readonly StoreName[]): PopupSection[] {
  return SECTIONS.filter((section) => SECTION_READS[section].some((store) => stores.includes(store)));
}

export function entryOf(value: unknown, now: number): CacheEntry {
  return { v: POPUP_CACHE_VERSION, at: now, value };
}

/**
 * Whether a stored entry may be painted at `now`: this version's, written less than MAX_AGE_MS
 * ago on the same local day (the lists change at midnight), and not from the future (a clock
 * set back).
 */
export function isUsable(entry: unknown, now: number): entry is CacheEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { v, at } = entry as Partial<CacheEntry>;
  if (v !== POPUP_CACHE_VERSION || typeof at !== 'number' || !('value' in entry)) return false;
  return at <= now && now - at < MAX_AGE_MS && localDay(at) === localDay(now);
}

/** The usable sections of what storage.session answered for every section's key. */
export function readCache(stored: Record<string, unknown>, now: number): PopupCache {
  const cache: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const entry = stored[cacheKey(section)];
    if (isUsable(entry, now)) cache[section] = entry.value;
  }
  // Written only by our background, from the answers of the requests named above.
  return cache as PopupCache;
}
