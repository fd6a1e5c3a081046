// Profile links and the profile page's top card. Pure readers of the markup and URLs.
import { profilePathOf } from '../../shared/profile-ids';
import { foldName, squash } from '../../shared/text';
import { queryAll, queryAllFirst, queryFirst } from './dom';
import { selectors } from './selectors';

/** The parts of a profile a reader can miss: what the popup's health line names. */
// Company and location are not among them: many members show neither, and a health line
// that cries wolf would hide the real failures.
export type ProfilePart = 'name' | 'headline' | 'actions';

export interface ProfilePage {
  profilePath: string;
  name: string;
  headline: string;
  /** The current position's company: from the top card's line (never its school), else read from the headline; '' for a member who shows only a school. */
  company: string;
  /** "Lyon, Auvergne-Rhône-Alpes, France" when the card shows it, else ''. */
  location: string;
  /** The member id the page carries (the top card's componentkey, the Message link), to merge with a record made from it. */
  memberId: string | null;
  /** Sales Navigator's lead id, on a lead's page: merges with a record made from it. */
  salesLeadId?: string | null;
  /** What the top card did not yield: a reader that fails says so instead of guessing. */
  missing: ProfilePart[];
}


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

/** No sections, no repeats: what a card read alone knows. */
export const NO_CLUES: CompanyClues = { experience: null, education: null, repeated: [] };

/** "Example Industries · Université de Nullepart" -> its names; "•" joins them on some pages. */
function partsOf(line: string): string[] {
  return line
    .split(/\s+·\s+|\s*•\s*/)
    .map((part) => squash(part))
    .filter((part) => part !== '');
}

/** The forms a section line names: itself and each part ("Example Industries · Full-time" names "Example Industries"). */
function namesIn(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => [line, ...partsOf(line)]).map(foldName).filter((name) => name !== ''));
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

/**
 * The connection degree LinkedIn prints beside the name: "· 1st", "· 2nd", "· 3rd+", in every
 * UI language ("· 1er", "· 2e", "· 3e et +", "· 1.er", "· 2.º", "· 3.º y más"), or a bare "·".
 * Measured: one or two such paragraphs, before the headline.
 */
export function isDegree(text: string): boolean {
  const rest = text.replace(/^[·•]\s*/, '');
  // Without its dot, only the short English forms: "2nd" alone is no headline anyway.
  if (rest === text) return /^[1-3](?:st|nd|rd)\+?$/i.test(text);
  return rest === '' || /^[1-3]\S{0,4}(?:\s*\+|\s+\S{1,3}\s*\S{0,4})?$/u.test(rest);
}

/** "She/Her", "He/Him", "They/Them", "Elle/Elle", "Él/Él": pronouns a member chose to show. */
export function looksLikePronouns(text: string): boolean {
  return /^\p{L}{1,12}(?:\s?\/\s?\p{L}{1,12}){1,2}$/u.test(text);
}

/** Beside the name, not about the member's work: degree, pronouns, a lone separator. */
const isDecoration = (text: string) => isDegree(text) || looksLikePronouns(text);

/**
 * The name's row: the smallest block around the name that also holds paragraphs, when every
 * one of them is decoration (pronouns, degree). Measured shape:
 * `<div><div><a href="/in/…"><div><h2>NAME</h2></div></a></div><p>She/Her</p><p>· 3rd</p></div>`.
 * A block whose paragraphs include a headline is the card body, not the row: null then.
 */
function nameRowOf(heading: Element, card: Element, paragraphs: readonly Element[]): Element | null {
  for (let node = heading.parentElement; node && node !== card; node = node.parentElement) {
    const inside = paragraphs.filter((p) => node.contains(p));
    if (inside.length === 0) continue;
    return inside.every((p) => isDecoration(squash(p.textContent))) ? node : null;
  }
  return null;
}

interface CardLines {
  headline: string;
  /** Classic front end: the company its label names, certain. */
  company: string;
  /** New front end: the line under the headline, which may join company and school, and the card's texts repeating one of its parts. */
  companyLine?: { text: string; repeated: readonly string[] };
  location: string;
}

/**
 * New front end. After the name's row come the headline and the current company as sibling
 * paragraphs, then a row holding the location and the contact-info link (measured on 8 real
 * 2026 profiles). Told apart by structure: decoration is skipped, the company must be the
 * headline's next sibling paragraph, the location the contact-info row's first paragraph.
 */
