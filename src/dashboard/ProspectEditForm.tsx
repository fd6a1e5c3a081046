// Every field of a prospect the salesperson may change, saved in one request. Fields start
// from the record; what the user typed and did not save stays as typed when the record is
// fetched again (inputs keep their own value once edited).
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { Prospect, ProspectStage } from '../domain/model';
import { t } from '../i18n/i18n';
import { errorText } from '../ui/labels';
import { splitList } from '../ui/edit-text';
import { DateInput } from '../ui/DateInput';
import { PROSPECT_STAGES, stageName } from './prospect-labels';
import { followUpTime, localDay } from '../domain/time/local-date';

type Patch = Parameters<typeof request<'prospects.update'>>[1]['patch'];

export function ProspectEditForm({ prospect }: { prospect: Prospect }) {
  const [status, setStatus] = useState<string | null>(null);
  const save = (patch: Patch) =>
    request('prospects.update', { id: prospect.id, patch }).then(
      () => setStatus(t('saved')),
      (failure: unknown) => setStatus(errorText(failure)),
    );
  return (
    <form
      class="prospect-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const followUp = String(form.get('nextFollowUp') ?? '');
        void save({
          name: String(form.get('name') ?? ''),
          headline: String(form.get('headline') ?? ''),
          company: String(form.get('company') ?? ''),
          persona: String(form.get('persona') ?? ''),
          stage: String(form.get('stage')) as ProspectStage,
          tags: splitList(String(form.get('tags') ?? '')),
          notes: String(form.get('notes') ?? ''),
          // The day the user picked, 09:00 on their clock; shown back as that same local day.
          nextFollowUp: followUp ? followUpTime(followUp) : null,
        });
      }}
    >
      <label class="field">
        <span>{t('prospectName')}</span>
        <input name="name" defaultValue={prospect.name} />
      </label>
      <label class="field">
        <span>{t('prospectHeadline')}</span>
        <input name="headline" defaultValue={prospect.headline} />
      </label>
      <label class="field">
        <span>{t('prospectCompany')}</span>
        <input name="company" defaultValue={prospect.company} />
      </label>
      <label class="field">
        <span>{t('filterPersona')}</span>
        <input name="persona" defaultValue={prospect.persona} />
      </label>
      <label class="field">
        <span>{t('filterStage')}</span>
        <select name="stage" defaultValue={prospect.stage}>
          {PROSPECT_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageName(stage)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('prospectTags')}</span>
        <input name="tags" defaultValue={prospect.tags.join(', ')} />
      </label>
      <label class="field">
        <span>{t('prospectFollowUp')}</span>
        <DateInput name="nextFollowUp" defaultValue={prospect.nextFollowUp ? localDay(prospect.nextFollowUp) : ''} />
      </label>
      <label class="field">
        <span>{t('prospectNotes')}</span>
        <textarea name="notes" rows={3} defaultValue={prospect.notes} />
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
