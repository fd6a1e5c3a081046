// "Copy page structure": the page's markup as a developer needs it to mend a reader after
// LinkedIn changed its markup, without anyone's data (docs/bug-reports.md). Pure: a Document
// in, text out; the content script runs it only when the popup asks.
//
// Kept: tag names, attribute NAMES, open shadow roots (marked <#shadow-root>), and the values
// of the attributes in KEPT: the hooks our selectors use (componentkey, data-testid,
// data-view-name, data-sdui-screen, role, class), and small enumerated states that change how
// a reader or a writer treats an element (type, contenteditable, aria-expanded, tabindex,
// data-display-contents). Even those are scrubbed of anything that looks like an identifier
// (scrubIds), then of the names and slugs the page itself shows (namesOnPage, nameScrubber):
// a slug without digits (profile-card-ada-lovelace) has no shape to tell it by, only the page
// knows it is someone's. Every other value becomes "_", an href its shape (/in/_/), every text
// its length class ([text:S|M|L|XL]). Script, style and svg keep their tag, not their insides.
import { fold } from '../../shared/text';
import { detectPage } from './pages';
import { pageReader } from './snapshot';

const KEPT = new Set([
  'componentkey',
  'data-testid',
  'data-view-name',
  'data-sdui-screen',
  'role',
  'class',
  'type',
  'contenteditable',
  'aria-expanded',
  'tabindex',
  'data-display-contents',
]);
const OPAQUE = new Set(['script', 'style', 'svg', 'noscript', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Path words of LinkedIn's own pages that name no one. Any other segment becomes "_".
const PATH_WORDS = new Set(
  ('feed in company school showcase groups events jobs view search results people all content mynetwork notifications ' +
    'posts pulse overlay details experience education skills recent-activity update messaging thread compose new ' +
    'about-this-profile contact-info premium settings help learning newsletters me home life about my-items')
    .split(' '),
);
// The segment after these is someone's (or something's) identifier, whatever it looks like.
const ID_PARENTS = new Set(['in', 'company', 'school', 'showcase', 'groups', 'events', 'thread', 'update', 'posts', 'pulse', 'pub', 'newsletters', 'view']);

export const SNAPSHOT_CAP = 2 * 1024 * 1024;
export const ID = '{id}';

// One part of a hyphenated run: it ends at a hyphen or a separator (space . : _ , ; ( ) / = etc).
const PART = `[^\\s_.:,;()/"'={}-]`;
// A hyphenated name-like run (a lowercase letter somewhere) whose last part has a digit or is
// hex: alex-rivera-8c21, jos%C3%A9-garc%C3%ADa-1a2b, zoe-kowalczyk-abcdef. In classes, a short
// last part with a letter (feed-shared-update-v2) is LinkedIn's own versioning: kept there.
const slug = (inClass: boolean) =>
  new RegExp(
    `(?<!${PART}|-)(?=(?:${PART}|-)*\\p{Ll})${PART}{2,}(?:-${PART}+)*-(?:\\d+|${inClass ? `(?=${PART}{3})` : ''}${PART}*\\d${PART}*|[\\da-f]{4,})(?!${PART}|-)`,
    'gu',
  );
const SLUG = slug(false);
const CLASS_SLUG = slug(true);
// A hyphenated run right before a single "_", as in alex-rivera_cover_edit_button (not in classes: BEM).
const SLUG_KEY = new RegExp(`(?<!${PART}|-)${PART}+(?:-${PART}+)+(?=_(?!_))`, 'gu');

// Identifiers inside a kept value: URNs, member ids, UUIDs, e-mails, long numbers, profile slugs.
export function scrubIds(value: string, isClass = false): string {
  const scrubbed = value
    .replace(/urn:li:([\w-]+):[^\s"'<>]*/g, `urn:li:$1:${ID}`)
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ID)
    .replace(/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/gi, ID)
    // Member ids (ACoAA…, AEMAA…), up to a trailing CamelCase word such as "Topcard".
    .replace(/(?:ACo|AEM)A[\w-]*?(?=[A-Z][a-z]{3,}(?![\w-])|(?![\w-]))/g, ID)
    // "…Ref-<vanity name>": whatever follows, up to the next "_" or space.
    .replace(/(Ref-)[^\s_]+/g, `$1${ID}`)
    .replace(isClass ? CLASS_SLUG : SLUG, ID)
    // Long opaque tokens: letters and digits mixed over 20 characters or more.
    .replace(/(?<![A-Za-z\d-])(?=[A-Za-z\d-]*\d)(?=[A-Za-z\d-]*[a-z])(?=[A-Za-z\d-]*[A-Z])[A-Za-z\d-]{20,}/g, ID)
    .replace(/\d{5,}/g, ID);
  return isClass ? scrubbed : scrubbed.replace(SLUG_KEY, ID);
}

// An address reduced to its shape: LinkedIn's path words stay, every other segment is "_".
export function hrefShape(value: string, base: string): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '_';
  }
  if (!/^https?:$/.test(url.protocol)) return `${url.protocol}_`;
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return `${url.protocol}//_/`;
  let parent = '';
  const path = url.pathname
    .split('/')
    .map((segment) => {
      const kept = segment === '' || (PATH_WORDS.has(segment) && !ID_PARENTS.has(parent)) ? segment : '_';
      parent = segment;
      return kept;
    })
    .join('/');
  return url.hostname === 'www.linkedin.com' ? path : `${url.protocol}//_.linkedin.com${path}`;
}

// ---- Names and slugs the page shows -------------------------------------------------------
//
// What tells a person in a kept value is not its shape (adalovelace looks like any class) but
// that the page names them: namesOnPage collects the slugs of its links to people and
// organisations and the names it shows, nameScrubber takes them out of every value kept.

export const NAME = '{name}';
// Parts shorter than this are not removed on their own: "li", "bo", "de" are in every page
// (urn:li:, t-14, mt2) and alone name no one. They go with the whole slug or name they are in.
const MIN_PART = 3;
// Texts longer than this are sentences (messages, headlines, posts), not names.
const MAX_NAME_TEXT = 200;
// LinkedIn's own words, and the common words of its labels: never taken for a name, and never
// removed where they stand whole in a value. A person named "Card" or "Profile" keeps those
// words in the outline: they are in every page's markup and tell no one. Lower case, folded.
const STRUCTURAL = new Set(
  (
    // Path words (hrefShape), HTML tags, attribute names, ARIA roles.
    `${[...PATH_WORDS].join(' ')} ${[...KEPT].join(' ')} ` +
    'class href src srcset alt title style lang dir rel charset width height sizes target download decoding ' +
    'autocomplete spellcheck draggable autofocus inputmode enterkeyhint readonly required checked selected multiline ' +
    'aria data labelledby describedby haspopup live atomic busy pressed orientation owns posinset setsize level ' +
    'html head body main header footer section article aside nav div span button input textarea select option label form ' +
    'list listitem item link image img picture video audio iframe frame canvas table row cell column heading paragraph dialog ' +
    'alert status banner region menu menubar menuitem option group tab tablist tabpanel textbox combobox checkbox radio ' +
    'switch slider progressbar tooltip tree grid presentation none note separator toolbar figure strong small time ' +
    // LinkedIn's class families, component keys, test ids and screens.
    'linkedin sdui urn fsd com flagshipnav ember artdeco scaffold layout global typeahead msg share shared sharing ' +
    'sharecompose profileview mainfeed feed update updates components component actor social action actions bar comment ' +
    'comments box entity entities lockup title subtitle caption description text texts view views top card cards topcard ' +
    'profile profiles overlay bubble conversation conversations convo event events message messages group groups name ' +
    'names timestamp stamp thread threads selectable facepile participant participants container content contents wrapper ' +
    'editor blank clipboard tiptap prose mirror prosemirror trailing break creation state additional modal primary ' +
    'secondary tertiary icon icons dropdown trigger visually hidden relative absolute inline block heading xlarge large ' +
    'medium small body black white light dark theme align middle center left right words word presence indicator typing ' +
    'seen receipt without bottom detail details interop shadowdom core expandable session cover edit verification ' +
    'trigger ref member members active avatar detour disabled enabled dist empty entry feature field fields info input ' +
    'rail inbox minimized maximized occluded other others panel placeholder pvs ctas current send separator snippet ' +
    'subject submit style value true false role type contenteditable testid expanded tabindex display anonymize control ' +
    'person company school organization org lead leads account accounts sales navigator search result results ' +
    'recipient recipients sender author premium badge degree distance connection connections follower followers ' +
    'following network invitation invitations notification notifications pagination page pages scroll scrollable sticky ' +
    'lazy loaded loader loading spinner skeleton ghost placeholder shimmer animation transition visible invisible ' +
    'wrapper inner outer outlet container contained full width height size padding margin spacing border rounded ' +
    'shadow elevation color background foreground label labels tag tags chip pill token tokens count counter counts ' +
    'reaction reactions react like likes celebrate support love insightful funny repost reposts reply replies ' +
    'sent unread read draft drafts attachment attachments file files media photo photos document poll emoji picker ' +
    'keyboard gif sticker mention mentions hashtag hashtags headline location about highlights featured skills ' +
    'experience education recommendations recommendation interests languages certifications projects activity ' +
    'analytics resources contact mutual insights insight module modules container block item entry rich richtext ' +
    'editable quill blank mobile desktop tablet responsive compact default primary nav navigation bar sidebar ' +
    'aside rail column columns split pane panes header footer sticky fixed overlay scrim backdrop modal sheet drawer ' +
    'popover popup tooltip toast banner alert callout notice hovercard card carousel slider slide slides ' +
    'meta data key keys screen screens module root node nodes view viewer viewport render renderer lazy ' +
    'trk tracking track impression impressions control controls urn entity urns http https www mailto tel javascript ' +
    // Common words of LinkedIn's labels (English, French, Spanish, German), which label text often holds.
    'the and for with from into your you our not but all any are was can has had his her its one two out off how who ' +
    'why via per this that these those here there what which when where more less see show hide open close view ' +
    'message write send follow unfollow connect invite remove delete report mute block copy next previous back menu ' +
    'overflow home network jobs settings help sign language new add attach create post posts start dismiss expand ' +
    'click skip save saved like comment repost react share reply search load more loading conversation conversations ' +
    'primary main content editor creating types type text required here list people company companies school schools ' +
    'current decision makers image photo media emoji keyboard picker actions action your conversation close ' +
    'avec dans pour par sur des les une vous votre vos ajouter commentaire commenter contenu principal inviter ' +
    'rejoindre reseau ouvrir clavier emojis editeur texte creer message envoyer suivre plus voir ' +
    'con para por los las una que contenido principal comentario comentar abrir enviar seguir mensaje mas ver ' +
    'und der die das mit fur von ein eine ihre nachricht senden folgen mehr anzeigen inhalt'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);
const STRUCTURAL_WORDS = [...STRUCTURAL];

// The segment after these names someone or something: /in/<slug>, /company/<slug>, /sales/lead/<id>,…
const IDENTITY_PATH = /\/(?:in|pub|company|school|showcase)\/([^/?#\s"<>&]+)|\/sales\/(?:lead|people|company|account)\/([^/?#\s"<>&,]+)/gi;
const PUBLIC_IDENTIFIER = /"publicIdentifier"\s*:\s*"([^"\\]{1,100})"/g;
// Elements whose text is a name: LinkedIn's own name and title hooks, Sales Navigator's marks.
const NAME_CLASS = /(?:^|[\s_-])(?:names?|title)(?!\S)/i;
const IDENTITY_LINK = /\/(?:in|pub|company|school|showcase)\/[^/?#]|\/sales\/(?:lead|people|company|account)\/[^/?#]/i;
const NAMING_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'data-placeholder', 'value'];

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};
const foldCache = new Map<string, string>();
const foldChar = (ch: string) => {
  let folded = foldCache.get(ch);
  if (folded === undefined) foldCache.set(ch, (folded = fold(ch)));
  return folded;
};
const structural = (part: string) => STRUCTURAL.has(part);
/** Whether a word is one of LinkedIn's own (folded): never taken for anyone's name. */
export const structuralWord = (word: string): boolean => structural(fold(word));

/** The forms a name or a slug is removed in: itself, its parts, its parts run together. */
class NameForms {
  readonly forms = new Set<string>();

  // A run of words that name someone ("Ada Lovelace", "ada-lovelace-3b2a1", "O'Brien"): each
  // part of MIN_PART characters or more, and the parts of every stretch of two to four of them
  // joined as people and LinkedIn join them (adalovelace, ada-lovelace, ada_lovelace, ada.lovelace).
  run(words: readonly string[]) {
    const parts: { folded: string; raw: string }[] = [];
    for (const word of words) {
      for (const raw of word.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) {
        const folded = fold(raw);
        if (folded) parts.push({ folded, raw });
      }
    }
    if (parts.length === 0 || parts.every((part) => structural(part.folded))) return;
    for (const part of parts) if (!structural(part.folded)) this.add(part.folded, part.raw);
    if (parts.length > 8) return;
    for (let from = 0; from < parts.length; from++) {
      for (let to = from + 2; to <= Math.min(parts.length, from + 4); to++) {
        const stretch = parts.slice(from, to);
        if (stretch.every((part) => structural(part.folded))) continue;
        for (const joint of ['', '-', '_', '.']) {
          this.add(stretch.map((part) => part.folded).join(joint), stretch.map((part) => part.raw).join(joint));
        }
      }
    }
  }

  // A text the page shows: words cut at spaces and punctuation, LinkedIn's own words ending a run.
  // `capitalised`: only words with a capital count (a label's "Message Ada Lovelace", not its verbs).
  text(text: string, capitalised: boolean) {
    if (text.length > MAX_NAME_TEXT) return;
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) this.run(run);
      run = [];
    };
    for (const word of text.split(/[^\p{L}\p{M}\p{N}'’._-]+/u)) {
      const parts = fold(word).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const named = parts.length > 0 && !parts.every(structural) && (!capitalised || /^\P{L}*\p{Lu}/u.test(word));
      if (named) run.push(word);
      else flush();
    }
    flush();
  }

  // A slug or id from a link: the whole of it, and its parts.
  slug(segment: string) {
    const slug = decode(segment).trim();
    if (!slug) return;
    this.run([slug]);
    const parts = fold(slug).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!parts.every(structural)) this.add(fold(slug), slug.toLowerCase());
  }

  // Links in a value or a text, JSON-escaped ones (\/in\/…) too, and the publicIdentifier of
  // the data LinkedIn puts in its pages.
  paths(text: string) {
    if (text.includes('publicIdentifier')) for (const match of text.matchAll(PUBLIC_IDENTIFIER)) this.slug(match[1]!);
    if (!text.includes('/')) return;
    const unescaped = text.includes('\\/') ? text.replace(/\\\//g, '/') : text;
    for (const match of unescaped.matchAll(IDENTITY_PATH)) this.slug(match[1] ?? match[2] ?? '');
  }

  // Letters and digits count, not the joints: "d-o" (an initial and the O of O'Brien) is no form.
  private add(folded: string, raw: string) {
    if (folded.replace(/[^\p{L}\p{N}]+/gu, '').length < MIN_PART) return;
    this.forms.add(folded);
    // As LinkedIn writes it in a key or a link: percent-encoded (zo%C3%AB-kowalczyk).
    if (/[^\x20-\x7e]/.test(raw)) this.forms.add(encodeURIComponent(raw.normalize('NFC')).toLowerCase());
  }
}

// Every element of a tree, open shadow roots included.
function* elementsOf(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* elementsOf(el.shadowRoot);
  }
}

