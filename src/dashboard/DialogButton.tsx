// A view's main action that opens a form in a dialog ("+ Log an interaction", "+ Add prospect"):
// the button, and the dialog it opens, titled as the button. The form gets `close`, to call
// once it is done or cancelled; the focus then goes back to the button (Dialog).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Dialog } from '../ui/Dialog';

export function DialogButton({ label, children }: { label: string; children: (close: () => void) => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" class="primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {/* The sign is drawn, not read: the button's name is its words. */}
        <span aria-hidden="true">+ </span>
        {label}
      </button>
      <Dialog open={open} title={label} onClose={close}>
        {children(close)}
      </Dialog>
    </>
  );
}
