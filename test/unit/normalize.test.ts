import { describe, expect, it } from 'vitest';
import { normalizeItem, prepareItems, type NormalizeContext } from '../../src/domain/library/normalize';
import { parseJsonItems } from '../../src/domain/library/json-items';
import { ParseError } from '../../src/domain/library/raw-item';

const ctx: NormalizeContext = { sourceId: 's1', defaultLanguage: 'en', defaultFormat: 'article', now: 1000 };

describe('normalizeItem', () => {
  it('builds an item with a canonical URL and a stable id', () => {
    const a = normalizeItem({ where: 'item 1', url: 'https://Example.com/x?utm_source=a#f', title: '  Hello   world ' }, ctx);
    const b = normalizeItem({ where: 'item 2', url: 'https://example.com/x', title: 'Hello world' }, ctx);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.item).toMatchObject({
      url: 'https://example.com/x',
      title: 'Hello world',
      format: 'article',
      language: 'en',
      sourceId: 's1',
      addedAt: 1000,
    });
    expect(a.item.id).toBe(b.item.id);
  });

  it('reduces HTML summaries to safe text and shortens them', () => {
    const result = normalizeItem(
      {
        where: 'item 1',
        url: 'https://e.com/a',
        title: 'T',
        summary: `<p>Hi <img src=x onerror=alert(1)>there</p>${'long '.repeat(300)}`,
        summaryIsHtml: true,
      },
      ctx,
    );
    expect(result.ok && result.item.summary.startsWith('Hi there long')).toBe(true);
    expect(result.ok && result.item.summary.length).toBeLessThanOrEqual(600);
    expect(result.ok && result.item.summary).not.toContain('<');
  });

  it('reads formats, stages and languages in English and French', () => {
    const result = normalizeItem(
      {
        where: 'line 2',
        url: 'https://e.com/a',
        title: 'T',
        format: 'Livre blanc',
        stages: ['Découverte', 'évaluation', 'Evaluation'],
        language: 'fr-FR',
      },
      ctx,
    );
    expect(result.ok && result.item).toMatchObject({ format: 'white-paper', stages: ['awareness', 'evaluation'], language: 'fr' });
  });

  it.each([
    [{ url: 'javascript:alert(1)', title: 'T' }, 'is not an http(s) address'],
    [{ title: 'T' }, 'no link'],
    [{ url: 'https://e.com/a' }, 'no title'],
    [{ url: 'https://e.com/a', title: 'T', format: 'podcast' }, 'unknown format "podcast"'],
    [{ url: 'https://e.com/a', title: 'T', stages: ['maybe'] }, 'unknown stage "maybe"'],
    [{ url: 'https://e.com/a', title: 'T', language: 'english!' }, 'unknown language'],
    [{ url: 'https://e.com/a', title: 'T', expiresAt: 'next year' }, 'unreadable expiry date'],
  ])('rejects %j with a reason', (raw, reason) => {
    const result = normalizeItem({ where: 'line 7', ...raw }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rejection.where).toBe('line 7');
      expect(result.rejection.reason).toContain(reason);
    }
  });

  it('keeps an item whose publication date is garbled, without a date', () => {
    const result = normalizeItem({ where: 'item 1', url: 'https://e.com/a', title: 'T', publishedAt: 'Mon, 32 Foo' }, ctx);
    expect(result.ok && result.item.publishedAt).toBeNull();
  });

  it('dedupes tags and captions languages follow the item', () => {
    const result = normalizeItem(
      {
        where: 'item 1',
        url: 'https://e.com/a',
        title: 'T',
        language: 'fr',
        topics: ['Vente', 'vente', ' ', 'Achat'],
        captions: [{ text: ' À lire ' }, { language: 'EN', text: 'Read' }, { text: '' }],
      },
      ctx,
    );
    expect(result.ok && result.item.topics).toEqual(['Vente', 'Achat']);
    expect(result.ok && result.item.captions).toEqual([
      { language: 'fr', text: 'À lire' },
      { language: 'en', text: 'Read' },
    ]);
  });
});

describe('prepareItems', () => {
  it('keeps the good items, reports the bad ones and merges duplicates', () => {
    const prepared = prepareItems(
      {
        kind: 'rss',
        language: 'fr-FR',
        items: [
          { where: 'item 1', url: 'https://e.com/a?utm_medium=rss', title: 'A' },
          { where: 'item 2', url: 'https://e.com/a', title: 'A again' },
          { where: 'item 3', title: 'No link' },
        ],
        rejected: [{ where: 'item 4', reason: 'no link and no title' }],
      },
      { sourceId: null, defaultLanguage: 'en', defaultFormat: 'blog-post', now: 1 },
    );
    expect(prepared.items.map((i) => [i.title, i.language, i.format])).toEqual([['A', 'fr', 'blog-post']]);
    expect(prepared.rejected.map((r) => r.where)).toEqual(['item 4', 'item 3']);
  });
});

describe('parseJsonItems', () => {
  it('reads the documented file and a bare array', () => {
    const file = parseJsonItems(
      JSON.stringify({
        nurture: 'library',
        version: 1,
        items: [{ url: 'https://e.com/a', title: 'A', stages: ['awareness'], captions: ['Read this', { language: 'fr', text: 'À lire' }] }],
      }),
    );
    expect(file.items[0]).toMatchObject({
      where: 'item 1',
      url: 'https://e.com/a',
      captions: [{ text: 'Read this' }, { language: 'fr', text: 'À lire' }],
    });
    expect(parseJsonItems('[{"url": "https://e.com/b", "title": "B"}]').items).toHaveLength(1);
  });

  it('names the item and the field of each bad item, and keeps the good ones', () => {
    const file = parseJsonItems(
      JSON.stringify([
        { url: 'https://e.com/a', title: 'A' },
        { url: 'nope', title: 'B' },
        { url: 'https://e.com/c', title: 'C', stages: ['later'] },
      ]),
    );
    expect(file.items).toHaveLength(1);
    expect(file.rejected.map((r) => r.where)).toEqual(['item 2', 'item 3']);
    expect(file.rejected[0]!.reason).toContain('url');
    expect(file.rejected[1]!.reason).toContain('stages.0');
  });

  it('refuses a file that is not JSON or not a library, with where and why', () => {
    expect(() => parseJsonItems('{\n  "nurture": "library",\n  oops\n}')).toThrow(ParseError);
    expect(() => parseJsonItems('{\n  "nurture": "library",\n  oops\n}')).toThrow(/line 3/);
    expect(() => parseJsonItems('{"hello": 1}')).toThrow(/not a Nurture library file/);
  });
});
