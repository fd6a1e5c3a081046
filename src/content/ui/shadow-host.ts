// Injected UI lives in an open shadow root: LinkedIn's styles do not reach it, ours do not leak.
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

export function createShadowHost(doc: Document, feature: string, css: string): ShadowMount {
  const host = doc.createElement('span');
  host.dataset['nurtureHost'] = feature;
  // Follow LinkedIn's theme, which the user picks in LinkedIn, whatever the system's is.
  if (isDarkTheme(doc)) host.dataset['theme'] = 'dark';
  host.style.display = 'inline-flex';
  host.style.alignItems = 'center';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('span');
  shadow.append(style, container);
  return { host, container };
}