function sduiLines(heading: Element, card: Element): CardLines {
  const paragraphs = queryAllFirst(card, selectors.profile.paragraph).filter(
    (p) => heading.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING && squash(p.textContent) !== '',
  );
  const nameRow = nameRowOf(heading, card, paragraphs);
  const contactLink = queryFirst(card, selectors.profile.contactInfoLink);
  const locationRow = contactLink ? rowAround(contactLink, card) : null;
  // A headline or company line holds no link; "500+ connections" and "Contact info" do (measured).
  const body = paragraphs.filter((p) => !nameRow?.contains(p) && !locationRow?.contains(p) && !isDegree(squash(p.textContent)) && !queryFirst(p, selectors.link));
  let headlineIndex = 0;
  // Pronouns outside a recognised row: passed over only when a later paragraph sits outside
  // their block, so a headline such as "CEO/Founder" alone under the name is kept.
  const first = body[0];
  if (first && body[1] && looksLikePronouns(squash(first.textContent)) && !first.parentElement?.contains(body[1])) headlineIndex = 1;
  const headlineEl = body[headlineIndex];
  const next = headlineEl?.nextElementSibling;
  const companyEl = next && next.matches(selectors.profile.paragraph.join(',')) && body.includes(next) ? next : null;
  const locationEl = locationRow ? queryAllFirst(locationRow, selectors.profile.paragraph).find((p) => !p.contains(contactLink) && !isDegree(squash(p.textContent))) : undefined;
  const text = squash(companyEl?.textContent);
  return {
    headline: squash(headlineEl?.textContent),
    company: '',
    companyLine: { text, repeated: companyEl ? repeatedParts(companyEl, card) : [] },
    location: squash(locationEl?.textContent),
  };
}

/**
 * The card's texts, outside the company line, that are one of its parts alone. Only a line of
 * several parts asks: a lone name repeated says nothing about what it is.
 */
function repeatedParts(line: Element, card: Element): string[] {
  const parts = new Set(partsOf(squash(line.textContent)).map(foldName));
  if (parts.size < 2) return [];
  return queryAll(card, selectors.profile.cardText)
    .filter((el) => !el.contains(line) && !line.contains(el))
    .map((el) => squash(el.textContent))
    .filter((text) => parts.has(foldName(text)));
}

/**
 * The smallest block around a section's marker that holds lines outside it: the marker itself
 * when it wraps the entries (as the Topcard key's div wraps the card), the block around an
 * empty anchor or a heading otherwise. Never a block that holds a fence (the top card, the
 * other section's marker): that would be the whole page.
 */
function sectionAround(marker: Element, fences: readonly Element[]): Element | null {
  const lines = selectors.profile.sectionLine.join(',');
  for (let node: Element | null = marker; node && node !== marker.ownerDocument.body; node = node.parentElement) {
    const here = node;
    if (fences.some((fence) => fence !== marker && here.contains(fence))) return null;
    // A heading marks its section without holding its lines: the block around it does.
    if (here === marker && here.matches(selectors.profile.sectionHeading.join(','))) continue;
    if ([...here.querySelectorAll(lines)].some((line) => here === marker || !marker.contains(line))) return here;
  }
  return null;
}

/** A section's marker: its key, id or label, else a heading that reads "Experience", "Formation"… outside the card. */
function sectionMarker(doc: Document, card: Element | null, markers: readonly string[], labels: readonly string[]): Element | null {
  for (const selector of markers) {
    const found = [...doc.querySelectorAll(selector)].find((el) => !card?.contains(el));
    if (found) return found;
  }
  const wanted = new Set(labels.map(foldName));
  return queryAll(doc, selectors.profile.sectionHeading).find((h) => !card?.contains(h) && wanted.has(foldName(h.textContent ?? ''))) ?? null;
}

/** Each line's text once, in page order. A link around paragraphs is no line: its text runs theirs together. */
function linesOf(root: Element): string[] {
  const found = queryAll(root, selectors.profile.sectionLine);
  const lines = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  return [...new Set(lines.map((el) => squash(el.textContent)))].filter((text) => text !== '');
}

/** The section's entries, outermost only (a company's grouped roles are one entry); the whole section when it shows none. */
function entriesOf(section: Element): Element[] {
  const entries = queryAllFirst(section, selectors.profile.sectionEntry);
  const outer = entries.filter((entry) => !entries.some((other) => other !== entry && other.contains(entry)));
  return outer.length > 0 ? outer : [section];
}

/**
 * The Experience and Education sections below the card, read by structure (keys, ids, aria,
 * then headings in English or French): each section's names, for telling company from school.
 */
export function profileSections(doc: Document, card: Element | null): ProfileSections {
  const experienceMarker = sectionMarker(doc, card, selectors.profile.experienceSection, selectors.profile.experienceLabels);
  const educationMarker = sectionMarker(doc, card, selectors.profile.educationSection, selectors.profile.educationLabels);
  const fences = [card, experienceMarker, educationMarker].filter((el): el is Element => el !== null);
  const experience = experienceMarker && sectionAround(experienceMarker, fences);
  const education = educationMarker && sectionAround(educationMarker, fences);
  return {
    experience: experience ? entriesOf(experience).map(linesOf) : null,
    education: education ? linesOf(education) : null,
  };
}

