import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { createProspects } from '../../src/background/prospects';
import { createSharing } from '../../src/background/sharing';

// A Sales Navigator lead (ACwAA…, from /sales/lead/ URLs and fs_salesProfile URNs) is the same
// person as their /in/ profile: one record, whichever page showed them first.
let n = 0;
function setup() {
  const db = createDbHandle(`nurture-sales-lead-${++n}`);
  let clock = 1000;
  return { prospects: createProspects({ db, now: () => ++clock }), sharing: createSharing({ db, now: () => ++clock }) };
}
const LEAD = 'ACwAAAB1cDeFgHiJkLmNoPqRsTuVwXyZ012345';
const noor = {
  profilePath: '/in/noor-placeholder',
  name: 'Noor Placeholder',
  headline: 'VP Procurement at Exemplar Logistics',
  company: 'Exemplar Logistics',
};
const PAGE = `https://www.linkedin.com/sales/inbox/2-x`;

describe('Sales Navigator leads and profiles', () => {
  it('a lead tracked with its /in/ identity is found by its lead path: shares and replies credit the one record', async () => {
    const { prospects, sharing } = setup();
    await prospects.add({ ...noor, salesLeadId: LEAD });
    expect((await prospects.get(`/in/${LEAD}`))?.id).toBe('/in/noor-placeholder');
    await sharing.log({
      contentId: 'c1',
      prospectId: `/in/${LEAD}`,
      channel: 'inmail',
      pageUrl: PAGE,
      link: 'https://e.com/a',
      captionIndex: null,
    });
    expect(await prospects.recordReplies(`/in/${LEAD}`, [{ externalId: 'sn:1', text: null }], PAGE)).toEqual({ recorded: 1 });
    const timeline = await prospects.timeline('/in/noor-placeholder');
    expect(timeline.map((entry) => [entry.kind, entry.channel, entry.prospectId])).toEqual([
      ['replied', expect.any(String), '/in/noor-placeholder'],
      ['shared', 'inmail', '/in/noor-placeholder'],
    ]);
  });

  it('a lead first tracked by lead id becomes the slug record when a page shows both, its entries moved', async () => {
    const { prospects, sharing } = setup();
    await prospects.add({ ...noor, profilePath: `/in/${LEAD}`, salesLeadId: LEAD });
    await sharing.log({
      contentId: 'c1',
      prospectId: `/in/${LEAD}`,
      channel: 'message',
      pageUrl: PAGE,
      link: 'https://e.com/a',
      captionIndex: null,
    });
    const merged = await prospects.add({ ...noor, salesLeadId: LEAD });
    expect(merged).toMatchObject({ created: false, prospect: { id: '/in/noor-placeholder', salesLeadId: LEAD } });
    expect(await prospects.list({})).toHaveLength(1);
    expect((await prospects.timeline('/in/noor-placeholder')).map((entry) => entry.prospectId)).toEqual(['/in/noor-placeholder']);
  });

  it('a person tracked from their profile learns the lead id on the lead page; erasing them erases both', async () => {
    const { prospects, sharing } = setup();
    await prospects.add(noor);
    expect((await prospects.add({ ...noor, salesLeadId: LEAD })).prospect.salesLeadId).toBe(LEAD);
    await sharing.log({
      contentId: 'c1',
      prospectId: `/in/${LEAD}`,
      channel: 'inmail',
      pageUrl: PAGE,
      link: 'https://e.com/a',
      captionIndex: null,
    });
    expect(await prospects.erase(`/in/${LEAD}`)).toEqual({ deletedInteractions: 1 });
    expect(await prospects.list({})).toEqual([]);
  });
});
