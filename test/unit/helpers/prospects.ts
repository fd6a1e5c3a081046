import type { Prospect } from '../../../src/domain/model';

/** A prospect record with sensible defaults (Ada Sample, at evaluation); tests say only what matters to them. */
export function prospect(fields: Partial<Prospect> = {}): Prospect {
  return {
    id: '/in/ada-sample',
    name: 'Ada Sample',
    headline: '',
    company: '',
    persona: '',
    stage: 'evaluation',
    tags: [],
    notes: '',
    nextFollowUp: null,
    createdAt: 1,
    lastContactAt: null,
    lastReplyAt: null,
    ...fields,
  };
}
