// Whom the popup's Insert and Copy fill the item's text for: the person the LinkedIn tab shows,
// by their profile (their record when tracked) and the name the page shows. Pure.
import type { PagePerson } from '../contract/panel-protocol';
import { PERSON_NAME_MAX } from '../domain/people/person-names';
import { profilePathOf } from '../panel/person';

export interface SharePerson {
  prospectId: string | null;
  personName?: string;
}

/** Nobody (null): the text is for no one in particular, as a copy from any other tab. */
export function sharePerson(person: PagePerson | null): SharePerson {
  if (person === null) return { prospectId: null };
  const name = person.name.trim();
  return { prospectId: profilePathOf(person), ...(name !== '' && name.length <= PERSON_NAME_MAX ? { personName: name } : {}) };
}
