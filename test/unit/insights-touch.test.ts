// Whom each write of the log or the prospects touched, as the insights summary is told after it
// (src/background/activity/insights-touch.ts, from each entry's `touches`): the same people as
// the table it replaced, and a rebuild for any writer that says nothing or cannot say.
import { describe, expect, it } from 'vitest';
import { touchOf, type Touch } from '../../src/background/activity/insights-touch';
import { REQUESTS, type Answers, type Payload, type RequestType } from '../../src/contract/index';
import { prospect } from './helpers/prospects';

const NONE: Touch = { kind: 'none' };
const REBUILD: Touch = { kind: 'rebuild', wait: false };
const people = (...ids: string[]): Touch => ({ kind: 'people', ids });

/** One committed write: its payload (as the schema outputs it), its answer, and whom it touched. */
type Case<K extends RequestType> = [type: K, payload: Payload<K>, answer: Answers[K], touched: Touch];
const write = <K extends RequestType>(...c: Case<K>): Case<RequestType> => c as unknown as Case<RequestType>;

const ada = prospect({ id: '/in/ada', memberId: 'ACoAAExampleMember123', salesLeadId: null });
const share = {
  contentId: 'c1',
  channel: 'message',
  pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/',
  link: 'https://example.com/a',
  captionIndex: null,
} as const;
const thread = 'https://www.linkedin.com/messaging/thread/2-x/';

const CASES: Case<RequestType>[] = [
  // A draft or a post, a manual entry, a note: nothing the insights count.
  write('share.log', { ...share, prospectId: '/in/ada' }, { id: 1 }, NONE),
  write('activity.add', { kind: 'call', prospectId: '/in/ada', note: 'x' }, { id: 2 }, NONE),
  write(
    'activity.setNote',
    { id: 2, note: 'y' },
    { id: 2, at: 1, kind: 'call', prospectId: '/in/ada', contentId: null, channel: 'other', url: null, externalId: null, note: 'y' },
    NONE,
  ),
  // Confirmed sends: the profile's, the name's, or nothing confirmed.
  write('share.confirmSent', { prospectId: '/in/ada', links: ['https://example.com/a'] }, { confirmed: 1 }, people('/in/ada')),
  write(
    'share.confirmSent',
    { prospectId: null, personName: 'Ada Sample', links: ['https://example.com/a'] },
    { confirmed: 2 },
    { kind: 'people', ids: [], name: 'Ada Sample' },
  ),
  write('share.confirmSent', { prospectId: '/in/ada', links: ['https://example.com/a'] }, { confirmed: 0 }, NONE),
  // (Refused by the schema; were it not, any recent draft may have been confirmed.)
  write('share.confirmSent', { prospectId: null, links: ['https://example.com/a'] }, { confirmed: 1 }, REBUILD),
  // Replies: the new entries are taken by id.
  write('replies.record', { prospectId: '/in/ada', pageUrl: thread, replies: [] }, { recorded: 2 }, people()),
  write('replies.record', { prospectId: '/in/ada', pageUrl: thread, replies: [] }, { recorded: 0 }, NONE),
  write('replies.fromList', { pageUrl: thread, rows: [] }, { recorded: 1 }, REBUILD),
  // Records: the updated one under both ids; a new one under each id its entries may bear.
  write(
    'prospects.update',
    { id: '/in/ACoAAExampleMember123', patch: { stage: 'evaluation' } },
    ada,
    people('/in/ada', '/in/ACoAAExampleMember123'),
  ),
  write(
    'prospects.add',
    { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: '' },
    { prospect: ada, created: true },
    people('/in/ada', '/in/ada', '/in/ACoAAExampleMember123'),
  ),
  write(
    'prospects.add',
    { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: '' },
    { prospect: ada, created: false },
    REBUILD,
  ),
  write('activity.linkPerson', { id: 3, prospectId: '/in/ada' }, { linked: 2 }, people('/in/ada')),
  write('activity.delete', { id: 3 }, { deleted: true, prospect: ada }, people('/in/ada')),
  write('activity.delete', { id: 3 }, { deleted: true, prospect: null }, REBUILD),
  // Erased: rebuilt before the answer leaves. Restored: rebuilt.
  write('prospects.erase', { id: '/in/ada' }, { deletedInteractions: 4 }, { kind: 'rebuild', wait: true }),
  write(
    'backup.import',
    { text: '{}', mode: 'replace' },
    { settingsKept: [], droppedFields: [] } as unknown as Answers['backup.import'],
    REBUILD,
  ),
];

describe('whom a write of the log or the prospects touched', () => {
  for (const [type, payload, answer, touched] of CASES) {
    it(`${type} answering ${JSON.stringify(answer).slice(0, 60)}: ${JSON.stringify(touched)}`, () => {
      expect(touchOf(type, payload, answer)).toEqual(touched);
    });
  }

  it('is said for every request that writes the log or the prospects', () => {
    const writers = (Object.keys(REQUESTS) as RequestType[]).filter((type) =>
      REQUESTS[type].writes.some((store) => store === 'interactions' || store === 'prospects'),
    );
    expect([...new Set(CASES.map(([type]) => type))].sort()).toEqual(writers.sort());
  });

  it('rebuilds when an answer is not what the entry expects, rather than miss someone', () => {
    expect(touchOf('activity.delete', { id: 3 }, undefined)).toEqual(REBUILD);
    expect(touchOf('prospects.add', { profilePath: '/in/ada' }, { created: true })).toEqual(REBUILD);
  });
});
