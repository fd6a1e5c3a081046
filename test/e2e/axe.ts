// axe-core in the extension's own pages, and in the picker that lives inside LinkedIn.
//
// Extension pages: their CSP allows no injected <script>, so axe's source text is evaluated
// in the page (CDP evaluation is not subject to the page's CSP) and run on the document.
//
// The picker: it sits in a CLOSED shadow root in LinkedIn's page. Neither the page's world nor
// axe can reach into it (axe builds its tree through element.shadowRoot, null for a closed
// root). So the browser itself is asked, as a developer tool asks: CDP's DOM domain pierces
// closed roots; we take the markup of our root (its adopted stylesheets included, so the colours are ours)
// with DOM.getOuterHTML, and mount it in an OPEN shadow root on a blank extension page, where
// axe runs on it as rendered (contrast computed from the real CSS). What this does not see is
// LinkedIn's page around it; what it does see is every role, name, label and colour of ours.
// The live picker's accessibility tree (combobox focused, options named) is checked in the
// test itself through our-ui.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

/** axe's source: the devDependency, or AXE_PATH where node_modules lacks it (a local run before `npm ci`). */
export function axeSource(): string {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch (error) {
    const fallback = process.env['AXE_PATH'];
    if (fallback) return readFileSync(fallback, 'utf8');
    throw new Error(`axe-core is not installed: run \`npm ci\` (${String(error)})`);
  }
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string; html: string }[];
}

/** Runs axe on the page's document; answers the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const run = `(() => {
    ${axeSource()}
    return axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary || '', html: n.html.slice(0, 200) })) })));
  })()`;
  return (await page.evaluate(run)) as Violation[];
}

/** What a failing check prints: one block per rule, each offending node with axe's advice. */
export function describeViolations(where: string, violations: readonly Violation[]): string {
  return violations
    .map(
      (v) =>
        `${where}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  at ${n.target}\n    ${n.html}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n')}`,
    )
    .join('\n\n');
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  /** The root's adopted stylesheets (reported once the CSS domain is enabled). */
  adoptedStyleSheets?: string[];
}

const hasDialog = (node: DomNode): boolean => {
  const attributes = node.attributes ?? [];
  for (let i = 0; i + 1 < attributes.length; i += 2) if (attributes[i] === 'role' && /dialog/.test(attributes[i + 1]!)) return true;
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].some(hasDialog);
};

/** The markup of the closed shadow root that holds an open picker (role dialog), through CDP. */
export async function pickerMarkup(page: Page): Promise<string> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    // The CSS domain on, so that roots report their adopted (shared, constructed) stylesheets.
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const roots: DomNode[] = [];
    const visit = (node: DomNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed' && hasDialog(shadow)) roots.push(shadow);
        visit(shadow);
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(root);
    if (roots.length !== 1) throw new Error(`expected one closed root holding a dialog, found ${roots.length}`);
    const parts: string[] = [];
    // Our styles are adopted sheets shared by every root, not <style> elements: copied in as <style>.
    for (const styleSheetId of roots[0]!.adoptedStyleSheets ?? []) {
      const { text } = (await cdp.send('CSS.getStyleSheetText', { styleSheetId })) as { text: string };
      parts.push(`<style>${text}</style>`);
    }
    for (const child of roots[0]!.children ?? []) {
      if (child.nodeType !== 1) continue;
      parts.push(((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string }).outerHTML);
    }
    return parts.join('');
  } finally {
    await cdp.detach();
  }
}

/** Shows `markup` in an open shadow root on `page` (an extension page emptied first), as it was shown in LinkedIn. */
export async function mountMarkup(page: Page, markup: string, lang: string): Promise<void> {
  await page.evaluate(
    ({ markup, lang }) => {
      document.documentElement.lang = lang;
      document.title = 'Picker';
      const main = document.createElement('main');
      // Room above and below: the picker opens above its button, or below near the top.
      main.style.padding = '500px 40px';
      const host = document.createElement('div');
      host.style.display = 'inline-flex';
      host.style.position = 'relative';
      // Test-only page: the markup is our own UI's, serialised by the browser a moment ago.
      host.attachShadow({ mode: 'open' }).innerHTML = markup;
      main.append(host);
      document.body.replaceChildren(main);
    },
    { markup, lang },
  );
}
