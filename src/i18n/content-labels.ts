// The labels the content script shows before anyone clicks (the placeholder share button),
// sent with its configuration. The first i18n.getMessage in a page's renderer is a synchronous
// call to the browser for the extension's whole message catalog: 3 ms on an idle machine, 12 ms
// on a loaded one, on the page's main thread, in the scan that mounts the first button. The
// background has the catalog already; the content script asks getMessage only when a picker opens.
import type { MessageKey } from './translate';

export const CONTENT_LABELS = ['shareButton', 'shareButtonTitle'] as const satisfies readonly MessageKey[];

export type ContentLabels = Record<(typeof CONTENT_LABELS)[number], string>;

/** The labels as `t` gives them (the background's side). */
export const contentLabels = (t: (key: MessageKey) => string): ContentLabels =>
  Object.fromEntries(CONTENT_LABELS.map((key) => [key, t(key)])) as ContentLabels;

/**
 * A getMessage that answers from `known` first (texts without substitutions that the background
 * sent), and asks `getMessage` for the rest. An empty known text counts as unknown.
 */
export function knownFirst(
  getMessage: (key: string, substitutions?: string | string[]) => string,
  known: ReadonlyMap<string, string>,
): (key: string, substitutions?: string | string[]) => string {
  return (key, substitutions) => (substitutions === undefined ? known.get(key) : undefined) || getMessage(key, substitutions);
}
