// Profile links and the profile page's top card. Pure readers of the markup and URLs.
import { MEMBER_ID } from '../../shared/profile-ids';
import { queryFirst } from './dom';
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
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
  const match = /^\/in\/([^/]+)\/?/.exec(url.pathname);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    slug = match[1]!;
  }
  slug = slug.trim();
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

/** "Head of Operations at Example Industries" -> "Example Industries". */
export function companyFromHeadline(headline: string): string {
  const match = /\s(?:at|chez|@)\s+(.+)$/i.exec(headline);
  return match ? clean(match[1]!.split(/\s[|·]\s/)[0]) : '';
}

export function readProfilePage(doc: Document, href: string): ProfilePage | null {
  const profilePath = normalizeProfilePath(href);
  if (!profilePath) return null;
  const card = queryFirst(doc, selectors.profile.topCard);
  const heading = card ? queryFirst(card, selectors.profile.name) : null;
  // The page title "Name | LinkedIn" stands in when the top card is not recognised.
  const name = clean(heading?.textContent) || clean(doc.title.split('|')[0]);
  if (!name) return null;
  let headline = '';
  for (let next = heading?.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.tagName === 'P' && clean(next.textContent)) {
      headline = clean(next.textContent);
      break;
    }
  }
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
