// The person a LinkedIn page shows, as the panel asks about them: who to look for among the
// tracked prospects, and what "Add to prospects" records. Pure.
import type { PayloadIn } from '../contract/index';
import type { PagePerson } from '../contract/panel-protocol';
import { PERSON_NAME_MAX } from '../domain/people/person-names';
import { MEMBER_ID, PROFILE_ID, SALES_LEAD_ID } from '../domain/people/profile-ids';

const valid = (value: string | null, pattern: RegExp): string | null => (value !== null && pattern.test(value) ? value : null);

/** The person's profile path, when the page gave one the background accepts. */
export const profilePathOf = (person: PagePerson): string | null => valid(person.profilePath, PROFILE_ID);

/**
 * How to find the person's record: by their profile and the ids the page carries, else (a
 * conversation that links no profile) by the name it shows. Null: nothing to look for.
 */
export function findPayload(person: PagePerson): PayloadIn<'prospects.find'> | null {
  const profilePath = profilePathOf(person);
  if (profilePath !== null)
    return { profilePath, memberId: valid(person.memberId, MEMBER_ID), salesLeadId: valid(person.salesLeadId, SALES_LEAD_ID) };
  const name = person.name.trim();
  return name !== '' && name.length <= PERSON_NAME_MAX ? { profilePath: null, name } : null;
}

/** What "Add to prospects" records: the person exactly as the page shows them. Null without a profile to track. */
export function trackPayload(person: PagePerson): PayloadIn<'prospects.add'> | null {
  const profilePath = profilePathOf(person);
  if (profilePath === null) return null;
  return {
    profilePath,
    memberId: valid(person.memberId, MEMBER_ID),
    salesLeadId: valid(person.salesLeadId, SALES_LEAD_ID),
    name: person.name,
    headline: person.headline,
    company: person.company,
    location: person.location,
  };
}

/** One key per person per tab: the panel's view of someone starts afresh for someone else. */
export const personKey = (tabId: number, person: PagePerson): string =>
  `${tabId} ${person.source} ${person.profilePath ?? ''} ${person.name}`;
