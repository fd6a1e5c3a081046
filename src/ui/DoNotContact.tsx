// "Asked not to be contacted", on a person's record in the side panel and the dashboard: a reply
// asking to stop sets it, and only the user lifts it (or sets it, for a "no" said elsewhere).
import { t } from '../i18n/i18n';

export function DoNotContact({ marked, save }: { marked: boolean; save: (patch: { doNotContact: boolean }) => unknown }) {
  if (!marked) {
    return (
      <div class="dnc">
        <button type="button" class="secondary" onClick={() => void save({ doNotContact: true })}>
          {t('doNotContactMark')}
        </button>
      </div>
    );
  }
  return (
    <div class="dnc marked" data-testid="do-not-contact">
      <span class="chip dnc-badge">{t('doNotContactBadge')}</span>
      <button type="button" class="secondary" onClick={() => void save({ doNotContact: false })}>
        {t('doNotContactLift')}
      </button>
    </div>
  );
}