const textsIn = (el: Element): string[] => {
  const texts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        if (child.nodeValue?.trim()) texts.push(child.nodeValue);
      } else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  return texts;
};

/**
 * The names and slugs `doc` shows, in the forms nameScrubber removes: slugs and ids of its
 * links to people, companies, schools, showcase pages and Sales Navigator leads and accounts
 * (wherever an attribute or a text holds one, and the page's own address); the texts of those
 * links, of headings, of LinkedIn's name and title elements and Sales Navigator's
 * data-anonymize="…-name"; the capitalised words of labels (aria-label, title, alt,
 * placeholder, value); the page title; and what Nurture's readers find (the profile's name and
 * company, the people of the open conversations).
 */
export function namesOnPage(doc: Document, href: string): Set<string> {
  const names = new NameForms();
  names.paths(href);
  names.text(doc.title.split('|')[0] ?? '', false);
  for (const el of elementsOf(doc)) {
    for (const attribute of Array.from(el.attributes)) {
      names.paths(attribute.value);
      if (NAMING_ATTRIBUTES.includes(attribute.name)) names.text(attribute.value, true);
    }
    for (const child of Array.from(el.childNodes)) if (child.nodeType === 3 && child.nodeValue) names.paths(child.nodeValue);
    const link = IDENTITY_LINK.test(el.getAttribute('href') ?? '');
    const naming =
      link ||
      /^h[1-3]$/.test(el.localName) ||
      el.getAttribute('role') === 'heading' ||
      /-name$/.test(el.getAttribute('data-anonymize') ?? '') ||
      NAME_CLASS.test(el.getAttribute('class') ?? '');
    if (!naming) continue;
    for (const text of textsIn(el)) names.text(text, false);
    if (link) {
      for (const name of ['aria-label', 'title']) names.text(el.getAttribute(name) ?? '', false);
      for (const img of Array.from(el.querySelectorAll('img[alt]'))) names.text(img.getAttribute('alt') ?? '', false);
    }
  }
  // What the readers know, on the pages they know: a company read from the headline, say.
  try {
    const page = pageReader(doc).read([], href);
    const profile = page.profile;
    if (profile) {
      for (const text of [profile.name, profile.company]) names.text(text, false);
      names.paths(profile.profilePath);
      if (profile.salesLeadId) names.slug(profile.salesLeadId);
    }
    for (const { partner } of page.conversations) {
      names.text(partner.name, false);
      if (partner.profilePath) names.paths(partner.profilePath);
    }
  } catch {
    // A page the readers do not know: what was collected above stands.
  }
  return names.forms;
}

