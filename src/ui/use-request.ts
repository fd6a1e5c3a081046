// A read request to the background as a live query: the payload is its key, and the stores it
// reads (READS) decide which announcements make it fetch again.
import { request } from '../shared/client';
import type { Answers, PayloadIn, StoreName } from '../shared/contract';
import { useQuery } from './use-query';

export type { Loaded } from './use-query';

const ALL: readonly StoreName[] = ['content', 'sources', 'prospects', 'interactions', 'settings'];

/** What each request the screens read from depends on: a write to one of these changes its answer. */
export const READS = {
  'app.ping': [],
  'settings.get': ['settings'],
  // The policy in force is a record of the settings store (background/managed/).
  'policy.status': ['settings'],
  'db.stats': ALL,
  // Health lives in storage.session; quiet mode (settings) is what changes it from here.
  'page.health': ['settings'],
  // Hits carry links tagged with the settings' UTM parameters.
  'library.search': ['content', 'settings'],
  'library.facets': ['content'],
  'library.get': ['content'],
  'library.sources': ['sources'],
  'share.context': ['prospects', 'interactions', 'content'],
  'activity.recent': ['interactions', 'content', 'prospects'],
  'activity.page': ['interactions', 'content', 'prospects'],
  'insights.compute': ['interactions', 'content', 'prospects'],
  // Titles come from the library; a person's opened items from their shares' tokens.
  'clicks.figures': ['clicks', 'content'],
  'clicks.ofProspect': ['clicks', 'interactions', 'content'],
  'prospects.get': ['prospects'],
  // "Awaiting a reply" and "due" depend on the settings' thresholds.
  'prospects.list': ['prospects', 'settings'],
  'prospects.timeline': ['interactions'],
  'prospects.today': ['prospects', 'settings'],
  // New since the user last looked (settings), under the names the prospects have now.
  'replies.new': ['interactions', 'prospects', 'settings'],
  // The choices live in the settings store.
  'onboarding.status': ['sources', 'interactions', 'prospects', 'settings'],
} as const satisfies { [K in keyof Answers]?: readonly StoreName[] };

export type ReadRequest = keyof typeof READS;

/** `cached`: shown until the background's first answer replaces it. */
export function useRequest<K extends ReadRequest>(type: K, payload: PayloadIn<K>, cached?: Answers[K]) {
  return useQuery<Answers[K]>(`${type} ${JSON.stringify(payload)}`, () => request(type, payload), READS[type], cached);
}
