// The end of a form in a dialog (log an interaction, add a prospect): what went wrong, announced
// when it did, then Cancel (when the dialog can be left) and the form's one primary action.
import { t } from '../i18n/i18n';

export function DialogFormEnd({
  error,
  onCancel,
  submit = t('add'),
}: {
  error: string | null;
  onCancel?: (() => void) | undefined;
  submit?: string;
}) {
  return (
    <>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <button type="submit" class="primary">
          {submit}
        </button>
      </div>
    </>
  );
}
