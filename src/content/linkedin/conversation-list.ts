// The conversation list, read without opening anything (issue 25): the /messaging/ page's left
// rail and the messaging overlay's list when it is open. Opening a thread marks it read, so
// what the rows show (who, the newest message's first words and whose it is, when, unread)
// is all a reader may learn there. Pure: reads the tree it is given, changes nothing.
// The selectors and their sources are in selectors.ts (conversationList); the localised words
// below say which were measured and which inferred.
import { mayNameSeveralPeople } from '../../domain/people/person-names';
import { fold, foldName, squash } from '../../domain/text/fold';
import { queryAll, queryFirst, searchRoots } from './dom';
import { dateOrderOf, localDay, parseListTime, type DateOrder, type ListTime } from './list-time';
import { selectors } from './selectors';

export interface ListRow {
  /** The participant names as the row shows them (squashed). */
  name: string;
  /** One person (not a group: several names, a group marker, an organisation). */
  oneToOne: boolean;
  /** The snippet's text without the sender prefix; '' when the row shows none. */
  snippet: string;
  /** Whose the newest message is, by the snippet's prefix (see OWN_PREFIXES); 'unknown' without a snippet. */
  from: 'own' | 'theirs' | 'unknown';
  /** The row's time as shown, parsed relative to `now` in local time (see parseListTime); null when unreadable. */
  time: ListTime | null;
  unread: boolean;
  /** The row of the thread open on the page. */
  active: boolean;
}

export interface ConversationList {
  rows: ListRow[];
  /** The list container was found and drew rows, but none could be read: reader health. */
  unreadable: boolean;
  where: 'page' | 'overlay';
}

/** Rows read per list at most: a long-scrolled inbox can draw 10,000. */
export const MAX_LIST_ROWS = 200;
/** Items looked at per list at most (placeholders included), whatever they hold. */
const MAX_LIST_ITEMS = 2_000;

const S = selectors.conversationList;
const ROW = S.row.join(',');
const PLACEHOLDER = S.placeholder.join(',');
const ACTIVE = S.active.join(',');
const UNREAD = S.unread.join(',');
const NOISE = S.snippetNoise.join(',');

/**
 * The snippet's prefix when the newest message is the user's. English "You:" is what public
 * scrapers key on (and the project's fixtures draw); the others are LinkedIn's interface
 * languages' words for "you", INFERRED: fr "Vous :", de "Sie:", es "Tú:", it "Tu:",
 * pt "Você:", nl "U:" / "Jij:". Compared folded (case and accents aside).
 */
const OWN_PREFIXES: ReadonlySet<string> = new Set(['you', 'vous', 'sie', 'tu', 'voce', 'u', 'jij']);

/** "Name: text" / "Vous : texte": a short prefix before a colon. */
const PREFIXED = /^([^:]{1,80}?)\s*:\s*(.*)$/s;

/**
 * An unread row's label: a count and the word (README: "N unread message(s)"; French
 * "N message(s) non lu(s)" and the other languages INFERRED). A count is required: the row's
 * menu says "Mark as unread".
 */
const UNREAD_WORDS = /\b(unread|non lue?s?|ungelesene?n?|sin leer|no leidos?|non lett[io]|nao lidas?|ongelezen)\b/;

/** Every conversation list on the page and in the overlay (an open one), each bounded. */
export function readConversationLists(doc: Document, now: number): ConversationList[] {
  const order = dateOrderOf(doc.documentElement.lang);
  const lists: ConversationList[] = [];
  for (const root of searchRoots(doc)) {
    const found = queryAll(root, S.list);
    for (const list of found) {
      // A fallback can match a wrapper around the list: the innermost is the list.
      if (found.some((other) => other !== list && list.contains(other))) continue;
      if (list.closest(S.minimisedOverlay.join(','))) continue;
      const where = root !== doc || list.closest(S.overlay.join(',')) ? 'overlay' : 'page';
      lists.push({ ...readList(list, now, order), where });
    }
  }
  return lists;
}

