// Profile links and the profile page's top card. Pure readers of the markup and URLs.
import { profilePathOf } from '../../domain/people/profile-ids';
import { foldName, squash } from '../../domain/text/fold';
import { queryAll, queryAllFirst, queryFirst } from './dom';
import { companyFromHeadline, partsOf, profileCompany } from './profile-company';
import { profileSections } from './profile-sections';
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
  const body = paragraphs.filter(
    (p) => !nameRow?.contains(p) && !locationRow?.contains(p) && !isDegree(squash(p.textContent)) && !queryFirst(p, selectors.link),
  );
  let headlineIndex = 0;
  // Pronouns outside a recognised row: passed over only when a later paragraph sits outside
  // their block, so a headline such as "CEO/Founder" alone under the name is kept.
  const first = body[0];
  if (first && body[1] && looksLikePronouns(squash(first.textContent)) && !first.parentElement?.contains(body[1])) headlineIndex = 1;
  const headlineEl = body[headlineIndex];
  const next = headlineEl?.nextElementSibling;
  const companyEl = next && next.matches(selectors.profile.paragraph.join(',')) && body.includes(next) ? next : null;
  const locationEl = locationRow
    ? queryAllFirst(locationRow, selectors.profile.paragraph).find((p) => !p.contains(contactLink) && !isDegree(squash(p.textContent)))
    : undefined;
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
  return {
    headline: squash(headline.textContent),
    company: squash(company),
    location: squash(queryFirst(card, selectors.profile.classicLocation)?.textContent),
  };
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
export function readProfilePage(
  doc: Document,
  href: string,
  actions: ProfileActionsSlot | null = profileActionsSlot(doc),
): ProfilePage | null {
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
