// Profile links and the profile page's top card. Pure readers of the markup and URLs.
import { MEMBER_ID } from '../../shared/profile-ids';
import { queryAllFirst, queryFirst } from './dom';
import { selectors } from './selectors';

/**
 * "/in/<slug>": lower case, decoded, without query, fragment or locale suffix, from any
 * LinkedIn host. Null for anything that is not a member's profile.
 */
export function normalizeProfilePath(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
  const match = /^\/in\/([^/]+)\/?/.exec(url.pathname);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!).trim();
  } catch {
    // A broken escape is no slug LinkedIn gave out.
    return null;
  }
  // A member id (ACoAA…) stands in for the slug on some pages; unlike slugs it is case-sensitive.
  if (!MEMBER_ID.test(slug)) slug = slug.toLowerCase();
  return slug && !/[\s/?#]/.test(slug) ? `/in/${slug}` : null;
}

export interface ProfilePage {
  profilePath: string;
  name: string;
  headline: string;
  company: string;
  /** The member id the top card carries (componentkey "…refACoAA…Topcard"), to merge with a record made from it. */
  memberId: string | null;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * "Head of Operations at Example Industries" -> "Example Industries". A company name starts
 * with a capital or a digit somewhere in its first word ("eBay" too): "Looking at new
 * opportunities" names none, so it gives '' rather than a wrong company.
 */
export function companyFromHeadline(headline: string): string {
  for (const match of headline.matchAll(/\s(?:at|chez|@)\s+/gi)) {
    const rest = clean(headline.slice(match.index + match[0].length).split(/\s[|·]\s/)[0]);
    if (/^[^\s]*[\p{Lu}\p{N}]/u.test(rest)) return rest;
  }
  return '';
}

/**
 * The headline: the first paragraph after the name. Pronouns ("She/Her") come first when the
 * member set them, in the name's own row: such a paragraph is passed over when a later one
 * sits outside that row (a headline like "CEO/Founder" in the main column is kept).
 */
function headlineAfter(heading: Element, card: Element): string {
  const following = queryAllFirst(card, selectors.profile.headline).filter(
    (p) => heading.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING && clean(p.textContent) !== '',
  );
  const [first, second] = following;
  if (!first) return '';
  const looksLikePronouns = /^\p{L}{1,12}(?:\s?\/\s?\p{L}{1,12}){1,2}$/u.test(clean(first.textContent));
  if (looksLikePronouns && second && !first.parentElement?.contains(second)) return clean(second.textContent);
  return clean(first.textContent);
}

/** "(3) Ada Sample | LinkedIn" -> "Ada Sample": the count is LinkedIn's unread notifications. */
function nameFromTitle(title: string): string {
  return clean(title.replace(/^\s*\(\d+\+?\)\s*/, '').split(' | ')[0]);
}

export function readProfilePage(doc: Document, href: string): ProfilePage | null {
  const profilePath = normalizeProfilePath(href);
  if (!profilePath) return null;
  const card = queryFirst(doc, selectors.profile.topCard);
  const heading = card ? queryFirst(card, selectors.profile.name) : null;
  // The page title "Name | LinkedIn" stands in when the top card is not recognised.
  const name = clean(heading?.textContent) || nameFromTitle(doc.title);
  if (!name || name === 'LinkedIn') return null;
  const headline = card && heading ? headlineAfter(heading, card) : '';
  const key = `${card?.getAttribute('componentkey') ?? ''} ${card?.id ?? ''}`;
  const memberId = /ref(ACoA[A-Za-z0-9_-]{10,}?)Topcard/.exec(key)?.[1] ?? null;
  return { profilePath, name, headline, company: companyFromHeadline(headline), memberId };
}

/** Beside the profile's own buttons (Message, More), inside the top card. */
export function profileActionsSlot(doc: Document): { parent: Element; before: Element | null } | null {
  const card = queryFirst(doc, selectors.profile.topCard);
  if (!card) return null;
  const button = queryFirst(card, selectors.profile.actionButtons);
  const parent = button?.parentElement;
  return parent ? { parent, before: null } : null;
}
