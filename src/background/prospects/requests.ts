// The prospects' requests, and the replies read in their conversations.
import type { PROSPECTS_REQUESTS } from '../../contract/requests/prospects';
import type { Activity } from '../activity';
import type { NurtureDb } from '../db';
import { classifyReply } from '../../domain/replies/classify';
import type { ReplyClass } from '../../domain/replies/types';
import type { HandlersFor } from '../router';
import { readSettings } from '../settings';
import type { Prospects } from './service';

export interface ProspectsHandlerDeps {
  db: () => Promise<NurtureDb>;
  prospects: Prospects;
  activity: Activity;
  /** Opens the dashboard on a prospect's record (a tab of the extension's own page). */
  openProspect?: ((id: string) => Promise<void>) | undefined;
  now?: () => number;
}

/** A reply's class and, out of office, its return day; an empty text says nothing. */
function classified(text: string, now: number): { replyClass: ReplyClass; returnsAt?: number } {
  if (text.trim() === '') return { replyClass: 'other' };
  const { class: replyClass, returnsAt } = classifyReply(text, { now });
  return returnsAt === undefined ? { replyClass } : { replyClass, returnsAt };
}

export function prospectsHandlers({
  db,
  prospects,
  activity,
  openProspect,
  now = Date.now,
}: ProspectsHandlerDeps): HandlersFor<typeof PROSPECTS_REQUESTS> {
  return {
    'prospects.add': async (input) => prospects.add(input),
    'prospects.open': async ({ id }) => {
      await openProspect?.(id);
      return { opened: true };
    },
    'prospects.get': async ({ id }) => prospects.get(id),
    'prospects.find': async (person) => prospects.find(person),
    'prospects.list': async (query) => prospects.list(query),
    'prospects.update': async ({ id, patch }) => prospects.update(id, patch),
    'prospects.erase': async ({ id }) => {
      const erased = await prospects.erase(id);
      activity.forgetExport();
      return erased;
    },
    'prospects.timeline': async ({ id }) => prospects.timeline(id),
    'prospects.today': async () => prospects.today(),
    'replies.record': async ({ prospectId, personName, replies, pageUrl }) => {
      // Message text is kept only when the user asked for it, and then its first 140 characters;
      // what it says (its class) is decided here, on the device, from the whole text.
      const { keepReplyText } = await readSettings(await db());
      return prospects.recordReplies(
        prospectId,
        replies.map((reply) => ({
          externalId: reply.externalId,
          text: keepReplyText ? reply.text.slice(0, 140) : null,
          ...classified(reply.text, now()),
        })),
        pageUrl,
        personName,
      );
    },
    'replies.fromList': async ({ rows, pageUrl }) => {
      const { keepReplyText } = await readSettings(await db());
      return prospects.recordListReplies(
        rows.map((row) => ({
          name: row.name,
          at: row.at,
          precision: row.precision,
          text: keepReplyText ? row.snippet.slice(0, 140) : null,
          ...classified(row.snippet, now()),
        })),
        pageUrl,
      );
    },
    'replies.new': async () => {
      const seenAt = await prospects.repliesSeenAt();
      return { replies: await prospects.newReplies(seenAt), seenAt };
    },
    'replies.seen': async () => ({ seenAt: await prospects.markRepliesSeen() }),
  };
}
