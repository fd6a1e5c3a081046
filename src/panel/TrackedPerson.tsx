// A tracked person's record beside LinkedIn: whether they replied lately or asked not to be
// contacted, stage, persona, notes and next follow-up changed in place, what they received and
// answered lately, and what to send them next.
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import type { Prospect } from '../domain/model';
import type { ProspectPatch } from '../contract/requests/prospects';
import { DoNotContact } from '../ui/DoNotContact';
import { errorText } from '../ui/labels';
import { FollowUp } from './FollowUp';
import { InterestedProposal } from './InterestedProposal';
import { NewReplyLine } from './NewReplyLine';
import { ProspectFields } from './ProspectFields';
import { Recommendations } from './Recommendations';
import { RecentShares } from './RecentShares';
import type { Say } from './status';

export function TrackedPerson({ prospect, tabId, say }: { prospect: Prospect; tabId: number; say: Say }) {
  // The record on screen follows the background's announcement of the write; the status says it.
  const save = (patch: ProspectPatch) =>
    request('prospects.update', { id: prospect.id, patch }).then(
      () => say(t('saved')),
      (error: unknown) => say(t('saveFailed', errorText(error)), true),
    );
  return (
    <>
      <NewReplyLine prospectId={prospect.id} />
      <DoNotContact marked={prospect.doNotContact === true} save={save} />
      <ProspectFields prospect={prospect} save={save} />
      <InterestedProposal prospect={prospect} save={save} />
      <FollowUp nextFollowUp={prospect.nextFollowUp} save={save} />
      <button
        type="button"
        class="secondary"
        onClick={() => void request('prospects.open', { id: prospect.id }).catch((error: unknown) => say(errorText(error), true))}
      >
        {t('panelOpenRecord')}
      </button>
      <RecentShares id={prospect.id} />
      <Recommendations prospect={prospect} tabId={tabId} say={say} />
    </>
  );
}