// Whether folded[start, end) lies inside one of LinkedIn's own words there ("tim" in "timestamp").
function inStructuralWord(folded: string, start: number, end: number): boolean {
  for (const word of STRUCTURAL_WORDS) {
    if (word.length < end - start) continue;
    const at = folded.indexOf(word, Math.max(0, end - word.length));
    if (at !== -1 && at <= start) return true;
  }
  return false;
}

/**
 * Removes `forms` (namesOnPage) from a value, in any case and with accents folded: each
 * stretch that holds one becomes NAME, except where the form lies inside one of LinkedIn's own
 * words in the value ("tim" in "timestamp"). Stretches that touch become one NAME
 * (ada + lovelace in "AdaLovelace"). Memoised: LinkedIn repeats its values.
 */
export function nameScrubber(forms: Iterable<string>): (value: string) => string {
  // By their first three characters (every form has MIN_PART or more), longest first.
  const byStart = new Map<string, string[]>();
  for (const form of forms) {
    if (form.length < MIN_PART) continue;
    const key = form.slice(0, MIN_PART);
    const list = byStart.get(key);
    if (list) list.push(form);
    else byStart.set(key, [form]);
  }
  if (byStart.size === 0) return (value) => value;
  for (const list of byStart.values()) list.sort((a, b) => b.length - a.length);
  const memo = new Map<string, string>();

  return (value) => {
    const known = memo.get(value);
    if (known !== undefined) return known;
    // The folded value, with where each folded character came from in the value.
    let folded = '';
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < value.length; ) {
      const ch = String.fromCodePoint(value.codePointAt(i)!);
      const f = foldChar(ch);
      for (let k = 0; k < f.length; k++) {
        from.push(i);
        to.push(i + ch.length);
      }
      folded += f;
      i += ch.length;
    }
    from.push(value.length);
    const spans: [number, number][] = [];
    for (let i = 0; i + MIN_PART <= folded.length; i++) {
      const candidates = byStart.get(folded.slice(i, i + MIN_PART));
      if (!candidates) continue;
      const form = candidates.find((f) => folded.startsWith(f, i) && !inStructuralWord(folded, i, i + f.length));
      if (!form) continue;
      const last = spans[spans.length - 1];
      if (last && i <= last[1]) last[1] = Math.max(last[1], i + form.length);
      else spans.push([i, i + form.length]);
    }
    let out = value;
    if (spans.length > 0) {
      out = '';
      let at = 0;
      for (const [start, end] of spans) {
        // Whole characters, and the marks after the last one (a decomposed "zoe\u0308").
        out += value.slice(at, from[start]!) + NAME;
        at = from[end]! > from[end - 1]! ? from[end]! : to[end - 1]!;
      }
      out += value.slice(at);
    }
    memo.set(value, out);
    return out;
  };
}

