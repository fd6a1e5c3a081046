// Prospects: who the salesperson follows, where each stands, and the replies they sent.
// Keyed by the normalised profile path; every stage change and reply goes in the log.
import { TODAY_LIST_LENGTH, type ProspectPatch, type ProspectQuery } from '../../shared/contract';
import type { Interaction, Prospect } from '../../shared/model';
import type { Payload } from '../../shared/requests';
import type { IDBPObjectStore } from 'idb';
import { REPLIES_SEEN_KEY, type NurtureDb, type NurtureSchema } from '../db';
import { memberIdOf, salesLeadIdOfPath, urlNamesProfile } from '../../shared/profile-ids';
import { endOfDay, isAwaiting, isDue } from '../../shared/followups';
import { readSettings } from '../settings';
import { nameKey } from '../../shared/person-names';
import { adoptMemberIdEntries, findProspect, findProspectByName } from './lookup';
import { afterReply, matchesQuery, newerThanContact, replyAllowed, type IncomingReply, type ListReply } from './rules';
import { uniqueByName } from '../../shared/person-names';
import type { NewReply } from '../../shared/requests/prospects';
import { tokenInLink, withoutTokens } from '../../shared/analytics/clicks';

export interface ProspectsDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
}

export interface NewProspect {
  profilePath: string;
  name: string;
  headline: string;
  company: string;
  location?: string | undefined;
  memberId?: string | null | undefined;
  salesLeadId?: string | null | undefined;
}

/** A prospect's log, newest first, down to and with their last recorded reply: what `replyAllowed` reads. */
async function sinceLastReply(interactions: IDBPObjectStore<NurtureSchema, ['prospects', 'interactions'], 'interactions', 'readwrite'>, prospectId: string): Promise<Interaction[]> {
  const recent: Interaction[] = [];
  for await (const cursor of interactions.index('by-prospect-at').iterate(IDBKeyRange.bound([prospectId, -Infinity], [prospectId, Infinity]), 'prev')) {
    recent.push(cursor.value);
    if (cursor.value.kind === 'replied') break;
  }
  return recent;
}

