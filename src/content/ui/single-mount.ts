// One injected UI per page, for features with a single anchor (a profile's actions, a thread
// header): placed once, kept while it stays attached and about the same person, removed on abort.
import { render, type ComponentChild } from 'preact';
import { createShadowHost, type FixedSize, type ShadowMount } from './shadow-host';

export interface SingleMount {
  /** True while the UI is attached and for `key`; otherwise it is removed and false. */
  holds(key: string | null): boolean;
  /** Renders `ui` in a new shadow host inserted into `parent` before `before`. */
  place(parent: Element, before: Element | null, key: string, ui: ComponentChild): void;
}

export function singleMount(doc: Document, signal: AbortSignal, css: string, size?: FixedSize): SingleMount {
  let current: { mount: ShadowMount; parent: Element; key: string } | null = null;
  const clear = () => {
    if (!current) return;
    render(null, current.mount.container);
    current.mount.host.remove();
    current = null;
  };
  signal.addEventListener('abort', clear);
  return {
    holds(key) {
      if (current && (!current.mount.host.isConnected || !current.parent.isConnected || current.key !== key)) clear();
      return current !== null;
    },
    place(parent, before, key, ui) {
      clear();
      const mount = createShadowHost(doc, css, size);
      parent.insertBefore(mount.host, before);
      render(ui, mount.container);
      current = { mount, parent, key };
    },
  };
}
