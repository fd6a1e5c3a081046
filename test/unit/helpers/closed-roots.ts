// Our injected UI sits in closed shadow roots, which `element.shadowRoot` does not give out.
// Tests keep their own record of every closed root attached, so they can look inside, as the
// extension itself does through the reference attachShadow returns.
const closed = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  if (init.mode === 'closed') closed.set(this, root);
  return root;
};

/** The element's shadow root, open or closed. */
export const shadowOf = (el: Element): ShadowRoot | null => el.shadowRoot ?? closed.get(el) ?? null;

/** Every host of a closed root under `root`, through open and closed roots alike. */
export function closedHosts(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (closed.has(el)) found.push(el);
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return found;
}
