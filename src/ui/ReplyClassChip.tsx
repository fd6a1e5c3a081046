// What a reply says, as a small label beside it in a timeline.
import type { ReplyClass } from '../domain/replies/types';
import { replyClassLabel } from './reply-labels';

export function ReplyClassChip({ replyClass }: { replyClass: ReplyClass }) {
  return (
    <>
      {' '}
      <span class={`chip reply ${replyClass}`} data-reply-class={replyClass}>
        {replyClassLabel(replyClass)}
      </span>
    </>
  );
}
