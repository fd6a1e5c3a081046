// One line under a tracked person when they replied and the user has not looked yet: the side
// panel's "New replies", for the person on the page.
import { t } from '../i18n/i18n';
import { ago } from '../ui/format';
import { useNewReplyOf } from '../ui/NewReplies';
import { replyClassLabel } from '../ui/reply-labels';

export function NewReplyLine({ prospectId }: { prospectId: string }) {
  const reply = useNewReplyOf(prospectId);
  if (reply === null) return null;
  return (
    <p class="new-reply-line" data-testid="person-new-reply">
      {t('newReplyLine', [ago(reply.at), replyClassLabel(reply.replyClass)])}
    </p>
  );
}
