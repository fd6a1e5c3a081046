// Search and import at library scale (5,000 items), against MiniSearch on the same items
// and queries, in the same run.
import 'fake-indexeddb/auto';
import MiniSearch from 'minisearch';
import { it } from 'vitest';
import { createDbHandle } from '../src/background/db';
import { createLibrary } from '../src/background/library';
import { readSettings } from '../src/background/settings';
import { parseLibraryText } from '../src/domain/library/detect';
import { prepareItems } from '../src/domain/library/normalize';
import { SearchIndex } from '../src/domain/library/search';
import { fold, tokenize } from '../src/domain/text/fold';
import { corpusAsRss, makeCorpus, QUERIES } from './corpus';
import { measure, medianOf, ms, table } from './figures';
import { record, type Figure } from './record';

const SIZE = 5000;
const now = Date.UTC(2026, 10, 22);

it('search: Nurture index vs MiniSearch, 5,000 items', async () => {
  const items = makeCorpus(SIZE);

  const build = await measure(() => new SearchIndex(items), 10, 2);
  const ours = new SearchIndex(items);

  const miniOptions = {
    fields: ['title', 'summary', 'topics', 'captions'],
    storeFields: [],
    // The same folding and tokenising as ours, so the comparison is of the engines.
    tokenize: (text: string) => tokenize(text),
    processTerm: (term: string) => fold(term),
    searchOptions: { prefix: true, combineWith: 'AND' as const, boost: { title: 3, topics: 2 } },
  };
  const docs = items.map((item) => ({
    id: item.id,
    title: item.title,
    summary: item.summary,
    topics: item.topics.join(' '),
    captions: item.captions.map((c) => c.text).join(' '),
  }));
  const miniBuild = await measure(
    () => {
      const mini = new MiniSearch(miniOptions);
      mini.addAll(docs);
    },
    10,
    2,
  );
  const mini = new MiniSearch(miniOptions);
  mini.addAll(docs);
  const byId = new Map(items.map((item) => [item.id, item]));

  const rows: Record<string, string | number>[] = [];
  const figures: Figure[] = [];
  const oursAll: number[] = [];
  const miniAll: number[] = [];
  for (const query of QUERIES) {
    const a = await measure(() => ours.search({ ...query, limit: 20 }, now), 100);
    // MiniSearch has no filters or freshness: filter and cut its results the same way, so
    // both do the whole job of answering the popup.
    const b = await measure(() => {
      const found = query.text ? mini.search(query.text) : items.map((item) => ({ id: item.id, score: 0 }));
      return found
        .filter((hit) => {
          const item = byId.get(hit.id as string)!;
          return (item.expiresAt === null || item.expiresAt > now) && (!query.stages || query.stages.some((s) => item.stages.includes(s)));
        })
        .slice(0, 20);
    }, 100);
    figures.push({
      figure: `search ${JSON.stringify(query)} (${SIZE} items)`,
      median: a.median,
      p95: a.p95,
      budget: '< 5 ms median',
      baseline: { name: 'MiniSearch', median: b.median },
    });
    oursAll.push(a.median);
    miniAll.push(b.median);
    rows.push({
      query: JSON.stringify(query),
      matches: ours.search({ ...query, limit: 1 }, now).total,
      'nurture median': ms(a.median),
      'nurture p95': ms(a.p95),
      'minisearch median': ms(b.median),
      'minisearch p95': ms(b.p95),
      'nurture / minisearch': (a.median / b.median).toFixed(2),
    });
  }
  table(`Search over ${SIZE} items (budget: median under 5 ms)`, rows);
  table('Index build', [
    { engine: 'nurture', median: ms(build.median), p95: ms(build.p95) },
    { engine: 'minisearch', median: ms(miniBuild.median), p95: ms(miniBuild.p95) },
  ]);
  console.log(`Median over all queries: nurture ${ms(medianOf(oursAll))}, minisearch ${ms(medianOf(miniAll))}`);
  figures.unshift({
    figure: `search, median over the ${QUERIES.length} queries below (${SIZE} items)`,
    median: medianOf(oursAll),
    p95: Math.max(...oursAll),
    budget: '< 5 ms median',
    baseline: { name: 'MiniSearch', median: medianOf(miniAll) },
  });
  figures.push({
    figure: `search index build (${SIZE} items)`,
    median: build.median,
    p95: build.p95,
    budget: null,
    baseline: { name: 'MiniSearch', median: miniBuild.median },
  });
  record('search', figures);
});

it('import: a 5,000-item RSS feed', async () => {
  const rss = corpusAsRss(makeCorpus(SIZE));
  const parse = await measure(() => parseLibraryText(rss), 5, 1);
  const prepare = await measure(
    () => prepareItems(parseLibraryText(rss), { sourceId: 's', defaultLanguage: 'en', defaultFormat: 'blog-post', now }),
    5,
    1,
  );
  let n = 0;
  const full = await measure(
    async () => {
      const db = createDbHandle(`bench-${++n}`);
      const library = createLibrary({
        db,
        now: () => now,
        fetch: fetch,
        canFetch: async () => true,
        settings: async () => readSettings(await db()),
        defaultLanguage: 'en',
      });
      const report = await library.importFile('bench.xml', rss);
      if (report.added !== SIZE) throw new Error(`imported ${report.added}`);
    },
    5,
    1,
  );
  record('import', [
    { figure: `parse ${SIZE}-item RSS`, median: parse.median, p95: parse.p95, budget: null },
    { figure: `parse and normalise ${SIZE}-item RSS`, median: prepare.median, p95: prepare.p95, budget: null },
    { figure: `whole import of ${SIZE}-item RSS (fake-indexeddb)`, median: full.median, p95: full.p95, budget: '< 2 s' },
  ]);
  table(`Import of a ${SIZE}-item RSS feed, ${(rss.length / 1e6).toFixed(1)} MB (budget: under 2 s)`, [
    { step: 'parse (fast-xml-parser + mapping)', median: ms(parse.median), p95: ms(parse.p95) },
    { step: 'parse + normalise', median: ms(prepare.median), p95: ms(prepare.p95) },
    { step: 'whole import into IndexedDB (fake-indexeddb in Node: slower than a browser)', median: ms(full.median), p95: ms(full.p95) },
  ]);
}, 120_000);
