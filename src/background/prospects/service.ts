// Prospects: who the salesperson follows, where each stands, and the replies they sent.
// Keyed by the normalised profile path; every stage change and reply goes in the log. The
// service composes one module per job: finding records (lookup.ts), recording replies
// (replies.ts), the replies not yet looked at (new-replies.ts) and erasure (erasure.ts).
import { TODAY_LIST_LENGTH, type ProspectPatch, type ProspectQuery } from '../../contract/index';
import type { Interaction, Prospect } from '../../domain/model';
import type { Payload } from '../../contract/requests';
import type { NurtureDb } from '../db';
import { memberIdOf, salesLeadIdOfPath } from '../../domain/people/profile-ids';
import { endOfDay, isAwaiting, isDue } from '../../domain/people/followups';
import { readSettings } from '../settings';
import { adoptMemberIdEntries, findProspect, findProspectByName } from './lookup';
import { matchesQuery } from './rules';
import { createReplyRecording } from './replies';
import { createNewReplies } from './new-replies';
import { eraseProspect } from './erasure';

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
      const bySales = salesLeadId
        ? ((await store.get(`/in/${salesLeadId}`)) ?? (await store.index('by-sales-lead').get(salesLeadId)))
        : undefined;
      const existing = bySlug ?? byMember ?? bySales;
      if (existing) {
        let prospect = existing;
        if (existing.id !== input.profilePath && !memberIdOf(input.profilePath) && !salesLeadIdOfPath(input.profilePath)) {
          // Seen first by member id or lead id, now with the slug: the slug becomes the key.
          prospect = {
            ...existing,
            id: input.profilePath,
            memberId: memberId ?? existing.memberId ?? null,
            salesLeadId: salesLeadId ?? existing.salesLeadId ?? null,
            headline: existing.headline || input.headline,
            company: existing.company || input.company,
            location: existing.location || input.location || '',
          };
          const moved = await tx
            .objectStore('interactions')
            .index('by-prospect-at')
            .getAll(IDBKeyRange.bound([existing.id, -Infinity], [existing.id, Infinity]));
          for (const entry of moved) await tx.objectStore('interactions').put({ ...entry, prospectId: input.profilePath });
          await store.delete(existing.id);
          await store.put(prospect);
        } else if ((memberId && !existing.memberId) || (salesLeadId && !existing.salesLeadId) || (input.location && !existing.location)) {
          prospect = {
            ...existing,
            memberId: existing.memberId || memberId || null,
            salesLeadId: existing.salesLeadId || salesLeadId || null,
            location: existing.location || input.location || '',
          };
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
      const ids = [
        person.profilePath,
        person.memberId ? `/in/${person.memberId}` : null,
        person.salesLeadId ? `/in/${person.salesLeadId}` : null,
      ];
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
      return all
        .filter((prospect) => matchesQuery(prospect, query, time, settings.awaitingDays))
        .sort((a, b) => a.name.localeCompare(b.name));
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
        for (
          let cursor = await tx.store.index(index).openCursor(range);
          cursor && found.length < TODAY_LIST_LENGTH;
          cursor = await cursor.continue()
        ) {
          if (keep(cursor.value)) found.push(cursor.value);
        }
        return found;
      };
      const [due, awaiting] = await Promise.all([
        firstOf('by-follow-up', IDBKeyRange.upperBound(endOfDay(time)), (prospect) => isDue(prospect, time)),
        firstOf('by-last-contact', IDBKeyRange.upperBound(time - settings.awaitingDays * 86_400_000), (prospect) =>
          isAwaiting(prospect, time, settings.awaitingDays),
        ),
      ]);
      return { due, awaiting };
    },

    /** How many follow-ups are due by the end of today: the toolbar badge counts them all. */
    async dueCount(): Promise<number> {
      const conn = await db();
      const time = now();
      let count = 0;
      for (
        let cursor = await conn
          .transaction('prospects')
          .store.index('by-follow-up')
          .openCursor(IDBKeyRange.upperBound(endOfDay(time)));
        cursor;
        cursor = await cursor.continue()
      ) {
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

    /** The person's right to erasure (erasure.ts says what goes). */
    async erase(id: string): Promise<{ deletedInteractions: number }> {
      return eraseProspect(await db(), id);
    },

    async timeline(id: string): Promise<Interaction[]> {
      const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      return (await (await db()).getAllFromIndex('interactions', 'by-prospect-at', range)).reverse();
    },

    ...createReplyRecording({ db, now }),
    ...createNewReplies({ db, now }),
  };
}

export type Prospects = ReturnType<typeof createProspects>;
