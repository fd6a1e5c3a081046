// Prospect ids are profile paths: "/in/<slug>", or "/in/<member id>" when a page gave only
// LinkedIn's member id (ACoAA…). The same person seen both ways is one prospect.

/** LinkedIn's member id as it appears in profile URLs and SDUI component keys. Case-sensitive. */
export const MEMBER_ID = /^ACoA[A-Za-z0-9_-]{10,}$/;

/** The member id of a "/in/ACoAA…" path, or null for a slug path. */
export function memberIdOf(profilePath: string): string | null {
  const id = profilePath.replace(/^\/in\//, '');
  return MEMBER_ID.test(id) ? id : null;
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
