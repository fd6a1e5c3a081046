// A modal dialog on an extension page: the browser's own <dialog> opened with showModal (the page
// behind is inert, the dialog is announced as one), named by its title. The focus goes to its
// first field as it opens, and back to what had it (the button that opened it) as it closes.
// Escape closes it, unless a control inside used that Escape (a combobox closing its list).
// Its content is drawn only while it is open: each opening starts from an empty form.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** A class of the dialog (its width, its layout). */
  class?: string;
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/** Where the focus goes as it opens: the control marked data-autofocus, else the first one. */
const firstFocus = (element: HTMLElement) =>
  element.querySelector<HTMLElement>('[data-autofocus]') ?? element.querySelector<HTMLElement>(FOCUSABLE);

export function Dialog({ open, title, onClose, children, class: className }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const closing = useRef(onClose);
  closing.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      firstFocus(element)?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  // Closed by the browser (Escape), by a form with method="dialog" or by the effect above.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onCloseEvent = () => {
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
      closing.current();
    };
    element.addEventListener('close', onCloseEvent);
    return () => element.removeEventListener('close', onCloseEvent);
  }, []);

  // Closed while still open in the page (the view changed): the page must not stay inert.
  useEffect(() => {
    const element = dialog.current;
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      class={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Handled here as well as by the browser's cancel: the same in every browser, and an
        // Escape a control inside already used is not taken twice.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        dialog.current?.close();
      }}
      onCancel={(event) => {
        event.preventDefault();
        dialog.current?.close();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
