import type { ContentItem } from '../../../src/domain/model';

let n = 0;
/** A library item with sensible defaults; tests say only what matters to them. */
export function item(fields: Partial<ContentItem> & { title: string }): ContentItem {
  n++;
  return {
    id: `item-${n}`,
    url: `https://example.com/post/${n}`,
    summary: '',
    format: 'article',
    language: 'en',
    topics: [],
    personas: [],
    stages: [],
    captions: [],
    publishedAt: null,
    expiresAt: null,
    sourceId: null,
    example: false,
    addedAt: 0,
    updatedAt: 0,
    curatedAt: null,
    ...fields,
    freshAt: fields.freshAt ?? fields.publishedAt ?? fields.addedAt ?? 0,
  };
}
