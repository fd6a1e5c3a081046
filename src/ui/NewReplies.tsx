// People who replied since the user last looked, in the popup and the side panel: who, when,
// what the reply says. Each opens their conversation; looking at them (Mark as seen, or opening
// one) clears the list, so it only ever holds what is still news.
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import type { NewReply } from '../contract/requests/prospects';
import { ago } from './format';
import { replyTarget } from './reply-labels';
import { ReplyClassChip } from './ReplyClassChip';
import { useRequest } from './use-request';

/** What opening a reply does where the list is shown: a new tab, or the tab the panel follows. */
export type OpenUrl = (url: string) => void;

// Seen is a wish, not a step the user waits on: a failure leaves the replies new, shown again.
const markSeen = () => void request('replies.seen', {}).catch(() => {});

function ReplyRow({ reply, onOpen }: { reply: NewReply; onOpen: OpenUrl }) {
  const detailsId = `new-reply-${reply.interactionId}`;
  return (
    <li>
      <button
        type="button"
        class="link"
        aria-describedby={detailsId}
        onClick={() => {
          onOpen(replyTarget(reply));
          markSeen();
        }}
      >
        {reply.name}
      </button>
      <span id={detailsId} class="muted">
        {' · '}
        {ago(reply.at)}
        <ReplyClassChip replyClass={reply.replyClass} />
      </span>
    </li>
  );
}

/** Nothing while loading, on error (an older background) or when nobody replied: no empty heading. */
export function NewReplies({ onOpen }: { onOpen: OpenUrl }) {
  const [loaded] = useRequest('replies.new', {});
  if (loaded.state !== 'ready' || loaded.value.replies.length === 0) return null;
  return (
    <section class="new-replies" aria-labelledby="new-replies-title">
      <h2 id="new-replies-title">{t('newRepliesTitle')}</h2>
      <ul class="people" data-testid="new-replies">
        {loaded.value.replies.map((reply) => (
          <ReplyRow key={reply.interactionId} reply={reply} onOpen={onOpen} />
        ))}
      </ul>
      <button type="button" class="link small" onClick={markSeen}>
        {t('newRepliesMarkSeen')}
      </button>
    </section>
  );
}

/** The new reply of one person, if they have one: the side panel's line under their name. */
export function useNewReplyOf(prospectId: string): NewReply | null {
  const [loaded] = useRequest('replies.new', {});
  if (loaded.state !== 'ready') return null;
  // The newest first: the line says what they said last.
  return loaded.value.replies.filter((reply) => reply.prospectId === prospectId).sort((a, b) => b.at - a.at)[0] ?? null;
}
