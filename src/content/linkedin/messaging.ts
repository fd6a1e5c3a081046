// Reader of LinkedIn's message composers (full messaging page and overlay bubbles).
import { queryAllDeep, queryFirst } from './dom';
import { selectors } from './selectors';

export interface Composer {
  /** The reply box: the element a button is anchored to. */
  root: Element;
  editor: Element;
  /** Where an injected control goes: inside `parent`, before `before` (null: at the end). */
  slot: { parent: Element; before: Element | null };
}

/** Every composer with an editor and a place for a button; others are left alone. */
export function findComposers(doc: Document): Composer[] {
  const composers: Composer[] = [];
  for (const root of queryAllDeep(doc, selectors.messaging.composer)) {
    const editor = queryFirst(root, selectors.messaging.editor);
    if (!editor) continue;
    const leftActions = queryFirst(root, selectors.messaging.leftActions);
    const send = queryFirst(root, selectors.messaging.sendButton);
    if (leftActions) composers.push({ root, editor, slot: { parent: leftActions, before: null } });
    else if (send?.parentElement) composers.push({ root, editor, slot: { parent: send.parentElement, before: send } });
  }
  return composers;
}