const textClass = (text: string) => {
  const n = text.trim().length;
  return `[text:${n <= 20 ? 'S' : n <= 80 ? 'M' : n <= 400 ? 'L' : 'XL'}]`;
};

// Every value kept goes through `names` (nameScrubber) after scrubIds: ids first, whole.
const attribute = (name: string, value: string, base: string, names: (value: string) => string) => {
  const shown = names(KEPT.has(name) ? scrubIds(value, name === 'class') : name === 'href' ? hrefShape(value, base) : value === '' ? '' : '_');
  return ` ${names(scrubIds(name))}${shown === '' ? '' : `="${shown.replace(/"/g, '&quot;')}"`}`;
};

export function structureSnapshot(doc: Document, href: string, cap = SNAPSHOT_CAP): string {
  const names = nameScrubber(namesOnPage(doc, href));
  const out: string[] = [];
  let size = 0;
  let full = false;
  const line = (depth: number, text: string) => {
    if (full) return;
    const entry = '  '.repeat(depth) + text;
    size += entry.length + 1;
    if (size > cap) full = true;
    else out.push(entry);
  };

  const children = (parent: ParentNode, depth: number) => {
    for (const node of Array.from(parent.childNodes)) {
      if (full) return;
      if (node.nodeType === 3) {
        if (node.nodeValue?.trim()) line(depth, textClass(node.nodeValue));
      } else if (node.nodeType === 1) element(node as Element, depth);
    }
  };

  const element = (el: Element, depth: number) => {
    const tag = el.localName;
    // A custom element's name is the page's own word, and could hold a name: <ada-lovelace-card>.
    const open = `<${tag.includes('-') ? names(tag) : tag}${Array.from(el.attributes, (a) => attribute(a.name, a.value, href, names)).join('')}>`;
    const shadow = el.shadowRoot;
    if (VOID.has(tag)) return line(depth, open);
    if (OPAQUE.has(tag)) return line(depth, `${open}${el.childNodes.length ? '…' : ''}</${tag}>`);
    if (!shadow && !Array.from(el.childNodes).some((n) => n.nodeType === 1 || (n.nodeType === 3 && n.nodeValue?.trim()))) {
      return line(depth, `${open}</${tag}>`);
    }
    line(depth, open);
    if (shadow) {
      line(depth + 1, '<#shadow-root>');
      children(shadow, depth + 2);
      line(depth + 1, '</#shadow-root>');
    }
    children(el, depth + 1);
    line(depth, `</${tag}>`);
  };

  line(0, '<!-- Nurture page structure: names, texts, ids and addresses replaced (docs/bug-reports.md) -->');
  line(0, `<!-- page: ${detectPage(href)} · path: ${hrefShape(href, href)} · title: ${textClass(doc.title)} -->`);
  if (doc.documentElement) element(doc.documentElement, 0);
  if (full) out.push(`<!-- truncated: the structure is longer than ${cap} characters -->`);
  return out.join('\n');
}
