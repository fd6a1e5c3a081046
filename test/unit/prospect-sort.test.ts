import { describe, expect, it } from 'vitest';
import { sortProspects } from '../../src/ui/prospect-sort';
import type { Prospect } from '../../src/domain/model';

const p = (name: string, fields: Partial<Prospect> = {}): Prospect => ({
  id: `/in/${name}`,
  name,
  headline: '',
  company: '',
  persona: '',
  stage: 'awareness',
  tags: [],
  notes: '',
  nextFollowUp: null,
  createdAt: 0,
  lastContactAt: null,
  lastReplyAt: null,
  ...fields,
});

describe('sortProspects', () => {
  const list = [
    p('bruno', { stage: 'purchase', lastReplyAt: 5 }),
    p('Ada', { stage: 'lost' }),
    p('cam', { stage: 'consideration', lastReplyAt: 9 }),
  ];
  it('sorts names case-insensitively and stages in journey order', () => {
    expect(sortProspects(list, 'name', false).map((x) => x.name)).toEqual(['Ada', 'bruno', 'cam']);
    expect(sortProspects(list, 'stage', false).map((x) => x.name)).toEqual(['cam', 'bruno', 'Ada']);
    expect(sortProspects(list, 'stage', true).map((x) => x.name)).toEqual(['Ada', 'bruno', 'cam']);
  });
  it('puts missing dates last in both directions', () => {
    expect(sortProspects(list, 'lastReplyAt', false).map((x) => x.name)).toEqual(['bruno', 'cam', 'Ada']);
    expect(sortProspects(list, 'lastReplyAt', true).map((x) => x.name)).toEqual(['cam', 'bruno', 'Ada']);
  });
});
