// Injected UI lives in a closed shadow root: LinkedIn's styles do not reach it, ours do not
// leak, and LinkedIn's scripts cannot read it. They can still measure and restyle the host,
// which is theirs to touch: any size we keep lives inside the root, on an element they cannot reach.
import { selectors } from '../linkedin/selectors';

export interface ShadowMount {
  host: HTMLElement;
  /** Where Preact renders. */
  container: HTMLElement;
}

/**
 * One constructed stylesheet per CSS string and document, shared by every root that shows it:
 * a feed with 100 buttons parses and stores our CSS once, not 100 times. Null where the
 * browser cannot adopt sheets (then each root gets a <style>, as before).
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  let byCss = sheets.get(doc);
  if (!byCss) sheets.set(doc, (byCss = new Map()));
  let sheet = byCss.get(css);
  if (sheet === undefined) {
    try {
      const Sheet = doc.defaultView?.CSSStyleSheet;
      sheet = Sheet && typeof Sheet.prototype.replaceSync === 'function' ? new Sheet() : null;
      sheet?.replaceSync(css);
    } catch {
      sheet = null;
    }
    byCss.set(css, sheet);
  }
  return sheet;
}

/**
 * Styles a root: the shared sheet adopted, or a <style> before `before` where adoption fails.
 * `fresh`: a root just made, which holds no <style> yet (no query for one).
 */
function applyStyle(root: ShadowRoot, css: string, before: Node, fresh = false): void {
  const sheet = sharedSheet(before.ownerDocument ?? document, css);
  // Roots styled by <style> stay so: an adopted sheet always comes after them in the cascade.
  const usesStyleElements = !fresh && root.querySelector('style') !== null;
  // Read once: each read of adoptedStyleSheets is a call into the DOM (a feed mounts a hundred roots).
  const adopted = sheet && !usesStyleElements ? root.adoptedStyleSheets : undefined;
  if (sheet && Array.isArray(adopted)) {
    try {
      // push, not assignment: Firefox's content scripts cannot hand the page an array of theirs.
      adopted.push(sheet);
      if (adopted.includes(sheet)) return;
    } catch {
      // Fall through to a <style>.
    }
  }
  const style = before.ownerDocument!.createElement('style');
  style.textContent = css;
  before.parentNode!.insertBefore(style, before);
}

/** Adds more style to a mount's shadow root (the picker's, when it first opens). */
export function addStyle(mount: ShadowMount, css: string): void {
  applyStyle(mount.container.getRootNode() as ShadowRoot, css, mount.container);
}

/**
 * LinkedIn's dark theme is on, on whichever element carries its theme class: <html>, or the
 * interop outlet, looked for by the first of its selectors that finds it (the id, at once; the
 * attribute selector would walk a whole feed before reaching the outlet at the end of <body>).
 */
export function isDarkTheme(doc: Document): boolean {
  const { darkClass, carriers } = selectors.theme;
  if (doc.documentElement.classList.contains(darkClass)) return true;
  for (const selector of carriers) {
    const carrier = doc.querySelector(selector);
    if (carrier && carrier !== doc.documentElement) return carrier.classList.contains(darkClass);
  }
  return false;
}

/**
 * The host as made once per document and cloned for each mount: writing a style attribute from
 * our world costs a policy check each time (the attribute write was the dearest line of a mount
 * in the page-cost profile), a clone copies the parsed style. A display only, never a size: the
 * page can rewrite the host's style (width:max-content, overflow:visible) and measure what is
 * inside, so what is inside must be one size already.
 */
const hosts = new WeakMap<Document, HTMLElement>();

function bareHost(doc: Document): HTMLElement {
  let template = hosts.get(doc);
  if (!template) {
    template = doc.createElement('span');
    template.style.cssText = 'display:inline-flex;align-items:center';
    hosts.set(doc, template);
  }
  return template.cloneNode(false) as HTMLElement;
}

/** A size the mount keeps whatever it shows: what it shows must not be measurable from the page. */
export interface FixedSize {
  width: string;
  height: string;
}

/**
 * A host that looks like nothing in particular: a bare span, no attribute, id or class of
 * ours, its shadow root closed. LinkedIn's page (and anything injected into it) cannot read
 * what we show (library titles) nor tell the host from any other span by name. With `size`,
 * the container inside the root has that size and clips what it holds: the host, however the
 * page restyles it, measures the same whatever it shows. `dark`: whether
 * LinkedIn's dark theme is on, when the caller already asked (one scan mounting a hundred
 * hosts asks once).
 */
export function createShadowHost(doc: Document, css: string, size?: FixedSize, dark = isDarkTheme(doc)): ShadowMount {
  const host = bareHost(doc);
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = doc.createElement('span');
  if (size) {
    // Clipped inside, so neither the host's size nor its scroll size depends on the content.
    Object.assign(container.style, {
      display: 'inline-flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      width: size.width,
      height: size.height,
      overflow: 'hidden',
    });
  }
  // Follow LinkedIn's theme, which the user picks in LinkedIn, whatever the system's is; the
  // mark lives inside the closed root, where the page cannot see it.
  if (dark) container.className = 'dark';
  shadow.append(container);
  applyStyle(shadow, css, container, true);
  return { host, container };
}
