// What a reply says, as the user reads it, and where a click on a new reply leads. The
// background stores class ids (src/domain/replies/types.ts); the pages name them here.
import { t, type MessageKey } from '../i18n/i18n';
import type { ReplyClass } from '../domain/replies/types';
import type { NewReply } from '../contract/requests/prospects';

const REPLY_CLASS_KEYS: Record<ReplyClass, MessageKey> = {
  interested: 'replyClass_interested',
  question: 'replyClass_question',
  later: 'replyClass_later',
  'not-interested': 'replyClass_not_interested',
  'out-of-office': 'replyClass_out_of_office',
  stop: 'replyClass_stop',
  other: 'replyClass_other',
};

export const replyClassLabel = (replyClass: ReplyClass) => t(REPLY_CLASS_KEYS[replyClass]);

const MESSAGING_SEARCH = 'https://www.linkedin.com/messaging/?searchTerm=';

/**
 * The conversation when its address is known; else LinkedIn's messaging search for the name (a
 * reply seen only in the conversation list has no address: the list rows carry no link).
 * Only a LinkedIn address is opened as it is (a thread of Sales Navigator's inbox is one too):
 * anything else searches by name rather than open a page Nurture cannot vouch for.
 */
export function replyTarget(reply: Pick<NewReply, 'name' | 'conversationUrl'>): string {
  if (reply.conversationUrl !== null && isLinkedIn(reply.conversationUrl)) return reply.conversationUrl;
  return MESSAGING_SEARCH + encodeURIComponent(reply.name);
}

function isLinkedIn(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'www.linkedin.com';
  } catch {
    return false;
  }
}
