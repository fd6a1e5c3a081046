// Full-text search over the library, in memory: accent- and case-insensitive, prefix matching
// while typing, BM25 relevance with field weights, then freshness. The background keeps one
// index, built from IndexedDB when first needed and kept in step with every write.
import type { ContentFormat, ContentItem, Stage } from '../model';
import { fold, tokenize } from '../text/fold';
import { best } from './best';
import { filterFor, type PackClock, type SearchQuery } from './search-query';

// Where the background reads them (library service, freshest items).
export { itemMatchesFilters, type SearchQuery } from './search-query';

export interface SearchResult {
  /** Best first. */
  ids: string[];
  /** How many items match in all (for "12 of 48"). */
  total: number;
}

/** Title words count most, then topics; summary and captions are context. */
const FIELD_WEIGHTS = { title: 3, topics: 2, captions: 1, summary: 1 } as const;
const K1 = 1.2;
const B = 0.75;

interface Posting {
  tf: number;
  doc: Doc;
}

interface Doc {
  id: string;
  /** Its place in score arrays: a number, so scoring a query fills a typed array, not a map. */
  slot: number;
  terms: Map<string, number>;
  length: number;
  stages: readonly Stage[];
  personas: Set<string>;
  format: ContentFormat;
  language: string;
  expiresAt: number | null;
  pack: PackClock | null;
  freshness: number;
  title: string;
  /** When the user starred it; null: not a favourite. */
  favouriteAt: number | null;
}

