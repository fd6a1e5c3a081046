// A read request to the background as a live query: the payload is its key, and the stores its
// entry reads (`reads`, src/contract/requests/) decide which announcements make it fetch again.
import { request } from '../contract/client';
import type { Answers, PayloadIn, ReadsOf, RequestType } from '../contract/requests';
import { DATA_STORES } from '../contract/stores';
import { useQuery } from './use-query';

export type { Loaded } from './use-query';

/**
 * The `reads` of each request the screens read from, as plain data: the entries themselves
 * carry every payload schema (and valibot), which the popup and the side panel do not load
 * (about 6 KB gzipped more for each). So the lists are restated here, and the compiler holds
 * each to be exactly its entry's, order included (`ReadsOf`): an entry's `reads` changed
 * without this table fails `tsc`, as does a screen reading a request not listed here.
 */
export const READS = {
  'app.ping': [],
  'settings.get': ['settings'],
  'policy.status': ['managed-policy'],
  'db.stats': DATA_STORES,
  'page.health': ['settings'],
  'library.search': ['content', 'settings'],
  'library.facets': ['content'],
  'library.get': ['content'],
  'library.sources': ['sources'],
  'share.context': ['prospects', 'interactions', 'content', 'settings'],
  'activity.recent': ['interactions', 'content', 'prospects'],
  'activity.page': ['interactions', 'content', 'prospects'],
  'insights.compute': ['interactions', 'content', 'prospects'],
  'clicks.figures': ['clicks', 'content'],
  'clicks.ofProspect': ['clicks', 'interactions', 'content'],
  'prospects.get': ['prospects'],
  'prospects.list': ['prospects', 'settings'],
  'prospects.timeline': ['interactions'],
  'prospects.today': ['prospects', 'settings'],
  'replies.new': ['interactions', 'prospects', 'replies-seen'],
  'onboarding.status': ['sources', 'interactions', 'prospects', 'onboarding'],
} as const satisfies { [K in RequestType]?: ReadsOf<K> };

export type ReadRequest = keyof typeof READS;

/** `cached`: shown until the background's first answer replaces it. */
export function useRequest<K extends ReadRequest>(type: K, payload: PayloadIn<K>, cached?: Answers[K]) {
  return useQuery<Answers[K]>(`${type} ${JSON.stringify(payload)}`, () => request(type, payload), READS[type], cached);
}
