// Prospect ids are profile paths: "/in/<slug>", or "/in/<member id>" when a page gave only
// LinkedIn's member id (ACoAA…). The same person seen both ways is one prospect.

/** LinkedIn's member id as it appears in profile URLs and SDUI component keys. Case-sensitive. */
export const MEMBER_ID = /^ACoA[A-Za-z0-9_-]{10,}$/;

/** The member id of a "/in/ACoAA…" path, or null for a slug path. */
export function memberIdOf(profilePath: string): string | null {
  const id = profilePath.replace(/^\/in\//, '');
  return MEMBER_ID.test(id) ? id : null;
}
