// The checked fields that requests and the backup format share (valibot schemas). Every
// helper is marked side-effect free so a bundle that imports only types and constants from the
// contract (the content script) leaves valibot out.
import * as v from 'valibot';
import { NOTES_MAX, TAGS_MAX, TAG_MAX, URL_MAX, PROSPECT_STAGES } from './model';
import { PERSON_NAME_MAX } from './people/person-names';
import { MEMBER_ID, PROFILE_ID, SALES_LEAD_ID } from './people/profile-ids';

export const shortText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
/** Text that must not be empty once trimmed. */
export const requiredText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
export const upTo = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.maxLength(max));
export const count = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const Empty = v.strictObject({});
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/**
 * A moment (ms since the epoch) a Date can hold: 1e300 is an integer too, and a Date of it
 * throws when written out (a CSV export, a week key). ±8.64e15 is the Date range.
 */
export const Time = v.pipe(v.number(), v.integer(), v.minValue(-8.64e15), v.maxValue(8.64e15));
/** A log entry's key (IndexedDB's autoIncrement starts at 1). */
export const EntryId = v.pipe(v.number(), v.integer(), v.minValue(1));
export const Tag = upTo(TAG_MAX);
export const Tags = v.pipe(v.array(Tag), v.maxLength(TAGS_MAX));
export const LanguageCode = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/));
export const Languages = v.pipe(v.array(LanguageCode), v.maxLength(20));
export const ProspectStageSchema = v.picklist(PROSPECT_STAGES);
export const Notes = upTo(NOTES_MAX);
/** Prospect ids are profile paths ("/in/<slug>"), checked wherever one comes in. */
export const ProfileId = v.pipe(v.string(), v.regex(PROFILE_ID, 'a profile path such as /in/jane-doe'));
/**
 * The person's name as a conversation shows it, when it does not link their profile: the
 * background credits it to the one tracked prospect of that name, if there is exactly one.
 */
export const PersonName = requiredText(PERSON_NAME_MAX);
export const LinkedInUrl = v.pipe(
  v.string(),
  v.maxLength(URL_MAX),
  v.regex(/^https:\/\/www\.linkedin\.com\//, 'a www.linkedin.com address'),
);
/** An http(s) address, as the library keeps them (canonicalUrl takes no other scheme). */
export const HttpUrl = v.pipe(v.string(), v.maxLength(URL_MAX), v.regex(/^https?:\/\/\S+$/i, 'an http(s) address'), v.url());
/** LinkedIn's member id (ACoAA…) and Sales Navigator's lead id (ACwAA…), as pages show them. */
export const MemberId = v.pipe(v.string(), v.maxLength(200), v.regex(MEMBER_ID));
export const SalesLeadId = v.pipe(v.string(), v.maxLength(200), v.regex(SALES_LEAD_ID));