/** The smallest block around `el` that holds another paragraph: the row it sits in. */
function rowAround(el: Element, card: Element): Element | null {
  for (let node = el.parentElement; node && node !== card; node = node.parentElement) {
    if ([...node.querySelectorAll(selectors.profile.paragraph.join(','))].some((p) => !p.contains(el))) return node;
  }
  return null;
}

/** Classic front end (inferred): labelled blocks, no guessing by structure needed. */
function classicLines(card: Element): CardLines | null {
  const headline = queryFirst(card, selectors.profile.classicHeadline);
  if (!headline) return null;
  const companyLabel = queryFirst(card, selectors.profile.classicCompany)?.getAttribute('aria-label') ?? '';
  const company = /^Current company:\s*(.+?)\.\s*Click/i.exec(companyLabel)?.[1] ?? '';
  return { headline: squash(headline.textContent), company: squash(company), location: squash(queryFirst(card, selectors.profile.classicLocation)?.textContent) };
}

/** "(3) Ada Sample | LinkedIn" -> "Ada Sample": the count is LinkedIn's unread notifications. */
function nameFromTitle(title: string): string {
  return squash(title.replace(/^\s*\(\d+\+?\)\s*/, '').split(' | ')[0]);
}

const MEMBER_ID_IN = /(ACoA[A-Za-z0-9_-]{10,})/;

/** The card's componentkey "…ref<id>Topcard" (measured on all 8), else the Message link's profileUrn. */
function memberIdOf(card: Element | null): string | null {
  if (!card) return null;
  const key = `${card.getAttribute(selectors.profile.topCardKeyAttribute) ?? ''} ${card.id}`;
  const fromKey = /ref(ACoA[A-Za-z0-9_-]{10,}?)Topcard/.exec(key)?.[1];
  if (fromKey) return fromKey;
  const link = queryFirst(card, selectors.profile.memberIdLink);
  let href = link?.getAttribute('href') ?? '';
  try {
    href = decodeURIComponent(href);
  } catch {
    // Keep the raw href: the id is plain ASCII either way.
  }
  return MEMBER_ID_IN.exec(href)?.[1] ?? null;
}

/** `actions`: the action row when the caller has looked for it already (a scan does, once). */
export function readProfilePage(doc: Document, href: string, actions: ProfileActionsSlot | null = profileActionsSlot(doc)): ProfilePage | null {
  const profilePath = profilePathOf(href);
  if (!profilePath) return null;
  const card = queryFirst(doc, selectors.profile.topCard);
  const heading = card ? queryFirst(card, selectors.profile.name) : null;
  // The page title "Name | LinkedIn" stands in when the top card is not recognised.
  const fromCard = squash(heading?.textContent);
  const name = fromCard || nameFromTitle(doc.title);
  if (!name || name === 'LinkedIn') return null;
  const lines = (card && classicLines(card)) ?? (card && heading ? sduiLines(heading, card) : { headline: '', company: '', location: '' });
  // The classic card labels its company; the new one's line may be a school, which only the page's sections can tell.
  const company = lines.companyLine
    ? profileCompany(lines.companyLine.text, lines.headline, { ...profileSections(doc, card), repeated: lines.companyLine.repeated })
    : lines.company || companyFromHeadline(lines.headline);
  const missing: ProfilePart[] = [];
  if (!fromCard) missing.push('name');
  if (!lines.headline) missing.push('headline');
  if (!actions) missing.push('actions');
  return { profilePath, name, headline: lines.headline, company, location: lines.location, memberId: memberIdOf(card), missing };
}

/** Climbs out of wrappers that hold nothing else (measured: `<div data-display-contents><a>Message</a></div>`). */
function outOfWrappers(el: Element, card: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== card && node.parentElement.childElementCount === 1) node = node.parentElement;
  return node;
}

/**
 * The row of the profile's own actions (Message, Connect, More), inside the top card: the
 * parent of the Message action once out of its one-child wrapper, or of another action when
 * there is no Message. A button goes at the row's end, beside LinkedIn's own.
 */
export interface ProfileActionsSlot {
  parent: Element;
  before: Element | null;
}

export function profileActionsSlot(doc: Document): ProfileActionsSlot | null {
  const card = queryFirst(doc, selectors.profile.topCard);
  if (!card) return null;
  const action = queryFirst(card, selectors.profile.messageAction) ?? queryFirst(card, selectors.profile.otherActions);
  if (!action) return null;
  const parent = outOfWrappers(action, card).parentElement;
  return parent ? { parent, before: null } : null;
}
