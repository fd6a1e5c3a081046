// The library the search and import benchmarks use (see test/data/realistic.ts), and the
// queries, as people type them.
export { corpusAsRss, makeCorpus } from '../test/data/realistic';

/** Queries as people type them: prefixes, whole words, two words, accents or not, filters. */
export const QUERIES = [
  { text: 'p' },
  { text: 'neg' },
  { text: 'negociation' },
  { text: 'stratégie' },
  { text: 'strategie formation' },
  { text: 'pipeline forecast' },
  { text: 'onboarding', stages: ['customer' as const] },
  { text: 'cloud security compliance' },
  { text: '' },
];
