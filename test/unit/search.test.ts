import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { best } from '../../src/domain/library/best';
import { SearchIndex } from '../../src/domain/library/search';
import { item } from './helpers/items';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 22);

function titles(index: SearchIndex, text: string, extra: Parameters<SearchIndex['search']>[0] extends infer Q ? Partial<Q> : never = {}) {
  const byId = new Map(all.map((i) => [i.id, i.title]));
  return index.search({ text, ...extra }, now).ids.map((id) => byId.get(id));
}

const all = [
  item({
    title: 'Stratégie de contenu B2B',
    summary: 'Comment aligner ventes et marketing.',
    language: 'fr',
    stages: ['awareness'],
    topics: ['contenu'],
    publishedAt: now - 10 * day,
  }),
  item({
    title: 'Five questions CFOs ask before buying',
    summary: 'What finance wants to see in a business case.',
    stages: ['evaluation'],
    personas: ['CFO'],
    format: 'white-paper',
    publishedAt: now - 3 * day,
  }),
  item({
    title: 'Onboarding costs: a case study',
    summary: 'How a mid-size manufacturer cut training time.',
    format: 'case-study',
    stages: ['evaluation', 'purchase'],
    personas: ['COO'],
    publishedAt: now - 30 * day,
  }),
  item({
    title: 'Why strategy decks fail',
    summary: 'Strategic planning, explained.',
    stages: ['consideration'],
    publishedAt: now - 1 * day,
  }),
  item({
    title: 'Old webinar: pricing in 2020',
    summary: 'Pricing strategies.',
    format: 'webinar',
    expiresAt: now - day,
    publishedAt: now - 900 * day,
  }),
  item({
    title: 'Customer story',
    summary: 'Nothing about the query.',
    captions: [{ language: 'en', text: 'A stratégie that worked' }],
    publishedAt: now - 5 * day,
  }),
];
const index = new SearchIndex(all);

describe('SearchIndex', () => {
  it('ignores accents and case: "strategie" finds "Stratégie"', () => {
    expect(titles(index, 'strategie')).toContain('Stratégie de contenu B2B');
    expect(titles(index, 'STRATÉGIE')).toContain('Stratégie de contenu B2B');
  });

  it('matches prefixes while typing, the exact word first', () => {
    expect(titles(index, 'strat')).toEqual(expect.arrayContaining(['Stratégie de contenu B2B', 'Why strategy decks fail']));
    expect(titles(index, 'cfo')[0]).toBe('Five questions CFOs ask before buying');
    expect(titles(index, 'onboard')).toEqual(['Onboarding costs: a case study']);
  });

  it('requires every word of the query', () => {
    expect(titles(index, 'case study onboarding')).toEqual(['Onboarding costs: a case study']);
    expect(titles(index, 'case zebra')).toEqual([]);
  });

  it('searches title, summary, topics and captions, the title weighing most', () => {
    expect(titles(index, 'finance')).toEqual(['Five questions CFOs ask before buying']);
    expect(titles(index, 'contenu')[0]).toBe('Stratégie de contenu B2B');
    // Both mention "stratégie"/"strategie": in the title beats in a caption.
    const ranked = titles(index, 'strategie');
    expect(ranked.indexOf('Stratégie de contenu B2B')).toBeLessThan(ranked.indexOf('Customer story'));
  });

  it('ranks equal relevance by freshness, and an empty query lists the freshest first', () => {
    const twins = new SearchIndex([
      item({ title: 'Pipeline review', id: 'old', publishedAt: now - 50 * day }),
      item({ title: 'Pipeline review', id: 'new', publishedAt: now - 2 * day }),
      item({ title: 'Pipeline review', id: 'undated', addedAt: now - 20 * day }),
    ]);
    expect(twins.search({ text: 'pipeline' }, now).ids).toEqual(['new', 'undated', 'old']);
    expect(index.search({ text: '' }, now).ids[0]).toBe(all[3]!.id);
  });

  it('filters by stage, persona, format and language', () => {
    expect(titles(index, '', { stages: ['evaluation'] })).toEqual([
      'Five questions CFOs ask before buying',
      'Onboarding costs: a case study',
    ]);
    expect(titles(index, '', { personas: ['cfo'] })).toEqual(['Five questions CFOs ask before buying']);
    expect(titles(index, '', { formats: ['case-study'] })).toEqual(['Onboarding costs: a case study']);
    expect(titles(index, '', { languages: ['fr'] })).toEqual(['Stratégie de contenu B2B']);
    expect(titles(index, 'strat', { stages: ['consideration'] })).toEqual(['Why strategy decks fail']);
  });

  it('hides expired items unless asked', () => {
    expect(titles(index, 'pricing')).toEqual([]);
    expect(titles(index, 'pricing', { includeExpired: true })).toEqual(['Old webinar: pricing in 2020']);
  });

  it('pages results and counts them all', () => {
    const result = index.search({ text: '', limit: 2, offset: 1 }, now);
    expect(result.ids).toHaveLength(2);
    expect(result.total).toBe(5);
  });

  it('follows updates and removals', () => {
    const live = new SearchIndex([item({ id: 'a', title: 'Negotiation playbook' })]);
    expect(live.search({ text: 'negotiation' }, now).ids).toEqual(['a']);
    live.add(item({ id: 'a', title: 'Closing playbook' }));
    expect(live.search({ text: 'negotiation' }, now).ids).toEqual([]);
    expect(live.search({ text: 'closing' }, now).ids).toEqual(['a']);
    live.remove('a');
    expect(live.search({ text: 'playbook' }, now).ids).toEqual([]);
    expect(live.size).toBe(0);
  });
});

describe('best: the first few of a long list, in order', () => {
  it('gives the same as sorting and slicing, equal entries in list order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), at: fc.nat() })),
        fc.integer({ min: 0, max: 30 }),
        (list, count) => {
          const order = (a: { key: number }, b: { key: number }) => a.key - b.key;
          expect(best(list, count, order)).toEqual([...list].sort(order).slice(0, count));
        },
      ),
    );
  });
});

describe('SearchIndex after many updates and removals', () => {
  it('answers as a fresh index of the same items', () => {
    const now = Date.UTC(2026, 10, 22);
    const items = Array.from({ length: 60 }, (_, i) =>
      item({ id: `i${i}`, title: `Pricing ${i % 7 ? 'pipeline' : 'procurement'} ${i}`, freshAt: now - i * day }),
    );
    const churned = new SearchIndex(items);
    for (let round = 0; round < 3; round++) {
      for (const entry of items.slice(0, 40)) churned.add({ ...entry, summary: `round ${round}` });
      for (const entry of items.slice(10, 20)) churned.remove(entry.id);
      for (const entry of items.slice(10, 20)) churned.add(entry);
    }
    for (const entry of items.slice(50)) churned.remove(entry.id);
    // Items 10 to 19 were last added as they were; the others of the first 40 with round 2.
    const updated = (entry: (typeof items)[number], i: number) => (i >= 10 && i < 20 ? entry : { ...entry, summary: 'round 2' });
    const fresh = new SearchIndex([...items.slice(0, 40).map(updated), ...items.slice(40, 50)]);
    for (const text of ['p', 'pr', 'pipeline', 'procurement pricing', 'round', '']) {
      expect(churned.search({ text, limit: 100 }, now), text).toEqual(fresh.search({ text, limit: 100 }, now));
    }
  });
});
