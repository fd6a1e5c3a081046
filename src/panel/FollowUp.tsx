// The next follow-up of a tracked person: quick choices, a day of the user's choosing, or done.
import { t } from '../i18n/i18n';
import type { ProspectPatch } from '../contract/requests/prospects';
import { dateOnly } from '../ui/format';
import { DateInput } from '../ui/DateInput';
import { dateInputValue, fromDateInput, inDays, nextWeek } from './follow-up-dates';

export function FollowUp({ nextFollowUp, save }: { nextFollowUp: number | null; save: (patch: ProspectPatch) => Promise<void> }) {
  const set = (time: number | null) => void save({ nextFollowUp: time });
  return (
    <fieldset class="follow-up">
      <legend>{t('prospectFollowUp')}</legend>
      <p class="muted" data-testid="panel-follow-up">
        {nextFollowUp === null ? t('panelNoFollowUp') : t('panelFollowUpOn', dateOnly(nextFollowUp))}
      </p>
      <div class="quick">
        <button type="button" class="secondary" onClick={() => set(inDays(Date.now(), 3))}>
          {t('panelInThreeDays')}
        </button>
        <button type="button" class="secondary" onClick={() => set(nextWeek(Date.now()))}>
          {t('panelNextWeek')}
        </button>
        <button type="button" class="secondary" disabled={nextFollowUp === null} onClick={() => set(null)}>
          {t('panelFollowUpDone')}
        </button>
      </div>
      <label class="field">
        <span>{t('panelFollowUpDate')}</span>
        <DateInput
          value={dateInputValue(nextFollowUp)}
          onChange={(day) => {
            const time = fromDateInput(day);
            if (time !== null && time !== nextFollowUp) set(time);
          }}
        />
      </label>
    </fieldset>
  );
}
