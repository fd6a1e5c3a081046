// Injected UI lives in an open shadow root: LinkedIn's styles do not reach it, ours do not leak.

export interface ShadowMount {
  host: HTMLElement;
  /** Where Preact renders. */
  container: HTMLElement;
}

export function createShadowHost(doc: Document, feature: string, css: string): ShadowMount {
  const host = doc.createElement('span');
  host.dataset['nurtureHost'] = feature;
  host.style.display = 'inline-flex';
  host.style.alignItems = 'center';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('span');
  shadow.append(style, container);
  return { host, container };
}