function readList(list: Element, now: number, order: DateOrder | undefined): Omit<ConversationList, 'where'> {
  const rows: ListRow[] = [];
  const items = list.children;
  let drawn = 0;
  // By index, and bounded: a list can hold thousands of items.
  for (let i = 0; i < items.length && i < MAX_LIST_ITEMS && rows.length < MAX_LIST_ROWS; i++) {
    const item = items[i]!;
    // Placeholders hold nothing: LinkedIn draws the row when it scrolls into view.
    if (item.childElementCount === 0 || item.matches(PLACEHOLDER)) continue;
    drawn++;
    const row = item.matches(ROW) ? readRow(item, now, order) : null;
    if (row) rows.push(row);
  }
  return { rows, unreadable: drawn > 0 && rows.length === 0 };
}

function readRow(item: Element, now: number, order: DateOrder | undefined): ListRow | null {
  const name = squash(queryFirst(item, S.name)?.textContent);
  if (!name) return null;
  const snippetElement = queryFirst(item, S.snippet);
  const { from, snippet } = sender(snippetElement ? snippetText(snippetElement) : '', name);
  const timeElement = queryFirst(item, S.time);
  return {
    name,
    oneToOne: !mayNameSeveralPeople(name) && queryFirst(item, selectors.messaging.groupMarker) === null && !organisation(item),
    snippet,
    from,
    time: timeElement ? timeOf(timeElement, now, order) : null,
    unread: unread(item),
    active: item.matches(ACTIVE) || item.querySelector(ACTIVE) !== null,
  };
}

/** The snippet as read, without the pill ("InMail") and what is hidden from screen readers. */
function snippetText(element: Element): string {
  if (!element.querySelector(NOISE)) return squash(element.textContent);
  const copy = element.cloneNode(true) as Element;
  for (const noise of copy.querySelectorAll(NOISE)) noise.remove();
  return squash(copy.textContent);
}

/** Whose the newest message is, and its text without the sender's prefix. */
function sender(shown: string, name: string): Pick<ListRow, 'from' | 'snippet'> {
  if (!shown) return { from: 'unknown', snippet: '' };
  const match = PREFIXED.exec(shown);
  if (match) {
    const prefix = foldName(match[1]!);
    const rest = squash(match[2]);
    if (OWN_PREFIXES.has(prefix)) return { from: 'own', snippet: rest };
    // "Ada: …": a participant's first name (or whole name). Anything else is the text's own colon.
    const participants = name
      .split(/\s*,\s*/)
      .map(foldName)
      .filter(Boolean);
    if (participants.some((person) => person === prefix || person.split(' ')[0] === prefix)) return { from: 'theirs', snippet: rest };
  }
  return { from: 'theirs', snippet: shown };
}

/** An organisation writes: a pill other than InMail ("Sponsored", "LinkedIn Offer"), or a link to its page. */
function organisation(item: Element): boolean {
  const pill = queryFirst(item, S.pill);
  if (pill && fold(squash(pill.textContent)) !== 'inmail') return true;
  return queryFirst(item, S.organisationLink) !== null;
}

function unread(item: Element): boolean {
  if (item.matches(UNREAD) || item.querySelector(UNREAD)) return true;
  const labelled = [item, ...queryAll(item, S.labelled)];
  return labelled.some((element) => {
    const label = element.getAttribute('aria-label') ?? '';
    return /\d/.test(label) && UNREAD_WORDS.test(fold(label));
  });
}

/** A time element's datetime attribute when it has one (a date, or a moment), else its text. */
function timeOf(element: Element, now: number, order: DateOrder | undefined): ListRow['time'] {
  const datetime = element.getAttribute('datetime')?.trim();
  if (datetime) {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datetime);
    if (day) {
      const at = localDay(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
      if (at !== null) return { at, precision: 'day' };
    } else {
      const at = Date.parse(datetime);
      if (Number.isFinite(at)) return { at, precision: 'minute' };
    }
  }
  return parseListTime(squash(element.textContent), now, order);
}
