// The composer the user last focused in this tab, and where their caret was: the side panel's
// Insert goes there. Listens to focus only (a passive listener the page cannot see), adds nothing.
import type { FocusedComposer } from '../contract/panel-protocol';
import { composerOf, type ComposerAnchor } from './linkedin/composers';
import { saveCaret, type Caret } from './linkedin/insert';

export interface FocusedComposerTracker {
  /** The last focused composer while it is still on the page, with the caret as the user left it. */
  current(): { anchor: ComposerAnchor; caret: Caret } | null;
}

export const describeComposer = (anchor: ComposerAnchor): FocusedComposer => ({ kind: anchor.kind, inmail: anchor.inmail ?? false });

/** The editable an event came from: the first node of its path, through open shadow roots (LinkedIn's outlet). */
function editableOf(event: Event): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  const editable = target.closest<HTMLElement>(
    '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea',
  );
  return editable;
}

export function trackFocusedComposer(doc: Document, signal: AbortSignal): FocusedComposerTracker {
  let last: { anchor: ComposerAnchor; caret: Caret } | null = null;
  doc.addEventListener(
    'focusin',
    (event) => {
      const editor = editableOf(event);
      const anchor = editor ? composerOf(editor) : null;
      if (anchor) last = { anchor, caret: null };
    },
    { capture: true, signal },
  );
  // The user leaves the editor for the panel: where their caret was is where the text goes.
  doc.addEventListener(
    'focusout',
    (event) => {
      const editor = editableOf(event);
      // A field's own selection: while it loses the focus, the document may already name another element.
      if (last && editor === last.anchor.editor)
        last.caret = editor instanceof HTMLTextAreaElement ? { start: editor.selectionStart, end: editor.selectionEnd } : saveCaret(editor);
    },
    { capture: true, signal },
  );
  return {
    current() {
      if (last && !(last.anchor.editor.isConnected && last.anchor.root.isConnected)) last = null;
      return last;
    },
  };
}
