// Injected UI lives in a closed shadow root: LinkedIn's styles do not reach it, ours do not
// leak, and LinkedIn's scripts cannot read it.
import { selectors } from '../linkedin/selectors';

export interface ShadowMount {
  host: HTMLElement;
  /** Where Preact renders. */
  container: HTMLElement;
}

/** Adds more style to a mount's shadow root (the picker's, when it first opens). */
export function addStyle(mount: ShadowMount, css: string): void {
  const style = mount.container.ownerDocument.createElement('style');
  style.textContent = css;
  mount.container.before(style);
}

/** LinkedIn's dark theme is on, on whichever element carries its theme class. */
export function isDarkTheme(doc: Document): boolean {
  return selectors.theme.carriers.some((selector) => doc.querySelector(selector)?.classList.contains(selectors.theme.darkClass) ?? false);
}

/** A size the host keeps whatever it shows: what it shows must not be measurable from the page. */
export interface FixedSize {
  width: string;
  height: string;
}

/**
 * A host that looks like nothing in particular: a bare span, no attribute, id or class of
 * ours, its shadow root closed. LinkedIn's page (and anything injected into it) cannot read
 * what we show (a person's stage, library titles) nor tell the host from any other span by
 * name. With `size`, its layout does not change with what it shows either.
 */
export function createShadowHost(doc: Document, css: string, size?: FixedSize): ShadowMount {
  const host = doc.createElement('span');
  host.style.display = 'inline-flex';
  host.style.alignItems = 'center';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('span');
  if (size) {
    host.style.width = size.width;
    host.style.height = size.height;
    // Clipped inside, so neither the host's size nor its scroll size depends on the content.
    host.style.overflow = 'hidden';
    Object.assign(container.style, { display: 'flex', alignItems: 'center', minWidth: '0', maxWidth: '100%', height: '100%', overflow: 'hidden' });
  }
  // Follow LinkedIn's theme, which the user picks in LinkedIn, whatever the system's is; the
  // mark lives inside the closed root, where the page cannot see it.
  if (isDarkTheme(doc)) container.className = 'dark';
  shadow.append(style, container);
  return { host, container };
}
