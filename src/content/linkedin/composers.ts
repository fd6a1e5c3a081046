// Every composer the page shows, of every kind, each once: message reply boxes, the post
// composer (new front end's <dialog>, classic modal in the interop shadow root), comment boxes.
// A composer without an editor or without a place for a button is left out: a feature mounts
// nothing it cannot anchor.
import { queryAllDeep, queryAllFirst, queryFirst, searchRoots } from './dom';
import { findComposers } from './messaging';
import { selectors, type SelectorList } from './selectors';

export type ComposerKind = 'message' | 'post' | 'comment';

export interface Slot {
  parent: Element;
  /** Null: at the end of `parent`. */
  before: Element | null;
}

export interface ComposerAnchor {
  kind: ComposerKind;
  /** The composer's outer element: the key a feature mounts one button per. */
  root: Element;
  editor: HTMLElement;
  /** Where a button goes; always inside `root`, so a re-rendered root takes the button with it. */
  slot: Slot;
}

const isEditor = (el: Element | null): el is HTMLElement => el !== null && 'focus' in el;

/** Right after the editor, inside its own container, when a composer shows no better place. */
function besideEditor(root: Element, editor: HTMLElement): Slot | null {
  const parent = editor.parentElement;
  return parent && root.contains(parent) ? { parent, before: editor.nextElementSibling } : null;
}

function postSlot(dialog: Element, editor: HTMLElement): Slot | null {
  const toolbar = queryFirst(dialog, selectors.post.toolbar);
  if (toolbar) return { parent: toolbar, before: null };
  const tool = queryFirst(dialog, selectors.post.toolButton);
  if (tool?.parentElement && !editor.contains(tool)) return { parent: tool.parentElement, before: null };
  return besideEditor(dialog, editor);
}

function postComposers(doc: Document): ComposerAnchor[] {
  const found: ComposerAnchor[] = [];
  const shapes: [SelectorList, SelectorList][] = [
    [selectors.post.sduiDialog, selectors.post.sduiEditor],
    [selectors.post.classicDialog, selectors.post.classicEditor],
  ];
  for (const root of searchRoots(doc)) {
    for (const [dialogSelectors, editorSelectors] of shapes) {
      // Every candidate, not the first: the fallback "dialog[open]" also matches other open
      // dialogs (the media editor opens a second one), which have no editor and drop out here.
      for (const dialog of queryAllFirst(root, dialogSelectors)) {
        const editor = queryFirst(dialog, editorSelectors);
        if (!isEditor(editor)) continue;
        const slot = postSlot(dialog, editor);
        if (slot) found.push({ kind: 'post', root: dialog, editor, slot });
      }
    }
  }
  return found;
}

const editableCount = (el: Element) => el.querySelectorAll('[contenteditable="true"]').length;

/**
 * The comment box around an editor: the nearest known box, in the order of preference, that
 * holds this editor alone; else the editor's own container (a guessed box that holds several
 * editors is too wide to be one comment box).
 */
function commentRoot(editor: HTMLElement): Element | null {
  const parent = editor.parentElement;
  const candidates = [...selectors.comment.box.map((selector) => parent?.closest(selector) ?? null), parent];
  return candidates.find((candidate): candidate is Element => candidate != null && editableCount(candidate) === 1) ?? null;
}

function commentSlot(root: Element, editor: HTMLElement): Slot {
  const submit = queryFirst(root, selectors.comment.submitButton);
  if (submit?.parentElement && !editor.contains(submit)) return { parent: submit.parentElement, before: submit };
  return { parent: root, before: null };
}

function commentComposers(doc: Document): ComposerAnchor[] {
  const found: ComposerAnchor[] = [];
  // Every selector counts: both front ends' boxes can be on one page.
  for (const editor of queryAllDeep(doc, selectors.comment.editor, true)) {
    if (!isEditor(editor)) continue;
    const root = commentRoot(editor);
    if (root) found.push({ kind: 'comment', root, editor, slot: commentSlot(root, editor) });
  }
  return found;
}

function messageComposers(doc: Document): ComposerAnchor[] {
  return findComposers(doc).flatMap(({ root, editor, slot }) => (isEditor(editor) ? [{ kind: 'message' as const, root, editor, slot }] : []));
}

/**
 * Each composer once: an editor already claimed, or a root inside (or around) one already
 * taken, belongs to the earlier, more specific kind. Fallback selectors overlap on purpose.
 */
function distinct(candidates: readonly ComposerAnchor[]): ComposerAnchor[] {
  const taken: ComposerAnchor[] = [];
  for (const candidate of candidates) {
    const clash = taken.some(({ root, editor }) => editor === candidate.editor || root.contains(candidate.root) || candidate.root.contains(root));
    if (!clash) taken.push(candidate);
  }
  return taken;
}

export function findAllComposers(doc: Document): ComposerAnchor[] {
  return distinct([...messageComposers(doc), ...postComposers(doc), ...commentComposers(doc)]);
}
