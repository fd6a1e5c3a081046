// What the panel recommends to a tracked person: the library's items for their stage and persona,
// minus what they already received. Pure: the search payload and the filtering.
import type { LibraryHit, PayloadIn } from '../contract/index';
import type { Prospect } from '../domain/model';

/** How many items the panel offers at once: a short list the user can weigh. */
export const RECOMMENDED_MAX = 5;
/** Asked for more than shown: some of them the person may have received already. */
const ASKED = 20;

/**
 * The search for `prospect`'s recommendations, or null for someone who left the journey (lost):
 * nothing is pushed to them. No language: neither the record nor the settings say which the
 * person reads, and the templates follow each item's own.
 */
export function recommendationSearch(prospect: Pick<Prospect, 'stage' | 'persona'>): PayloadIn<'library.search'> | null {
  if (prospect.stage === 'lost') return null;
  const persona = prospect.persona.trim();
  return { text: '', stages: [prospect.stage], ...(persona ? { personas: [persona] } : {}), limit: ASKED };
}

/** The hits not yet sent to the person, at most `max`. */
export function recommended(hits: readonly LibraryHit[], sentContentIds: readonly string[], max = RECOMMENDED_MAX): LibraryHit[] {
  const sent = new Set(sentContentIds);
  return hits.filter((hit) => !sent.has(hit.item.id)).slice(0, max);
}
