// The names and slugs a LinkedIn page shows, for "Copy page structure" (structure-snapshot.ts).
// What tells a person in a kept value is not its shape (adalovelace looks like any class) but
// that the page names them: namesOnPage collects the slugs of its links to people and
// organisations and the names it shows, nameScrubber takes them out of every value kept.
// Pure: a Document in, the forms to remove out, then a function removing them from a value.
import { decodeURIComponentSafe } from '../../domain/library/urls';
import { fold } from '../../domain/text/fold';
import { pageReader } from './snapshot';
import { STRUCTURAL } from './structure-words';

export const NAME = '{name}';
// Parts shorter than this are not removed on their own: "li", "bo", "de" are in every page
// (urn:li:, t-14, mt2) and alone name no one. They go with the whole slug or name they are in.
const MIN_PART = 3;
// Texts longer than this are sentences (messages, headlines, posts), not names.
const MAX_NAME_TEXT = 200;
const STRUCTURAL_WORDS = [...STRUCTURAL];

// The segment after these names someone or something: /in/<slug>, /company/<slug>, /sales/lead/<id>,…
const IDENTITY_PATH = /\/(?:in|pub|company|school|showcase)\/([^/?#\s"<>&]+)|\/sales\/(?:lead|people|company|account)\/([^/?#\s"<>&,]+)/gi;
const PUBLIC_IDENTIFIER = /"publicIdentifier"\s*:\s*"([^"\\]{1,100})"/g;
// Elements whose text is a name: LinkedIn's own name and title hooks, Sales Navigator's marks.
const NAME_CLASS = /(?:^|[\s_-])(?:names?|title)(?!\S)/i;
const IDENTITY_LINK = /\/(?:in|pub|company|school|showcase)\/[^/?#]|\/sales\/(?:lead|people|company|account)\/[^/?#]/i;
const NAMING_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'data-placeholder', 'value'];

const foldCache = new Map<string, string>();
const foldChar = (ch: string) => {
  let folded = foldCache.get(ch);
  if (folded === undefined) foldCache.set(ch, (folded = fold(ch)));
  return folded;
};
const structural = (part: string) => STRUCTURAL.has(part);

/** The forms a name or a slug is removed in: itself, its parts, its parts run together. */
class NameForms {
  readonly forms = new Set<string>();

  // A run of words that name someone ("Ada Lovelace", "ada-lovelace-3b2a1", "O'Brien"): each
  // part of MIN_PART characters or more, and the parts of every stretch of two to four of them
  // joined as people and LinkedIn join them (adalovelace, ada-lovelace, ada_lovelace, ada.lovelace).
  run(words: readonly string[]) {
    const parts: { folded: string; raw: string }[] = [];
    for (const word of words) {
      for (const raw of word
        .normalize('NFC')
        .toLowerCase()
        .split(/[^\p{L}\p{M}\p{N}]+/u)) {
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
      const parts = fold(word)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const named = parts.length > 0 && !parts.every(structural) && (!capitalised || /^\P{L}*\p{Lu}/u.test(word));
      if (named) run.push(word);
      else flush();
    }
    flush();
  }

  // A slug or id from a link: the whole of it, and its parts.
  slug(segment: string) {
    const slug = decodeURIComponentSafe(segment).trim();
    if (!slug) return;
    this.run([slug]);
    const parts = fold(slug)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
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
    for (let i = 0; i < value.length;) {
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
