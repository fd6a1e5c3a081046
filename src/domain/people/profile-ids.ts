// Prospect ids are profile paths: "/in/<slug>", or "/in/<member id>" when a page gave only
// LinkedIn's member id (ACoAA…). The same person seen both ways is one prospect.

/** LinkedIn's member id as it appears in profile URLs and SDUI component keys. Case-sensitive. */
export const MEMBER_ID = /^ACoA[A-Za-z0-9_-]{10,}$/;

/**
 * Sales Navigator's lead id: the first part of urn:li:fs_salesProfile:(ACwAA…,NAME_SEARCH,…) and
 * of /sales/lead/ACwAA…,NAME_SEARCH,…. Measured in public code (e.g. scrapers that take
 * `fs_salesProfile:\(([^,)]+)` as the id); LinkedIn's /in/ACwAA… answers with the profile too.
 */
export const SALES_LEAD_ID = /^ACwA[A-Za-z0-9_-]{10,}$/;

/** The lead id of a /sales/lead/… URL or path, or of an fs_salesProfile URN; null for anything else. */
export function salesLeadIdOf(text: string): string | null {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not encoded after all: read it as it is.
  }
  const match = /\/sales\/(?:lead|people)\/([^,/?#]+)/.exec(decoded) ?? /fs_salesProfile:\(([^,)]+)/.exec(decoded);
  const id = match?.[1]?.trim() ?? '';
  return SALES_LEAD_ID.test(id) ? id : null;
}

/** The lead id of a "/in/ACwAA…" path, or null. */
export function salesLeadIdOfPath(profilePath: string): string | null {
  const id = profilePath.replace(/^\/in\//, '');
  return SALES_LEAD_ID.test(id) ? id : null;
}

const exactId = (id: string) => MEMBER_ID.test(id) || SALES_LEAD_ID.test(id);

/** Member ids keep their case, slugs are lower-cased. */
export const slugCase = (slug: string): string => (MEMBER_ID.test(slug) || SALES_LEAD_ID.test(slug) ? slug : slug.toLowerCase());

// "linkedin.com/in/…" as people paste it, without a scheme.
const SCHEMELESS = /^([a-z0-9-]+\.)*linkedin\.com\//i;

// The one parser of profile links (page links, pasted URLs, paths), for every context.
/** "/in/<slug>" (see slugCase), decoded, from any LinkedIn host, or null for no member's profile. */
export function profilePathOf(href: string): string | null {
  const text = href.trim();
  let url: URL;
  try {
    url = new URL(SCHEMELESS.test(text) ? `https://${text}` : text, 'https://www.linkedin.com');
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
  return slug && !/[\s/?#]/.test(slug) ? `/in/${slugCase(slug)}` : null;
}

/** The member id of a "/in/ACoAA…" path, or null for a slug path. */
export function memberIdOf(profilePath: string): string | null {
  const id = profilePath.replace(/^\/in\//, '');
  return MEMBER_ID.test(id) ? id : null;
}

/**
 * Whether a URL names one of these profiles: a "/in/<slug>" or "/in/<member id>" path segment
 * (also inside an encoded URL carried by a query parameter), or a member id anywhere in it
 * (LinkedIn puts them in URNs and query parameters). Slugs compare without case, as profile
 * paths are normalised; member ids are case-sensitive. "/in/ada-2" does not name "/in/ada".
 */
export function urlNamesProfile(href: string, profilePaths: readonly string[]): boolean {
  const ids = profilePaths.map((path) => path.replace(/^\/in\//, '')).filter((id) => id !== '');
  if (ids.length === 0) return false;
  const forms = new Set([href]);
  let decoded = href;
  // Up to two levels of encoding (a URL inside a parameter inside a URL).
  for (let i = 0; i < 2; i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
    forms.add(decoded);
  }
  for (const text of forms) {
    for (const match of text.matchAll(/\/in\/([^/?#&\s]+)/gi)) {
      const segment = match[1]!;
      if (ids.some((id) => (exactId(id) ? segment === id : segment.toLowerCase() === id.toLowerCase()))) return true;
    }
    if (ids.some((id) => exactId(id) && text.includes(id))) return true;
  }
  return false;
}

/**
 * A prospect id: "/in/" and a slug of 1 to 100 characters with no "/", "?", "#", white space or
 * control character (what a path segment cannot hold), no "@" or "\" (which a careless
 * `https://www.linkedin.com${id}` would turn into another host or path), and not "." or "..".
 * The router's schemas and the backup reader both check ids against it.
 */
export const PROFILE_ID = /^\/in\/(?!\.{1,2}$)[^/?#\s@\\\u0000-\u001f\u007f]{1,100}$/;

const LINKEDIN = 'https://www.linkedin.com';

/**
 * The LinkedIn profile URL of a prospect id, or null when the id is not a profile id. Built
 * with the slug percent-encoded as one path segment, and the host checked, so that no id read
 * from a backup, a page or a bug can make an export, a link or a tab point off LinkedIn.
 */
export function profileUrl(id: string): string | null {
  if (!PROFILE_ID.test(id)) return null;
  const url = new URL(`/in/${encodeURIComponent(id.slice(4))}/`, LINKEDIN);
  return url.origin === LINKEDIN && url.pathname.startsWith('/in/') ? url.href : null;
}
