// Who the page shows, for the side panel: the member of a profile or a Sales Navigator lead's
// page, else the person of the open conversation. Pure: reads what a scan already read.
import type { PageKind } from '../../contract/page-health';
import type { PagePerson } from '../../contract/panel-protocol';
import type { PageSnapshot } from './snapshot';

export function personOnPage(page: PageKind, snapshot: Pick<PageSnapshot, 'profile' | 'conversations'>): PagePerson | null {
  if (page === 'profile' || page === 'sales-lead') {
    const profile = snapshot.profile;
    if (!profile) return null;
    return {
      source: page === 'profile' ? 'profile' : 'sales-lead',
      profilePath: profile.profilePath,
      name: profile.name,
      headline: profile.headline,
      company: profile.company,
      location: profile.location,
      memberId: profile.memberId,
      salesLeadId: profile.salesLeadId ?? null,
    };
  }
  // The messaging page's own thread first; else the one overlay bubble open (two bubbles: which
  // one the user means is not known, so nobody).
  const conversations = snapshot.conversations;
  const own = conversations.find((conversation) => !conversation.inBubble);
  const bubbles = conversations.filter((conversation) => conversation.inBubble);
  const partner = own?.partner ?? (bubbles.length === 1 ? bubbles[0]!.partner : null);
  if (!partner) return null;
  return {
    source: 'conversation',
    profilePath: partner.profilePath,
    name: partner.name,
    headline: '',
    company: '',
    location: '',
    memberId: null,
    salesLeadId: null,
  };
}

/** One string per person shown: a change of it is a new visit for the panel. */
export const personKey = (person: PagePerson | null): string =>
  person === null ? '' : `${person.source} ${person.profilePath ?? ''} ${person.name} ${person.headline} ${person.company}`;
