// The conversation list, read without opening anything (issue 25): the /messaging/ page's left
// rail and the messaging overlay's list when it is open. Opening a thread marks it read, so
// what the rows show (who, the newest message's first words and whose it is, when, unread)
// is all a reader may learn there. Pure: reads the tree it is given, changes nothing.
// The selectors and their sources are in selectors.ts (conversationList); the localised words
// below say which were measured and which inferred.
import { mayNameSeveralPeople } from '../../shared/person-names';
import { fold, foldName, squash } from '../../shared/text';
import { queryAll, queryFirst, searchRoots } from './dom';
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
  time: { at: number; precision: 'minute' | 'day' } | null;
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
    const participants = name.split(/\s*,\s*/).map(foldName).filter(Boolean);
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

// ---- Times as rows show them -----------------------------------------------------------------

/** How an all-numeric date with day and month both ≤ 12 is read. */
export type DateOrder = 'dmy' | 'mdy';

/**
 * The page's language decides numeric dates (INFERRED, no capture shows one): LinkedIn's "en" is
 * American English (month first), every other language and English variant puts the day first.
 * No language: undefined (see parseListTime).
 */
export function dateOrderOf(lang: string): DateOrder | undefined {
  const tag = lang.trim().toLowerCase();
  if (!tag) return undefined;
  return tag === 'en' || tag === 'en-us' ? 'mdy' : 'dmy';
}

/** Each day's and month's names in LinkedIn's languages (en, fr, de, es, it, pt, nl), folded. Index: JS getDay(). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'dimanche', 'sonntag', 'domingo', 'domenica', 'zondag'],
  ['monday', 'lundi', 'montag', 'lunes', 'lunedi', 'segunda-feira', 'maandag'],
  ['tuesday', 'mardi', 'dienstag', 'martes', 'martedi', 'terca-feira', 'dinsdag'],
  ['wednesday', 'mercredi', 'mittwoch', 'miercoles', 'mercoledi', 'quarta-feira', 'woensdag'],
  ['thursday', 'jeudi', 'donnerstag', 'jueves', 'giovedi', 'quinta-feira', 'donderdag'],
  ['friday', 'vendredi', 'freitag', 'viernes', 'venerdi', 'sexta-feira', 'vrijdag'],
  ['saturday', 'samedi', 'samstag', 'sabado', 'sabato', 'zaterdag'],
];
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['february', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mars', 'marz', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro'],
];
const TODAY: ReadonlySet<string> = new Set(['today', "aujourd'hui", 'heute', 'hoy', 'oggi', 'hoje', 'vandaag']);
const YESTERDAY: ReadonlySet<string> = new Set(['yesterday', 'hier', 'gestern', 'ayer', 'ieri', 'ontem', 'gisteren']);

/** The index of the one entry a word abbreviates (3 letters or more: "lun.", "déc", "Sept"), else -1. */
function nameIndex(table: readonly (readonly string[])[], word: string): number {
  if (word.length < 3) return -1;
  let found = -1;
  for (let i = 0; i < table.length; i++) {
    if (!table[i]!.some((name) => name.startsWith(word))) continue;
    if (found !== -1) return -1;
    found = i;
  }
  return found;
}

