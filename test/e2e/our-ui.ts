// Our UI inside LinkedIn lives in closed shadow roots and carries no attribute of ours: the
// page cannot find it, and neither can CSS selectors. Tests reach it as a screen reader does,
// through Chromium's accessibility tree (CDP), and click it with the real mouse at its box.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  backendDOMNodeId?: number;
  properties?: { name: string; value: AXValue }[];
}

export interface Control {
  role: string;
  name: string;
  backendNodeId: number;
}

export interface Query {
  role?: string;
  /** The accessible name, exactly (string) or matching (RegExp). */
  name?: string | RegExp;
  /** A CSS selector of LinkedIn's markup the control must sit in (through shadow hosts). */
  within?: string;
  /** Only the control that has the keyboard focus. */
  focused?: boolean;
}

export const SHARE = 'Share content';

// Runs on the DOM node itself: up through parents and shadow hosts, closed roots included.
const INSIDE = `function (selector, ours) {
  let closed = false;
  for (let node = this; node; node = node.parentNode ?? node.host ?? null) {
    if (node instanceof ShadowRoot && node.mode === 'closed') closed = true;
    if (selector && node.nodeType === 1 && node.matches(selector)) return !ours || closed;
  }
  return !selector && (!ours || closed);
}`;

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

export interface ElementSeen {
  tag: string;
  attributes: [string, string][];
  /** Inside a closed shadow root (ours, or anyone's). */
  inClosedRoot: boolean;
  /** Its own text nodes, joined. */
  text: string;
}

export class OurUi {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<OurUi> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return new OurUi(page, cdp);
  }

  /** Our controls (in a closed shadow root) matching `query`, in page order. */
  async all(query: Query): Promise<Control[]> {
    // A fresh document each time: the tree of a page that navigated is gone.
    await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const found: Control[] = [];
    for (const node of nodes) {
      const role = String(node.role?.value ?? '');
      const name = String(node.name?.value ?? '');
      if (node.ignored || node.backendDOMNodeId === undefined) continue;
      if (query.role && role !== query.role) continue;
      if (query.name !== undefined && (typeof query.name === 'string' ? name !== query.name : !query.name.test(name))) continue;
      if (query.focused && !node.properties?.some((property) => property.name === 'focused' && property.value.value === true)) continue;
      if (!(await this.isOurs(node.backendDOMNodeId, query.within ?? null))) continue;
      found.push({ role, name, backendNodeId: node.backendDOMNodeId });
    }
    return found;
  }

  private async isOurs(backendNodeId: number, within: string | null): Promise<boolean> {
    try {
      const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId?: string } };
      if (!object.objectId) return false;
      const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: INSIDE,
        arguments: [{ value: within }, { value: true }],
        returnByValue: true,
      })) as { result: { value?: unknown } };
      await this.cdp.send('Runtime.releaseObject', { objectId: object.objectId });
      return result.value === true;
    } catch {
      // The node went away between the tree and the question.
      return false;
    }
  }

  /** Every element of the page, through open and closed shadow roots alike (what the browser sees). */
  async elements(): Promise<ElementSeen[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const seen: ElementSeen[] = [];
    const visit = (node: DomNode, closed: boolean) => {
      if (node.nodeType === 1 && node.localName) {
        const attributes: [string, string][] = [];
        for (let i = 0; i + 1 < (node.attributes ?? []).length; i += 2) attributes.push([node.attributes![i]!, node.attributes![i + 1]!]);
        const text = (node.children ?? [])
          .filter((child) => child.nodeType === 3)
          .map((child) => child.nodeValue ?? '')
          .join('');
        seen.push({ tag: node.localName, attributes, inClosedRoot: closed, text });
      }
      for (const shadow of node.shadowRoots ?? []) visit(shadow, closed || shadow.shadowRootType === 'closed');
      for (const child of node.children ?? []) visit(child, closed);
    };
    visit(root, false);
    return seen;
  }

  /** The first of our controls matching `query`, once it shows. */
  async find(query: Query, timeout = 10_000): Promise<Control> {
    let control: Control | undefined;
    await expect.poll(async () => (control = (await this.all(query))[0]) !== undefined, { timeout, interval: 100 }).toBe(true);
    return control!;
  }

  /** Runs `fn` (the source of a function, `this` the control's DOM node) with `args`; answers its value. */
  async on(control: Control, fn: string, ...args: unknown[]): Promise<unknown> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: control.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    })) as { result: { value?: unknown } };
    return result.value;
  }

  /** What the control shows as text (its DOM text, inside our closed root). */
  async textOf(query: Query): Promise<string> {
    return String((await this.on(await this.find(query), 'function () { return this.textContent; }')) ?? '');
  }

  /** Whether the host of the control's closed root sits right inside an element matching `selector`. */
  async hostIn(control: Control, selector: string): Promise<boolean> {
    return (await this.on(control, 'function (s) { return this.getRootNode().host.parentElement.matches(s); }', selector)) === true;
  }

  /** The control's computed text colour. */
  async colour(control: Control): Promise<string> {
    return String(await this.on(control, 'function () { return getComputedStyle(this).color; }'));
  }

  async names(query: Query): Promise<string[]> {
    return (await this.all(query)).map((control) => control.name);
  }

  async count(query: Query): Promise<number> {
    return (await this.all(query)).length;
  }

  /** The middle of the control on screen, scrolled into view first. */
  async centre(control: Control): Promise<[number, number]> {
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control.backendNodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: control.backendNodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border;
    return [(x1! + x3!) / 2, (y1! + y3!) / 2];
  }

  /** A real mouse click in the middle of the control, as the user makes it. */
  async click(query: Query | Control): Promise<void> {
    const control = 'backendNodeId' in query ? query : await this.find(query);
    const [x, y] = await this.centre(control);
    await this.page.mouse.click(x, y);
  }

  /**
   * Opens the picker of the share button (named `share`, in the browser's language) in `within`, types `search` as the user would (the
   * search field has the focus), waits for options and answers their names.
   */
  async openPicker(within: string | undefined, search: string, share: string = SHARE): Promise<string[]> {
    await this.click({ role: 'button', name: share, ...(within ? { within } : {}) });
    await this.find({ role: 'dialog', ...(within ? { within } : {}) });
    // The picker puts the focus in its search box: type once it is there.
    await this.find({ role: 'combobox', focused: true, ...(within ? { within } : {}) });
    await this.page.keyboard.type(search);
    let names: string[] = [];
    await expect
      .poll(async () => (names = await this.names({ role: 'option', ...(within ? { within } : {}) })).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    return names;
  }

  /** Waits until the option list starts with an item whose name contains `text`, then picks it with Enter. */
  async pickFirst(within: string | undefined, search: string, text: string): Promise<void> {
    await this.openPicker(within, search);
    await expect
      .poll(async () => (await this.names({ role: 'option', ...(within ? { within } : {}) }))[0] ?? '', { timeout: 10_000 })
      .toContain(text);
    await this.page.keyboard.press('Enter');
  }
}