export class SearchIndex {
  private readonly docs = new Map<string, Doc>();
  /** Documents by slot; a removed document's slot is reused by the next one added. */
  private readonly slots: (Doc | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  // term -> (doc id -> its weighted frequency and the doc itself, to score without lookups)
  private readonly postings = new Map<string, Map<string, Posting>>();
  private sortedTerms: string[] | null = null;
  private byFreshness: [string, Doc][] | null = null;
  private favourites: Doc[] | null = null;
  private totalLength = 0;
  private readonly packs = new Map<string, PackClock>();

  /** `packs`: each pack's expiry (see packExpiries); a pack not named has none. */
  constructor(items: Iterable<ContentItem> = [], packs: ReadonlyMap<string, number | null> = new Map()) {
    this.setPacks(packs);
    for (const item of items) this.add(item);
  }

  /** Every pack's expiry, as the sources now say: one write per pack, none per item. */
  setPacks(expiries: ReadonlyMap<string, number | null>): void {
    for (const [id, clock] of this.packs) clock.expiresAt = expiries.get(id) ?? null;
    for (const [id, expiresAt] of expiries) if (!this.packs.has(id)) this.packs.set(id, { expiresAt });
  }

  /** When the pack expires, as the index applies it; null: never (or no such pack). */
  packExpiry(id: string): number | null {
    return this.packs.get(id)?.expiresAt ?? null;
  }

  private clock(id: string): PackClock {
    let clock = this.packs.get(id);
    if (!clock) this.packs.set(id, (clock = { expiresAt: null }));
    return clock;
  }

  get size(): number {
    return this.docs.size;
  }

  add(item: ContentItem): void {
    this.remove(item.id);
    this.byFreshness = null;
    this.favourites = null;
    const terms = new Map<string, number>();
    const count = (text: string, weight: number) => {
      for (const token of tokenize(text)) terms.set(token, (terms.get(token) ?? 0) + weight);
    };
    count(item.title, FIELD_WEIGHTS.title);
    count(item.topics.join(' '), FIELD_WEIGHTS.topics);
    count(item.summary, FIELD_WEIGHTS.summary);
    count(item.captions.map((caption) => caption.text).join(' '), FIELD_WEIGHTS.captions);

    let length = 0;
    for (const weight of terms.values()) length += weight;
    const doc: Doc = {
      id: item.id,
      slot: this.freeSlots.pop() ?? this.slots.length,
      terms,
      length,
      stages: item.stages,
      personas: new Set(item.personas.map(fold)),
      format: item.format,
      language: item.language,
      expiresAt: item.expiresAt,
      pack: item.pack ? this.clock(item.pack.id) : null,
      freshness: item.freshAt,
      title: item.title,
      favouriteAt: item.favouriteAt ?? null,
    };
    for (const [term, tf] of terms) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = new Map();
        this.postings.set(term, posting);
        this.sortedTerms = null;
      }
      posting.set(item.id, { tf, doc });
    }
    this.totalLength += length;
    this.docs.set(item.id, doc);
    this.slots[doc.slot] = doc;
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const term of doc.terms.keys()) {
      const posting = this.postings.get(term);
      posting?.delete(id);
      if (posting?.size === 0) {
        this.postings.delete(term);
        this.sortedTerms = null;
      }
    }
    this.totalLength -= doc.length;
    this.docs.delete(id);
    this.slots[doc.slot] = undefined;
    this.freeSlots.push(doc.slot);
    this.byFreshness = null;
    this.favourites = null;
  }

  /**
   * `recent`: ids of the items the user shared lately, newest first (any person: the order is
   * the user's habit, never about whom they write to). Used with `favouritesFirst` only.
   */
  search(query: SearchQuery, now: number, recent: readonly string[] = []): SearchResult {
    const accepts = filterFor(query, now);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 20;
    const tokens = [...new Set(tokenize(query.text))];

    if (tokens.length === 0) {
      // Nothing typed yet (the popup opening): the freshest items, from a list kept sorted.
      this.byFreshness ??= [...this.docs.entries()].sort(([, a], [, b]) => b.freshness - a.freshness || collator.compare(a.title, b.title));
      const first = query.favouritesFirst ? this.pinned(recent) : [];
      const ids: string[] = [];
      let total = 0;
      const take = (doc: Doc) => {
        if (!accepts(doc)) return;
        if (total >= offset && ids.length < limit) ids.push(doc.id);
        total++;
      };
      first.forEach(take);
      const seen = new Set(first);
      for (const [, doc] of this.byFreshness) if (!seen.has(doc)) take(doc);
      return { ids, total };
    }

    const [first, ...rest] = tokens.map((token) => this.scoreToken(token));
    const ranked: { id: string; rank: number; freshness: number; title: string }[] = [];
    for (const slot of first?.matched ?? []) {
      let total = first!.scores[slot]!;
      for (const other of rest) {
        // Every word must match: a score is above zero exactly for the documents a word matched.
        const s = other.scores[slot]!;
        if (!(s > 0)) {
          total = -1;
          break;
        }
        total += s;
      }
      if (total < 0) continue;
      const doc = this.slots[slot]!;
      // Relevance first; items within a tenth of a point of each other go by freshness.
      if (accepts(doc)) ranked.push({ id: doc.id, rank: Math.round(total * 10), freshness: doc.freshness, title: doc.title });
    }
    return {
      ids: best(ranked, offset + limit, byRelevance)
        .slice(offset)
        .map((entry) => entry.id),
      total: ranked.length,
    };
  }

  /** Favourites, last starred first, then the recent ones that are not: each once. */
  private pinned(recent: readonly string[]): Doc[] {
    this.favourites ??= [...this.docs.values()]
      .filter((doc) => doc.favouriteAt !== null)
      .sort((a, b) => b.favouriteAt! - a.favouriteAt! || collator.compare(a.title, b.title));
    const pinned = new Set(this.favourites);
    for (const id of recent) {
      const doc = this.docs.get(id);
      if (doc) pinned.add(doc);
    }
    return [...pinned];
  }

  /**
   * Score of every document matching `token`, exactly or as a prefix of one of its words, by
   * slot, and the slots it matched. A one-letter prefix matches nearly every document: a typed
   * array keeps that case cheap.
   */
  private scoreToken(token: string): { scores: Float64Array; matched: number[] } {
    const scores = new Float64Array(this.slots.length);
    const matched: number[] = [];
    const n = this.docs.size;
    const avgLength = n === 0 ? 1 : this.totalLength / n;
    for (const term of this.expand(token)) {
      const posting = this.postings.get(term)!;
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      // A word the user finished typing beats a longer word it only starts.
      const closeness = term === token ? 1 : 0.3 + 0.5 * (token.length / term.length);
      for (const { tf, doc } of posting.values()) {
        const norm = K1 * (1 - B + (B * doc.length) / avgLength);
        const score = closeness * idf * ((tf * (K1 + 1)) / (tf + norm));
        // Several words sharing the prefix do not add up: the best one counts.
        if (scores[doc.slot] === 0) matched.push(doc.slot);
        if (score > scores[doc.slot]!) scores[doc.slot] = score;
      }
    }
    return { scores, matched };
  }

  private expand(token: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(token); i++) found.push(terms[i]!);
    return found;
  }
}

const collator = new Intl.Collator();

interface Ranked {
  rank: number;
  freshness: number;
  title: string;
}

const byRelevance = (a: Ranked, b: Ranked) => b.rank - a.rank || b.freshness - a.freshness || collator.compare(a.title, b.title);