/** Local midnight of a date, or null when it does not exist (February 30). */
function localDay(year: number, month: number, day: number): number | null {
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/**
 * A row's time as LinkedIn shows it, relative to `now` in local time. `at` is the earliest
 * moment it can mean (a day's local midnight for 'day' precision).
 * - "10:42 AM", "22:42", "10 h 42": today at that minute; a time more than 5 minutes ahead of
 *   `now` is yesterday's (a label drawn before midnight).
 * - "Today"/"Yesterday" and their translations ("hier"): that day.
 * - A weekday ("Mon", "lun.", "Monday"): the latest such day BEFORE today (today's rows show
 *   a time, so "Mon" on a Monday means a week ago).
 * - A month and day ("Dec 3", "3 déc.", "3. Dez."): this year, or last year when that would be
 *   after today; with a year ("Dec 3, 2025", "3 déc. 2025"): that day.
 * - Numeric: "2026-12-03" is year-month-day; "03.12.2026" (dots) is day first; otherwise a part
 *   over 12 says which is the day. When both are ≤ 12 ("03/12/2026"), `order` decides (the
 *   page's language, see dateOrderOf); without it, the earlier of the two readings that is not
 *   after today (the earliest moment it can mean). Two-digit years are 20xx.
 * Dates after today and anything else ("5d", German "Mo") are null.
 */
export function parseListTime(text: string, now: number, order?: DateOrder): ListRow['time'] {
  const shown = fold(squash(text)).replace(/[’‘`´]/g, "'");
  if (!shown || shown.length > 40) return null;
  const date = new Date(now);
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  const today = new Date(year, month, day).getTime();

  const clock = /^(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*([ap])\.?\s*m\.?)?$/.exec(shown);
  if (clock) {
    let hours = Number(clock[1]);
    const minutes = Number(clock[2]);
    if (minutes > 59) return null;
    if (clock[3]) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (clock[3] === 'p' ? 12 : 0);
    } else if (hours > 23) return null;
    let at = new Date(year, month, day, hours, minutes).getTime();
    if (at > now + 5 * 60_000) at = new Date(year, month, day - 1, hours, minutes).getTime();
    return { at, precision: 'minute' };
  }

  const word = shown.replace(/\.$/, '');
  if (TODAY.has(word)) return { at: today, precision: 'day' };
  if (YESTERDAY.has(word)) return { at: new Date(year, month, day - 1).getTime(), precision: 'day' };
  if (/^[\p{L}-]+$/u.test(word)) {
    const weekday = nameIndex(WEEKDAYS, word);
    if (weekday === -1) return null;
    const back = (date.getDay() - weekday + 7) % 7 || 7;
    return { at: new Date(year, month, day - back).getTime(), precision: 'day' };
  }

  const past = (at: number | null) => (at !== null && at <= today ? at : null);
  const fullYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : digits.length === 4 ? Number(digits) : NaN);

  const numeric = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(shown);
  if (numeric) {
    const first = numeric[1]!;
    const separator = numeric[2]!;
    const second = numeric[3]!;
    const last = numeric[4]!;
    if (first.length === 4) {
      // Year first (ISO): the last part is the day.
      const at = past(localDay(Number(first), Number(second) - 1, Number(last)));
      return at === null ? null : { at, precision: 'day' };
    }
    if (first.length > 2) return null;
    const y = fullYear(last);
    const a = Number(first);
    const b = Number(second);
    const dayFirst = past(localDay(y, b - 1, a));
    const monthFirst = past(localDay(y, a - 1, b));
    let at: number | null;
    if (separator === '.' || a > 12) at = dayFirst;
    else if (b > 12) at = monthFirst;
    else if (order) at = (order === 'dmy' ? dayFirst : monthFirst) ?? (order === 'dmy' ? monthFirst : dayFirst);
    else at = dayFirst === null ? monthFirst : monthFirst === null ? dayFirst : Math.min(dayFirst, monthFirst);
    return at === null ? null : { at, precision: 'day' };
  }

  // A month's name, a day, perhaps a year, in either order: "Dec 3", "3 déc. 2025", "3 de dic.".
  const parts = shown
    .replace(/[.,]/g, ' ')
    .split(' ')
    .filter((part) => part !== '' && part !== 'de' && part !== 'del');
  const words = parts.filter((part) => /^\p{L}+$/u.test(part));
  const numbers = parts.filter((part) => /^\d+$/.test(part));
  if (words.length !== 1 || numbers.length < 1 || numbers.length > 2 || words.length + numbers.length !== parts.length) return null;
  const monthIndex = nameIndex(MONTHS, words[0]!);
  const dayNumber = numbers.find((part) => part.length <= 2);
  const yearDigits = numbers.find((part) => part.length === 4);
  if (monthIndex === -1 || dayNumber === undefined || (numbers.length === 2 && yearDigits === undefined)) return null;
  if (yearDigits !== undefined) {
    const at = past(localDay(Number(yearDigits), monthIndex, Number(dayNumber)));
    return at === null ? null : { at, precision: 'day' };
  }
  // No year: this year's, else the latest earlier year that has it (February 29).
  for (let y = year; y >= year - 8; y--) {
    const at = past(localDay(y, monthIndex, Number(dayNumber)));
    if (at !== null) return { at, precision: 'day' };
  }
  return null;
}
