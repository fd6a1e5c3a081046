// Recording the replies a LinkedIn page shows: read in a thread or seen as rows of the
// conversation list. What a page can make us record is bounded here (SECURITY.md, "A LinkedIn
// page writes the log"), so both ways in share one allowance (`replyAllowed` in rules.ts).
import type { Interaction } from '../../domain/model';
import type { IDBPObjectStore } from 'idb';
import type { NurtureDb, NurtureSchema } from '../db';
import { uniqueByName } from '../../domain/people/person-names';
import { findProspect, findProspectByName } from './lookup';
import { afterReply, newerThanContact, replyAllowed, type IncomingReply, type ListReply } from './rules';

/** A prospect's log, newest first, down to and with their last recorded reply: what `replyAllowed` reads. */
async function sinceLastReply(
  interactions: IDBPObjectStore<NurtureSchema, ['prospects', 'interactions'], 'interactions', 'readwrite'>,
  prospectId: string,
): Promise<Interaction[]> {
  const recent: Interaction[] = [];
  for await (const cursor of interactions
    .index('by-prospect-at')
    .iterate(IDBKeyRange.bound([prospectId, -Infinity], [prospectId, Infinity]), 'prev')) {
    recent.push(cursor.value);
    if (cursor.value.kind === 'replied') break;
  }
  return recent;
}

export function createReplyRecording({ db, now }: { db: () => Promise<NurtureDb>; now: () => number }) {
  return {
    /**
     * Records replies of a tracked prospect, each once: the unique index on externalId makes a
     * second recording of the same message (reload, scroll back, another tab) a no-op. A
     * conversation that names the person without linking them (`prospectId` null) is credited
     * to the one tracked prospect of that name; with none or several, nothing is recorded.
     *
     * What a page can make us record is bounded (SECURITY.md, "A LinkedIn page writes the log"):
     * the content script reads a page that can draw any conversation, so a reply is recorded
     * only when it answers something (`replyAllowed` in rules.ts): at most one per prospect per
     * REPLY_WINDOW_MS, plus one per share confirmed sent to them since their last recorded reply.
     */
    async recordReplies(
      prospectId: string | null,
      replies: readonly IncomingReply[],
      pageUrl: string,
      personName?: string,
    ): Promise<{ recorded: number }> {
      const conn = await db();
      const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
      const store = tx.objectStore('prospects');
      const prospect =
        prospectId !== null ? await findProspect(store, prospectId) : personName ? await findProspectByName(store, personName) : undefined;
      if (!prospect) {
        await tx.done;
        return { recorded: 0 };
      }
      const interactions = tx.objectStore('interactions');
      const byExternalId = interactions.index('by-external-id');
      const at = now();
      let recorded = 0;
      let updated = prospect;
      // Messages already recorded are skipped first: a reload never uses up the allowance.
      const fresh: IncomingReply[] = [];
      for (const reply of replies) {
        const externalId = `linkedin:${reply.externalId}`;
        if (fresh.some((other) => other.externalId === reply.externalId) || (await byExternalId.getKey(externalId)) !== undefined) continue;
        fresh.push(reply);
      }
      if (fresh.length > 0) {
        // Newest first, the prospect's log since REPLY_WINDOW_MS before now decides.
        const recent = await sinceLastReply(interactions, prospect.id);
        // The first fresh message is the answer; a second one in the same call never is, since
        // the reply just recorded is then the newest entry and nothing was sent after it.
        const reply = fresh[0]!;
        const externalId = `linkedin:${reply.externalId}`;
        // Already seen in the conversation list (the newest reply, after the last contact): the
        // thread names it now, and its class comes from the whole message. Not a second reply.
        const listed = recent[recent.length - 1];
        if (listed?.kind === 'replied' && listed.via === 'list' && listed.at >= (prospect.lastContactAt ?? 0)) {
          await interactions.put({
            ...listed,
            externalId,
            url: pageUrl,
            via: 'thread',
            ...(reply.replyClass ? { replyClass: reply.replyClass } : {}),
            note: reply.text ?? listed.note,
          });
          updated = afterReply(prospect, reply);
        } else if (replyAllowed(recent, at)) {
          await interactions.add({
            at,
            kind: 'replied',
            prospectId: prospect.id,
            contentId: null,
            channel: 'message',
            url: pageUrl,
            externalId,
            note: reply.text ?? '',
            ...(reply.replyClass ? { replyClass: reply.replyClass } : {}),
            via: 'thread',
          });
          recorded++;
          updated = { ...afterReply(prospect, reply), lastReplyAt: at };
        }
      }
      if (updated !== prospect) await tx.objectStore('prospects').put(updated);
      await tx.done;
      return { recorded };
    },

    /**
     * Replies seen only as rows of the conversation list (issue 25): a row names a person, not
     * a profile, so it counts for the one tracked prospect of that name (two or more: nobody),
     * when its time is after the user's last contact with them and no reply was recorded since
     * that contact. Bounded as replies read in a thread are (`replyAllowed`): a page can draw
     * any list, so it can forge at most one reply per prospect per REPLY_WINDOW_MS, plus one per
     * share the user really sent them.
     */
    async recordListReplies(rows: readonly ListReply[], pageUrl: string): Promise<{ recorded: number }> {
      const conn = await db();
      const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
      const store = tx.objectStore('prospects');
      const interactions = tx.objectStore('interactions');
      const all = await store.getAll();
      const at = now();
      let recorded = 0;
      const done = new Set<string>();
      for (const row of rows) {
        const prospect = uniqueByName(all, row.name);
        if (!prospect || done.has(prospect.id)) continue;
        done.add(prospect.id);
        if (!newerThanContact(row, prospect.lastContactAt)) continue;
        // One reply per contact: one recorded since (from the thread or the list) is this one.
        if (prospect.lastReplyAt !== null && prospect.lastReplyAt >= (prospect.lastContactAt ?? 0)) continue;
        const recent = await sinceLastReply(interactions, prospect.id);
        if (!replyAllowed(recent, at)) continue;
        // Recorded now, as a reply read in its thread is: what the user has not looked at yet.
        await interactions.add({
          at,
          kind: 'replied',
          prospectId: prospect.id,
          contentId: null,
          channel: 'message',
          url: pageUrl,
          externalId: `list:${prospect.id}:${row.at}`,
          note: row.text ?? '',
          replyClass: row.replyClass,
          via: 'list',
        });
        await store.put({ ...afterReply(prospect, row), lastReplyAt: at });
        recorded++;
      }
      await tx.done;
      return { recorded };
    },
  };
}
