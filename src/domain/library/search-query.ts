// What a library search asks for, and its filters as a predicate: applied to the index's
// documents while ranking, and to a single item where the background checks one.
import type { ContentFormat, ContentItem, Stage } from '../model';
import { fold } from '../text/fold';

export interface SearchQuery {
  text: string;
  stages?: readonly Stage[] | undefined;
  personas?: readonly string[] | undefined;
  formats?: readonly ContentFormat[] | undefined;
  languages?: readonly string[] | undefined;
  includeExpired?: boolean | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** With no text: favourites first, then the `recent` ids `search` is given, then the freshest. */
  favouritesFirst?: boolean | undefined;
}

/**
 * A pack's expiry, one object shared by every document of the pack: a re-import with another
 * expiry changes one field, not every item, and the filter reads it with no lookup.
 */
export interface PackClock {
  expiresAt: number | null;
}

/** The filter fields of an item or an indexed document. */
interface Filterable {
  stages: readonly Stage[];
  personas: ReadonlySet<string>;
  format: ContentFormat;
  language: string;
  expiresAt: number | null;
  pack: PackClock | null;
}

/** The query's filters as a predicate; expired items (or items of an expired pack) fail unless the query includes them. */
export function filterFor(query: SearchQuery, now: number): (doc: Filterable) => boolean {
  const personas = query.personas?.length ? query.personas.map(fold) : null;
  return (doc) =>
    (query.includeExpired === true ||
      ((doc.expiresAt === null || doc.expiresAt > now) &&
        (doc.pack === null || doc.pack.expiresAt === null || doc.pack.expiresAt > now))) &&
    (!query.stages?.length || query.stages.some((stage) => doc.stages.includes(stage))) &&
    (!query.formats?.length || query.formats.includes(doc.format)) &&
    (!query.languages?.length || query.languages.includes(doc.language)) &&
    (!personas || personas.some((persona) => doc.personas.has(persona)));
}

/** `packs`: each pack's expiry (see packExpiries). */
export function itemMatchesFilters(
  item: ContentItem,
  query: SearchQuery,
  now: number,
  packs: ReadonlyMap<string, number | null> = new Map(),
): boolean {
  const pack = item.pack ? { expiresAt: packs.get(item.pack.id) ?? null } : null;
  return filterFor(query, now)({ ...item, personas: new Set(item.personas.map(fold)), pack });
}
