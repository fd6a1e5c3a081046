// Reader of LinkedIn's message composers (full messaging page and overlay bubbles).
import { closestOutermost, queryFirst } from './dom';
import { selectors } from './selectors';

export interface Composer {
  /** The reply box: the element a button is anchored to. */
  root: Element;
  editor: Element;
  /** Where an injected control goes: inside `parent`, before `before` (null: at the end). */
  slot: { parent: Element; before: Element | null };
}

/**
 * The composer of reply box `root` if `editable` is its editor (its first one: a box gets one
 * button whatever it holds); null otherwise.
 */
export function composerIn(root: Element, editable: Element): Composer | null {
  if (queryFirst(root, selectors.messaging.editor) !== editable) return null;
  const leftActions = queryFirst(root, selectors.messaging.leftActions);
  if (leftActions) return { root, editor: editable, slot: { parent: leftActions, before: null } };
  const send = queryFirst(root, selectors.messaging.sendButton);
  return send?.parentElement ? { root, editor: editable, slot: { parent: send.parentElement, before: send } } : null;
}

const ANY_MESSAGE_COMPOSER = selectors.messaging.composer.join(',');

/** The reply box `el` is in, by the first selector that has one: the outermost, as a fallback can match a wrapper inside. */
export function messageRootOf(el: Element): Element | null {
  // One walk up for an element in no reply box (a feed's comment boxes), not one per selector.
  if (el.closest(ANY_MESSAGE_COMPOSER) === null) return null;
  for (const selector of selectors.messaging.composer) {
    const root = closestOutermost(el, selector);
    if (root) return root;
  }
  return null;
}
