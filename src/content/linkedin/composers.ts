// Every composer the page shows, of every kind, each once: message reply boxes, the post
// composer (new front end's <dialog>, classic modal in the interop shadow root), comment boxes.
// A composer without an editor or without a place for a button is left out: a feature mounts
// nothing it cannot anchor.
import { EDITABLE, closestFirst, editablesOf, queryFirst } from './dom';
import { composerIn as messageComposerIn, messageRootOf } from './messaging';
import { salesComposerOf } from './sales';
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
  /** A Sales Navigator InMail composer (a message kind with a subject): logged as channel inmail. */
  inmail?: boolean;
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

const ANY_DIALOG = selectors.post.anyDialog.join(',');
const POST_DIALOG = [...selectors.post.sduiDialog, ...selectors.post.classicDialog].join(',');

/** The post dialog `editor` is the editor of, new front end first, then classic. */
function postComposerOf(editor: HTMLElement): ComposerAnchor | null {
  // One walk up for an editor in no dialog (a feed's comment boxes), not one per selector.
  if (editor.closest(POST_DIALOG) === null) return null;
  const shapes: [SelectorList, SelectorList][] = [
    [selectors.post.sduiDialog, selectors.post.sduiEditor],
    [selectors.post.classicDialog, selectors.post.classicEditor],
  ];
  for (const [dialogSelectors, editorSelectors] of shapes) {
    // The fallback "dialog[open]" also matches other open dialogs (the media editor opens a
    // second one): only a dialog whose own editor this is counts.
    const dialog = closestFirst(editor, dialogSelectors);
    // A post page's own dialog can hold comment boxes: theirs are comment editors.
    if (dialog && editor.closest(COMMENT_BOX_STRICT)?.closest(ANY_DIALOG) === dialog) continue;
    if (!dialog || queryFirst(dialog, editorSelectors) !== editor) continue;
    const slot = postSlot(dialog, editor);
    if (slot) return { kind: 'post', root: dialog, editor, slot };
  }
  return null;
}

const editableCount = (el: Element) => el.querySelectorAll(EDITABLE).length;

/** The comment box shapes that cannot be anything else (not the bare "form" guess). */
const COMMENT_BOX_STRICT = selectors.comment.box.filter((selector) => selector !== 'form').join(',');

/**
 * The comment box around an editor: the nearest known box, in the order of preference, that
 * holds this editor alone; else the editor's own container (a guessed box that holds several
 * editors is too wide to be one comment box).
 */
function commentRoot(editor: HTMLElement): Element | null {
  const parent = editor.parentElement;
  if (!parent) return null;
  // Each known box looked for only while none fits, and not at all when none is around (one
  // walk up instead of one per selector).
  if (parent.closest(ANY_COMMENT_BOX) !== null) {
    for (const selector of selectors.comment.box) {
      const box = parent.closest(selector);
      if (box && editableCount(box) === 1) return box;
    }
  }
  return editableCount(parent) === 1 ? parent : null;
}

const ANY_COMMENT_BOX = selectors.comment.box.join(',');

/**
 * Before the submit button when the box shows one; an empty classic box shows none
 * (measured), so else before its emoji/image buttons; else at the box's end.
 */
function commentSlot(root: Element, editor: HTMLElement): Slot {
  for (const list of [selectors.comment.submitButton, selectors.comment.toolButton]) {
    const anchor = queryFirst(root, list);
    if (anchor?.parentElement && !editor.contains(anchor)) return { parent: anchor.parentElement, before: anchor };
  }
  return { parent: root, before: null };
}

// Every selector counts: both front ends' boxes can be on one page.
const COMMENT_EDITOR = selectors.comment.editor.join(',');

function commentComposerOf(editor: HTMLElement): ComposerAnchor | null {
  if (!editor.matches(COMMENT_EDITOR)) return null;
  const root = commentRoot(editor);
  return root ? { kind: 'comment', root, editor, slot: commentSlot(root, editor) } : null;
}

/**
 * The composer `editor` is the editor of, or null. A reply box owns every editable inside it,
 * whether or not it can take a button: its editor is never a post or comment editor.
 */
export function composerOf(editor: HTMLElement): ComposerAnchor | null {
  if (!isEditor(editor)) return null;
  // Sales Navigator's textareas: only ever among the editables on /sales/ pages (see editablesOf).
  const sales = salesComposerOf(editor);
  if (sales) return { kind: 'message', root: sales.root, editor, slot: sales.slot, inmail: sales.inmail };
  const messageRoot = messageRootOf(editor);
  if (messageRoot) {
    const message = messageComposerIn(messageRoot, editor);
    return message ? { kind: 'message', root: message.root, editor, slot: message.slot } : null;
  }
  return postComposerOf(editor) ?? commentComposerOf(editor);
}

const PRIORITY: Record<ComposerKind, number> = { message: 0, post: 1, comment: 2 };

/** Composers already taken, by root and by editor (see overlapsTaken). */
export interface Taken {
  roots: Set<Element>;
  editors: Set<Element>;
}

export const takenBy = (composers: Iterable<Pick<ComposerAnchor, 'root' | 'editor'>>): Taken => {
  const taken: Taken = { roots: new Set(), editors: new Set() };
  for (const { root, editor } of composers) {
    taken.roots.add(root);
    taken.editors.add(editor);
  }
  return taken;
};

/**
 * Whether a composer shares its editor with one taken, or its root lies inside or around a
 * taken root. Around: a taken root inside `root` brings its editor with it, so the editables
 * inside `root` tell (a comment box holds one). Costs the root's depth and its editables, not
 * the number taken (a feed takes a hundred).
 */
export function overlapsTaken({ root, editor }: Pick<ComposerAnchor, 'root' | 'editor'>, { roots, editors }: Taken): boolean {
  if (editors.has(editor)) return true;
  for (let node: Element | null = root; node; node = node.parentElement) if (roots.has(node)) return true;
  for (const inside of root.querySelectorAll(ANY_EDITABLE)) if (editors.has(inside)) return true;
  return false;
}

// Any element that can be an editor, whatever its state: a taken editor switched off still counts.
const ANY_EDITABLE = '[contenteditable],textarea';

/**
 * Each composer once: an editor already claimed, or a root inside (or around) one already
 * taken, belongs to the earlier, more specific kind, or to a composer found at an earlier scan
 * (`taken`). Fallback selectors overlap on purpose.
 */
function distinct(candidates: readonly ComposerAnchor[], taken: readonly Pick<ComposerAnchor, 'root' | 'editor'>[] = []): ComposerAnchor[] {
  const kept = takenBy(taken);
  const found: ComposerAnchor[] = [];
  for (const candidate of [...candidates].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])) {
    if (overlapsTaken(candidate, kept)) continue;
    kept.roots.add(candidate.root);
    kept.editors.add(candidate.editor);
    found.push(candidate);
  }
  return found;
}

/** The composers among `editables` (see editablesOf), each once, none clashing with `taken`. */
export function composersAmong(
  editables: readonly HTMLElement[],
  taken: readonly Pick<ComposerAnchor, 'root' | 'editor'>[] = [],
): ComposerAnchor[] {
  return distinct(
    editables.flatMap((editable) => composerOf(editable) ?? []),
    taken,
  );
}

export function findAllComposers(doc: Document): ComposerAnchor[] {
  return composersAmong(editablesOf(doc));
}
