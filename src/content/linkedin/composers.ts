// Every composer the page shows, of every kind, each once: message reply boxes, the post
// composer (new front end's <dialog>, classic modal in the interop shadow root), comment boxes.
import { queryAllDeep, queryFirst, searchRoots } from './dom';
import { findComposers } from './messaging';
import { selectors } from './selectors';

export type ComposerKind = 'message' | 'post' | 'comment';

export interface ComposerAnchor {
  kind: ComposerKind;
  root: Element;
  editor: HTMLElement;
  slot: { parent: Element; before: Element | null };
}

const isEditor = (el: Element | null): el is HTMLElement => el !== null && 'focus' in el;

function postComposers(doc: Document): ComposerAnchor[] {
  const found: ComposerAnchor[] = [];
  const dialogs: [Element, readonly string[]][] = [];
  for (const root of searchRoots(doc)) {
    const sdui = queryFirst(root, selectors.post.sduiDialog);
    if (sdui) dialogs.push([sdui, selectors.post.sduiEditor]);
    const classic = queryFirst(root, selectors.post.classicDialog);
    if (classic) dialogs.push([classic, selectors.post.classicEditor]);
  }
  for (const [dialog, editorSelectors] of dialogs) {
    const editor = queryFirst(dialog, editorSelectors);
    if (!isEditor(editor)) continue;
    const toolbar = queryFirst(dialog, selectors.post.toolbar);
    // Without its toolbar, right after the editor's own container.
    const slot = toolbar ? { parent: toolbar, before: null } : editor.parentElement ? { parent: editor.parentElement, before: editor.nextSibling as Element | null } : null;
    if (slot) found.push({ kind: 'post', root: dialog, editor, slot });
  }
  return found;
}

function commentComposers(doc: Document, taken: readonly Element[]): ComposerAnchor[] {
  const found: ComposerAnchor[] = [];
  for (const box of queryAllDeep(doc, selectors.comment.box, true)) {
    if (taken.some((root) => root.contains(box) || box.contains(root))) continue;
    const editor = queryFirst(box, selectors.comment.editor);
    if (!isEditor(editor) || !editor.parentElement) continue;
    found.push({ kind: 'comment', root: box, editor, slot: { parent: box, before: null } });
  }
  return found;
}

export function findAllComposers(doc: Document): ComposerAnchor[] {
  const messages: ComposerAnchor[] = findComposers(doc).flatMap(({ root, editor, slot }) => (isEditor(editor) ? [{ kind: 'message' as const, root, editor, slot }] : []));
  const posts = postComposers(doc);
  const comments = commentComposers(doc, [...messages, ...posts].map((composer) => composer.root));
  return [...messages, ...posts, ...comments];
}
