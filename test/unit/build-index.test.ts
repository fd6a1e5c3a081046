// The search index built in slices (so the worker answers other requests meanwhile) is the
// index built in one go: every item, once, whatever the slice size.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { buildIndex } from '../../src/background/library/build-index';
import { SearchIndex } from '../../src/domain/library/search';
import { item } from './helpers/items';

describe('buildIndex', () => {
  it('indexes every item once, in slices of any size', async () => {
    const conn = await createDbHandle('nurture-build-index')();
    const items = Array.from({ length: 23 }, (_, i) =>
      item({ title: `Onboarding guide ${i}`, topics: i % 2 ? ['pricing'] : ['churn'], freshAt: i }),
    );
    for (const each of items) await conn.put('content', each);
    const whole = new SearchIndex(items);
    for (const slice of [1, 5, 23, 250]) {
      const built = await buildIndex(conn, slice);
      expect(built.size).toBe(23);
      for (const text of ['onboarding', 'pricing', 'churn', '']) {
        expect(built.search({ text, limit: 50 }, 100)).toEqual(whole.search({ text, limit: 50 }, 100));
      }
    }
  });
});
