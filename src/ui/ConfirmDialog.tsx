// Asking before what cannot be undone (erasing a person, replacing everything with a backup):
// a modal dialog of ours, never window.confirm, the browser's own prompt (unstyled, buttons in
// the browser's language, blocking the page). What can be undone is not asked: it is done, with an Undo toast.
// The focus starts on Cancel: Enter on a dialog that just appeared must not destroy anything.
import { t } from '../i18n/i18n';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  /** The question, as the dialog's title. */
  title: string;
  /** What happens, said plainly (optional). */
  text?: string;
  /** The button that does it ("Erase", "Replace"). */
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ open, title, text, confirm, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} class="confirm">
      {text && <p>{text}</p>}
      <div class="dialog-actions">
        <button type="button" class="secondary" data-autofocus onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