export function createProspects({ db, now }: ProspectsDeps) {
  return {
    /**
     * Adding someone already tracked returns their record, never a duplicate. A record made
     * from a member-id path becomes the slug's record once the profile shows both, with every
     * interaction moved to it.
     */
    async add(input: Payload<'prospects.add'>): Promise<{ prospect: Prospect; created: boolean }> {
      const conn = await db();
      const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
      const store = tx.objectStore('prospects');
      const memberId = input.memberId ?? memberIdOf(input.profilePath);
      const bySlug = await findProspect(store, input.profilePath);
      const byMember = memberId ? ((await store.get(`/in/${memberId}`)) ?? (await store.index('by-member').get(memberId))) : undefined;
      // A Sales Navigator lead: by its "/in/ACwAA…" record, or by a record that learned the lead id.
      const salesLeadId = input.salesLeadId ?? salesLeadIdOfPath(input.profilePath);
      const bySales = salesLeadId ? ((await store.get(`/in/${salesLeadId}`)) ?? (await store.index('by-sales-lead').get(salesLeadId))) : undefined;
      const existing = bySlug ?? byMember ?? bySales;
      if (existing) {
        let prospect = existing;
        if (existing.id !== input.profilePath && !memberIdOf(input.profilePath) && !salesLeadIdOfPath(input.profilePath)) {
          // Seen first by member id or lead id, now with the slug: the slug becomes the key.
          prospect = { ...existing, id: input.profilePath, memberId: memberId ?? existing.memberId ?? null, salesLeadId: salesLeadId ?? existing.salesLeadId ?? null, headline: existing.headline || input.headline, company: existing.company || input.company, location: existing.location || input.location || '' };
          const moved = await tx.objectStore('interactions').index('by-prospect-at').getAll(IDBKeyRange.bound([existing.id, -Infinity], [existing.id, Infinity]));
          for (const entry of moved) await tx.objectStore('interactions').put({ ...entry, prospectId: input.profilePath });
          await store.delete(existing.id);
          await store.put(prospect);
        } else if ((memberId && !existing.memberId) || (salesLeadId && !existing.salesLeadId) || (input.location && !existing.location)) {
          prospect = { ...existing, memberId: existing.memberId || memberId || null, salesLeadId: existing.salesLeadId || salesLeadId || null, location: existing.location || input.location || '' };
          await store.put(prospect);
        }
        await adoptMemberIdEntries(tx.objectStore('interactions'), prospect);
        await tx.done;
        return { prospect, created: false };
      }
      const prospect: Prospect = {
        id: input.profilePath,
        memberId: memberId ?? null,
        ...(salesLeadId ? { salesLeadId } : {}),
        name: input.name,
        headline: input.headline,
        company: input.company,
        location: input.location ?? '',
        persona: '',
        stage: 'awareness',
        tags: [],
        notes: '',
        nextFollowUp: null,
        createdAt: now(),
        lastContactAt: null,
        lastReplyAt: null,
      };
      await store.add(prospect);
      await adoptMemberIdEntries(tx.objectStore('interactions'), prospect);
      await tx.done;
      return { prospect, created: true };
    },

    async get(id: string): Promise<Prospect | null> {
      return (await findProspect((await db()).transaction('prospects').store, id)) ?? null;
    },

    /**
     * The person a page shows: by its profile path, else by the member id or lead id it carries
     * (a record made from another of their addresses), else, for a conversation that links no
     * profile, the one tracked prospect bearing its name (two or more: nobody).
     */
    async find(person: Payload<'prospects.find'>): Promise<Prospect | null> {
      const store = (await db()).transaction('prospects').store;
      const ids = [person.profilePath, person.memberId ? `/in/${person.memberId}` : null, person.salesLeadId ? `/in/${person.salesLeadId}` : null];
      for (const id of ids) {
        const found = id ? await findProspect(store, id) : undefined;
        if (found) return found;
      }
      if (person.profilePath === null && person.name) return (await findProspectByName(store, person.name)) ?? null;
      return null;
    },

    async list(query: ProspectQuery): Promise<Prospect[]> {
      const conn = await db();
      const [all, settings] = await Promise.all([conn.getAll('prospects'), readSettings(conn)]);
      const time = now();
      return all.filter((prospect) => matchesQuery(prospect, query, time, settings.awaitingDays)).sort((a, b) => a.name.localeCompare(b.name));
    },

    /**
     * The popup's lists: follow-ups due today (earliest first) and prospects awaiting a reply
     * (longest first), the first TODAY_LIST_LENGTH of each: the popup shows no more, and
     * reading thousands of awaiting people at 10,000 prospects cost the popup 400 ms.
     */
    async today(): Promise<{ due: Prospect[]; awaiting: Prospect[] }> {
      const conn = await db();
      const time = now();
      const settings = await readSettings(conn);
      const tx = conn.transaction('prospects');
      // Both lists walk their index in date order and stop once full: follow-ups due by
      // today, and people last contacted at least N days ago who did not answer since.
      const firstOf = async (index: 'by-follow-up' | 'by-last-contact', range: IDBKeyRange, keep: (prospect: Prospect) => boolean) => {
        const found: Prospect[] = [];
        for (let cursor = await tx.store.index(index).openCursor(range); cursor && found.length < TODAY_LIST_LENGTH; cursor = await cursor.continue()) {
          if (keep(cursor.value)) found.push(cursor.value);
        }
        return found;
      };
      const [due, awaiting] = await Promise.all([
        firstOf('by-follow-up', IDBKeyRange.upperBound(endOfDay(time)), (prospect) => isDue(prospect, time)),
        firstOf('by-last-contact', IDBKeyRange.upperBound(time - settings.awaitingDays * 86_400_000), (prospect) => isAwaiting(prospect, time, settings.awaitingDays)),
      ]);
      return { due, awaiting };
    },

    /** How many replies came after the user last looked: the toolbar badge counts them too. */
    async newRepliesCount(seenAt: number, most = 99): Promise<number> {
      let count = 0;
      for await (const cursor of (await db()).transaction('interactions').store.index('by-kind-at').iterate(IDBKeyRange.bound(['replied', seenAt], ['replied', Infinity], true, false), 'prev')) {
        if (cursor.value.replyClass !== undefined) count++;
        if (count >= most) break;
      }
      return count;
    },

    /** How many follow-ups are due by the end of today: the toolbar badge counts them all. */
    async dueCount(): Promise<number> {
      const conn = await db();
      const time = now();
      let count = 0;
      for (let cursor = await conn.transaction('prospects').store.index('by-follow-up').openCursor(IDBKeyRange.upperBound(endOfDay(time))); cursor; cursor = await cursor.continue()) {
        if (isDue(cursor.value, time)) count++;
      }
      return count;
    },

    /** A stage change is logged (from, to, when) in the same transaction, for the funnel. */
    async update(id: string, patch: ProspectPatch): Promise<Prospect> {
      const conn = await db();
      const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
      const prospect = await tx.objectStore('prospects').get(id);
      if (!prospect) throw new Error('this prospect is no longer tracked');
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<Prospect>;
      const updated: Prospect = { ...prospect, ...defined };
      // Marked do-not-contact: nobody follows them up (lifting it brings no follow-up back).
      if (defined.doNotContact === true) updated.nextFollowUp = null;
      if (defined.stage && defined.stage !== prospect.stage) {
        const entry: Interaction = {
          at: now(),
          kind: 'stage',
          prospectId: id,
          contentId: null,
          channel: 'other',
          url: null,
          externalId: null,
          note: '',
          stageFrom: prospect.stage,
          stageTo: defined.stage,
        };
        await tx.objectStore('interactions').add(entry);
      }
      await tx.objectStore('prospects').put(updated);
      await tx.done;
      return updated;
    },

    /**
     * The person's right to erasure, by every id they have had: the record (and any other record
     * of the same member id), every interaction logged under their slug or member id path, every
     * share logged by their name only (folded; a namesake's name-only shares cannot be told from
     * theirs, and erasure errs on forgetting), and the page address of any other entry whose URL
     * names their profile (a comment made on their activity page) is dropped. Free text the user
     * wrote on other records and entries (notes) is the user's and is kept as written.
     */
    async erase(id: string): Promise<{ deletedInteractions: number }> {
      const conn = await db();
      const tx = conn.transaction(['prospects', 'interactions', 'clicks'], 'readwrite');
      const store = tx.objectStore('prospects');
      const found = await findProspect(store, id);
      const memberIds = new Set<string>();
      for (const candidate of [memberIdOf(id), found?.memberId, found ? memberIdOf(found.id) : null]) if (candidate) memberIds.add(candidate);
      const records = new Map<string, Prospect>(found ? [[found.id, found]] : []);
      for (const memberId of memberIds) {
        const byPath = await store.get(`/in/${memberId}`);
        if (byPath) records.set(byPath.id, byPath);
        for (const record of await store.index('by-member').getAll(memberId)) records.set(record.id, record);
      }
      // And the Sales Navigator lead's path and record (the same person seen as a lead).
      const leadIds = new Set([salesLeadIdOfPath(id), found?.salesLeadId, found ? salesLeadIdOfPath(found.id) : null].filter((lead): lead is string => !!lead));
      for (const lead of leadIds) {
        const byPath = await store.get(`/in/${lead}`);
        if (byPath) records.set(byPath.id, byPath);
        for (const record of await store.index('by-sales-lead').getAll(lead)) records.set(record.id, record);
      }
      const ids = new Set<string>([id, ...records.keys(), ...[...memberIds, ...leadIds].map((each) => `/in/${each}`)]);
      const names = new Set([...records.values()].map((record) => nameKey(record.name)).filter((key) => key !== ''));
      let deletedInteractions = 0;
      // The per-share click tokens of their shares: their clicks stay counted for the item, no longer theirs.
      const tokens = new Set<string>();
      // The whole log: entries by name only and URLs naming them have no index.
      for await (const cursor of tx.objectStore('interactions').iterate()) {
        const entry = cursor.value;
        const byName = entry.prospectId === null && entry.personName !== undefined && names.has(nameKey(entry.personName));
        if ((entry.prospectId !== null && ids.has(entry.prospectId)) || byName) {
          const token = entry.link === undefined ? null : tokenInLink(entry.link);
          if (token !== null) tokens.add(token);
          await cursor.delete();
          deletedInteractions++;
          continue;
        }
        const urlNames = entry.url !== null && urlNamesProfile(entry.url, [...ids]);
        const linkNames = entry.link !== undefined && urlNamesProfile(entry.link, [...ids]);
        if (!urlNames && !linkNames) continue;
        const scrubbed: Interaction = { ...entry, url: urlNames ? null : entry.url };
        if (linkNames) delete scrubbed.link;
        await cursor.update(scrubbed);
      }
      for (const recordId of ids) await store.delete(recordId);
      if (tokens.size > 0) {
        for (const record of await tx.objectStore('clicks').getAll()) {
          const anonymous = withoutTokens(record, tokens);
          if (anonymous) await tx.objectStore('clicks').put(anonymous);
        }
      }
      await tx.done;
      return { deletedInteractions };
    },

    async timeline(id: string): Promise<Interaction[]> {
      const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      return (await (await db()).getAllFromIndex('interactions', 'by-prospect-at', range)).reverse();
    },

    /**
     * Records replies of a tracked prospect, each once: the unique index on externalId makes a
     * second recording of the same message (reload, scroll back, another tab) a no-op. A
     * conversation that names the person without linking them (`prospectId` null) is credited
     * to the one tracked prospect of that name; with none or several, nothing is recorded.
     *
     * What a page can make us record is bounded (SECURITY.md, "A LinkedIn page writes the log"):
     * the content script reads a page that can draw any conversation, so a reply is recorded
     * only when it answers something (see `replyAllowance`): at most one per prospect per
     * REPLY_WINDOW_MS, plus one per share confirmed sent to them since their last recorded reply.
     */
    async recordReplies(prospectId: string | null, replies: readonly IncomingReply[], pageUrl: string, personName?: string): Promise<{ recorded: number }> {
      const conn = await db();
      const tx = conn.transaction(['prospects', 'interactions'], 'readwrite');
      const store = tx.objectStore('prospects');
      const prospect = prospectId !== null ? await findProspect(store, prospectId) : personName ? await findProspectByName(store, personName) : undefined;
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
          await interactions.put({ ...listed, externalId, url: pageUrl, via: 'thread', ...(reply.replyClass ? { replyClass: reply.replyClass } : {}), note: reply.text ?? listed.note });
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

    /**
     * When the user last looked at the new replies; never: 0 (replies recorded before classes
     * existed are not new: only classified ones are listed and counted, so an update shows no backlog).
     */
    async repliesSeenAt(): Promise<number> {
      const seen = await (await db()).get('replies-seen', REPLIES_SEEN_KEY);
      return seen && typeof seen.at === 'number' ? seen.at : 0;
    },

    /** The user looked at the new replies: none is new any more. */
    async markRepliesSeen(): Promise<number> {
      const at = now();
      await (await db()).put('replies-seen', { at }, REPLIES_SEEN_KEY);
      return at;
    },

    /** Replies recorded after `seenAt`, newest first: the popup's and the panel's "New replies". */
    async newReplies(seenAt: number, limit = 20): Promise<NewReply[]> {
      const conn = await db();
      const tx = conn.transaction(['interactions', 'prospects']);
      const found: NewReply[] = [];
      for await (const cursor of tx.objectStore('interactions').index('by-kind-at').iterate(IDBKeyRange.bound(['replied', seenAt], ['replied', Infinity], true, false), 'prev')) {
        const entry = cursor.value;
        if (entry.prospectId === null || entry.id === undefined || entry.replyClass === undefined) continue;
        const prospect = await tx.objectStore('prospects').get(entry.prospectId);
        if (!prospect) continue;
        found.push({
          interactionId: entry.id,
          prospectId: prospect.id,
          name: prospect.name,
          at: entry.at,
          replyClass: entry.replyClass ?? 'other',
          conversationUrl: entry.url !== null && /^https:\/\/www\.linkedin\.com\/messaging\/thread\//.test(entry.url) ? entry.url : null,
        });
        if (found.length >= limit) break;
      }
      return found;
    },
  };
}

export type Prospects = ReturnType<typeof createProspects>;
