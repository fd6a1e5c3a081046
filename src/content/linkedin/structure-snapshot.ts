// "Copy page structure": the page's markup as a developer needs it to mend a reader after
// LinkedIn changed its markup, without anyone's data (docs/bug-reports.md). Pure: a Document
// in, text out; the content script runs it only when the popup asks.
//
// Kept: tag names, attribute NAMES, open shadow roots (marked <#shadow-root>), and the values
// of the attributes in KEPT: the hooks our selectors use (componentkey, data-testid,
// data-view-name, data-sdui-screen, role, class), and small enumerated states that change how
// a reader or a writer treats an element (type, contenteditable, aria-expanded, tabindex,
// data-display-contents). Even those are scrubbed of anything that looks like an identifier
// (scrubIds), then of the names and slugs the page itself shows (page-names.ts):
// a slug without digits (profile-card-ada-lovelace) has no shape to tell it by, only the page
// knows it is someone's. Every other value becomes "_", an href its shape (/in/_/), every text
// its length class ([text:S|M|L|XL]). Script, style and svg keep their tag, not their insides.
import { namesOnPage, nameScrubber } from './page-names';
import { KEPT, PATH_WORDS } from './structure-words';
import { detectPage } from './pages';

const OPAQUE = new Set(['script', 'style', 'svg', 'noscript', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// The segment after these is someone's (or something's) identifier, whatever it looks like.
const ID_PARENTS = new Set([
  'in',
  'company',
  'school',
  'showcase',
  'groups',
  'events',
  'thread',
  'update',
  'posts',
  'pulse',
  'pub',
  'newsletters',
  'view',
]);

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

const textClass = (text: string) => {
  const n = text.trim().length;
  return `[text:${n <= 20 ? 'S' : n <= 80 ? 'M' : n <= 400 ? 'L' : 'XL'}]`;
};

// Every value kept goes through `names` (nameScrubber) after scrubIds: ids first, whole.
const attribute = (name: string, value: string, base: string, names: (value: string) => string) => {
  const shown = names(
    KEPT.has(name) ? scrubIds(value, name === 'class') : name === 'href' ? hrefShape(value, base) : value === '' ? '' : '_',
  );
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
