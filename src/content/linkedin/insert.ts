// Putting text into LinkedIn's editors the way typing does, so their own state follows
// (ProseMirror, Quill and the messaging editor listen to beforeinput/input, not to DOM edits)
// and their Send button wakes up. Never replaces what the user wrote. Sales Navigator's
// composers are plain <textarea>s: text goes in through the same editing pipeline (execCommand
// on the focused field), else setRangeText and an input event, which Ember's bindings listen to.

/** A plain text field (Sales Navigator's composers), told by its tag: no realm's constructor needed. */
export const isTextField = (editor: HTMLElement): editor is HTMLTextAreaElement => editor.tagName === 'TEXTAREA';

/** What the editor holds now: a field's value (its text content is only its initial value). */
export const editorText = (editor: HTMLElement): string => (isTextField(editor) ? editor.value : (editor.textContent ?? ''));

/** Where to insert later: a range in a rich editor, offsets in a text field. */
export type Caret = Range | { start: number; end: number } | null;
const isRange = (caret: Caret): caret is Range => caret !== null && 'startContainer' in caret;

function selectionInside(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as Document | ShadowRoot;
  // Inside a shadow root (LinkedIn's overlays), the document's selection may not reach in.
  const selection =
    ('getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : null) ?? editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) ? selection : null;
}

/**
 * Puts the caret at the start or end of the editor's text, inside its first or last block:
 * an empty editor is "<p><br></p>", and text typed outside that paragraph would leave it
 * behind as a blank first line.
 */
export function placeCaret(editor: HTMLElement, at: 'start' | 'end'): void {
  editor.focus();
  if (isTextField(editor)) {
    const offset = at === 'start' ? 0 : editor.value.length;
    editor.setSelectionRange(offset, offset);
    return;
  }
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  let node: Node = editor;
  while (node.hasChildNodes()) node = at === 'start' ? node.firstChild! : node.lastChild!;
  const range = doc.createRange();
  if (node === editor) range.selectNodeContents(editor);
  else if (node.nodeType === Node.TEXT_NODE) range.setStart(node, at === 'start' ? 0 : (node.textContent ?? '').length);
  // A placeholder <br> ends the block: the caret goes before it, at either end.
  else if (at === 'start' || node.nodeName === 'BR') range.setStartBefore(node);
  else range.setStartAfter(node);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * What a browser without execCommand (or one that refused it) gets: the same events typing
 * fires, and the text put in at the selection only if no listener cancelled the beforeinput
 * (an editor that cancels it handles the input itself, or refuses it).
 */
function dispatchInput(editor: HTMLElement, line: string, inputType: 'insertText' | 'insertParagraph'): void {
  const data = inputType === 'insertText' ? line : null;
  const event = new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true, composed: true });
  if (!editor.dispatchEvent(event)) return;
  const selection = selectionInside(editor);
  const range = selection?.getRangeAt(0);
  if (!selection || !range) return;
  range.deleteContents();
  const node = inputType === 'insertText' ? editor.ownerDocument.createTextNode(line) : editor.ownerDocument.createElement('br');
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  editor.dispatchEvent(new InputEvent('input', { inputType, data, bubbles: true, composed: true }));
}

function execCommand(doc: Document, command: string, value?: string): boolean {
  try {
    // Deprecated but the one API every browser still routes through the editing pipeline,
    // which fires beforeinput/input exactly as typing does.
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

/**
 * Where the caret is in the editor now, to insert there later: opening the picker moves the
 * focus away, and focusing the editor again would put the caret at its start.
 */
export function saveCaret(editor: HTMLElement): Caret {
  if (isTextField(editor))
    return editor.ownerDocument.activeElement === editor ? { start: editor.selectionStart, end: editor.selectionEnd } : null;
  return selectionInside(editor)?.getRangeAt(0).cloneRange() ?? null;
}

/** Into a text field, at the saved caret (its end when none): typed, so the page's bindings see it. */
function insertIntoField(field: HTMLTextAreaElement, text: string, caret: Caret): boolean {
  const before = field.value;
  field.focus();
  // An insertion only ever adds: a saved selection collapses to its end.
  const at = caret && !isRange(caret) ? Math.min(caret.end, before.length) : before.length;
  field.setSelectionRange(at, at);
  if (!execCommand(field.ownerDocument, 'insertText', text) || field.value === before) {
    field.setRangeText(text, at, at, 'end');
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
  }
  return field.value !== before;
}

function restoreCaret(editor: HTMLElement, caret: Range | null): void {
  if (caret && editor.contains(caret.startContainer)) {
    const selection = editor.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(caret);
  } else if (!selectionInside(editor)) placeCaret(editor, 'end');
  // Typing over selected text replaces it; an insertion only ever adds.
  const selection = selectionInside(editor);
  if (selection && !selection.isCollapsed) selection.collapseToEnd();
}

/**
 * Inserts `text` at `caret` (saved before the picker opened), else at the caret if it is in
 * the editor, else at the end; one paragraph per line. True if the editor's text changed.
 */
export function insertText(editor: HTMLElement, text: string, caret: Caret = null): boolean {
  if (isTextField(editor)) return insertIntoField(editor, text, caret);
  const doc = editor.ownerDocument;
  editor.focus();
  restoreCaret(editor, isRange(caret) ? caret : null);
  const before = editor.textContent ?? '';
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0 && !execCommand(doc, 'insertParagraph')) dispatchInput(editor, '', 'insertParagraph');
    if (line && !execCommand(doc, 'insertText', line)) dispatchInput(editor, line, 'insertText');
  });
  return (editor.textContent ?? '') !== before;
}
