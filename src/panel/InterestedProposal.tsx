// When the person's latest reply sounds interested, the next stage one click away: a proposal,
// never a move the user did not make.
import { t } from '../i18n/i18n';
import type { Prospect } from '../domain/model';
import type { ProspectPatch } from '../contract/requests/prospects';
import { stageLabel } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { proposedStage } from './next-stage';

export function InterestedProposal({ prospect, save }: { prospect: Prospect; save: (patch: ProspectPatch) => Promise<void> }) {
  const [timeline] = useRequest('prospects.timeline', { id: prospect.id });
  const next = timeline.state === 'ready' ? proposedStage(timeline.value, prospect.stage) : null;
  if (next === null) return null;
  const label = stageLabel(next);
  return (
    <div class="advice interested" role="group" aria-labelledby="interested-next" data-testid="interested-next">
      <p id="interested-next">{t('panelInterestedNext', label)}</p>
      <button type="button" class="primary" onClick={() => void save({ stage: next })}>
        {t('panelInterestedMove', label)}
      </button>
    </div>
  );
}
