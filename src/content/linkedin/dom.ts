// Small DOM readers shared by features. Pure functions of the tree they are given.
import { selectors, type SelectorList } from './selectors';

/** The roots to search: the document and LinkedIn's open interop shadow root, if any. */
export function searchRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  for (const selector of selectors.interopOutlet) {
    const shadow = doc.querySelector(selector)?.shadowRoot;
    if (shadow) {
      roots.push(shadow);
      break;
    }
  }
  return roots;
}

/** The first selector of the list that matches anything wins; later ones are fallbacks. */
export function queryAllFirst(root: ParentNode, list: SelectorList): Element[] {
  for (const selector of list) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

// Every element that matches any selector of the list, in document order.
export function queryAll(root: ParentNode, list: SelectorList): Element[] {
  return [...root.querySelectorAll(list.join(','))];
}

export function queryFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Every editable element in the document and the interop shadow root. Every composer has one,
 * and one simple attribute query is far cheaper on a 500-post feed than each composer kind's
 * selector lists: composers are found from their editors outwards.
 */
export function editablesOf(doc: Document): HTMLElement[] {
  const selector = editableSelector(doc);
  return searchRoots(doc).flatMap((root) => [...root.querySelectorAll<HTMLElement>(selector)]);
}

// Sales Navigator's composers are plain textareas; only its pages (/sales/…) look for them, so
// the feed's scans keep their one attribute query.
const WITH_SALES = () => `${EDITABLE},${selectors.sales.editor.join(',')}`;

/** What counts as an editor on this page: contenteditables, and on Sales Navigator its textareas. */
export function editableSelector(doc: Document): string {
  return /^\/sales(\/|$)/.test(doc.location.pathname) ? WITH_SALES() : EDITABLE;
}

const SALES_PAGE = /^[a-z-]+:\/\/[^/?#]*\/sales(?:[/?#]|$)/i;

/** The same, from the page's address: a scan has read it already, once is enough. */
export function editableSelectorAt(href: string): string {
  return SALES_PAGE.test(href) ? WITH_SALES() : EDITABLE;
}

/**
 * An editable element that is an editor. Quill renders a second contenteditable beside its
 * editor, the off-screen .ql-clipboard (measured on a real 2026 comment box): it is not one.
 */
export const EDITABLE = selectors.editable.map((selector) => `${selector}:not(${selectors.notAnEditor.join(',')})`).join(',');

/** The nearest ancestor (or the element) matching the first selector of the list that matches one. */
export function closestFirst(el: Element, list: SelectorList): Element | null {
  for (const selector of list) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The outermost ancestor (or the element) matching `selector`: fallbacks can match nested wrappers. */
export function closestOutermost(el: Element, selector: string): Element | null {
  let found = el.closest(selector);
  for (let up = found?.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) found = up;
  return found;
}
