// Which company a profile names: the card's line under the headline joins the current company
// and the latest school, the headline may say "… at COMPANY", and the page's Experience and
// Education sections (read in profile-sections.ts) tell company from school. Pure text work.
import { foldName, squash } from '../../domain/text/fold';

/**
 * "Head of Operations at Example Industries" -> "Example Industries". A company name starts
 * with a capital or a digit somewhere in its first word ("eBay" too): "Looking at new
 * opportunities" names none, so it gives '' rather than a wrong company.
 */
export function companyFromHeadline(headline: string): string {
  for (const match of headline.matchAll(/\s(?:at|chez|@|en|bei|bij|presso)\s+/gi)) {
    const rest = squash(headline.slice(match.index + match[0].length).split(/\s[|·•]\s/)[0]);
    if (/^[^\s]*[\p{Lu}\p{N}]/u.test(rest)) return rest;
  }
  return '';
}

/**
 * What the page's own sections say about names (measured 2026-12: the card's line joins the
 * current company and the latest school, and only these sections say which is which).
 * null: the page shows no such section (not loaded yet, or the member has none).
 */
export interface ProfileSections {
  /** The Experience section's entries in page order, current positions first as LinkedIn lists them; each the lines it shows. */
  experience: readonly (readonly string[])[] | null;
  /** Every line of the Education section. */
  education: readonly string[] | null;
}

export interface CompanyClues extends ProfileSections {
  /** Texts elsewhere on the card that repeat one part of the line alone (measured: its right column repeated the company). */
  repeated: readonly string[];
}

/** "Example Industries · Université de Nullepart" -> its names; "•" joins them on some pages. */
export function partsOf(line: string): string[] {
  return line
    .split(/\s+·\s+|\s*•\s*/)
    .map((part) => squash(part))
    .filter((part) => part !== '');
}

/** The forms a section line names: itself and each part ("Example Industries · Full-time" names "Example Industries"). */
function namesIn(lines: readonly string[]): Set<string> {
  return new Set(
    lines
      .flatMap((line) => [line, ...partsOf(line)])
      .map(foldName)
      .filter((name) => name !== ''),
  );
}

// Whole words only: "Universitaire" (a hospital's "Centre hospitalier universitaire") is no
// school. German compounds end in the word ("Musikhochschule"). Acronyms (INSEAD, HEC) say
// nothing: all caps is not a school.
const SCHOOL_WORDS =
  /(?<!\p{L})(?:universit(?:y|é|e|ät|at|à|eit)|universidad|universidade|uniwersytet|\p{L}*hochschule|\p{L}*akademie|school|école|ecole|escuela|escola|scuola|institute|institut|instituto|istituto|college|collège|colegio|politecnico|polytechnique|polit[eé]cnica|polytechnic|academy|académie|academia|accademia|lycée|conservatoire|conservatory)(?!\p{L})/iu;

/** "Université de Nullepart", "Example Business School": a school by its words. A guess, for when the page's sections are not there to say. */
export function namesASchool(name: string): boolean {
  return SCHOOL_WORDS.test(name);
}

/**
 * The current company in the card's line under the headline, which joins the current company
 * and the latest school: "COMPANY · SCHOOL", "COMPANY" or "SCHOOL" alone (measured on 8 real
 * 2026 profiles). The page's sections decide first: a part Education names is a school unless
 * Experience names it too (people work where they studied); of the rest, the one the earliest
 * Experience entry names is current. Without them: a part the card repeats alone, else one whose
 * words are not a school's. '' for a school alone: that member shows no company.
 */
export function companyFromCardLine(line: string, clues: CompanyClues): string {
  const parts = [...new Set(partsOf(line))];
  const entries = (clues.experience ?? []).map(namesIn);
  const worked = (part: string) => entries.some((names) => names.has(foldName(part)));
  const schools = namesIn(clues.education ?? []);
  const kept = parts.filter((part) => !schools.has(foldName(part)) || worked(part));
  for (const names of entries) {
    const current = kept.find((part) => names.has(foldName(part)));
    if (current) return current;
  }
  if (kept.length > 1) {
    const repeated = new Set(clues.repeated.map(foldName));
    const echoed = kept.find((part) => repeated.has(foldName(part)));
    if (echoed) return echoed;
  }
  const plain = kept.find((part) => !namesASchool(part));
  if (plain) return plain;
  // Every part sounds like a school. Two parts are company then school (the measured order):
  // keep the first; one alone is the school of a member who shows no company.
  return parts.length > 1 ? (kept[0] ?? '') : '';
}

/**
 * The profile's company: from the card's line, else from the headline ("… at Example
 * Industries"), unless the headline names the school the line or Education named: "Student at
 * Université de Nullepart" names no employer.
 */
export function profileCompany(line: string, headline: string, clues: CompanyClues): string {
  const fromLine = companyFromCardLine(line, clues);
  if (fromLine) return fromLine;
  const fromHeadline = companyFromHeadline(headline);
  if (!fromHeadline) return '';
  const name = foldName(fromHeadline);
  const schools = new Set([...namesIn(clues.education ?? []), ...namesIn(partsOf(line))]);
  const worked = (clues.experience ?? []).some((lines) => namesIn(lines).has(name));
  return schools.has(name) && !worked ? '' : fromHeadline;
}
