// Sharing an item: the text to insert (a caption variant the last shares did not use, and
// the tagged link), the log of what was inserted, and its confirmation once sent.
import type { Answers, ShareText } from '../../contract/index';
import type { Payload } from '../../contract/requests';
import { repIdChannelOf, toPerson, type Channel, type Interaction, type Prospect } from '../../domain/model';
import { packById } from '../../domain/library/pack';
import { shareLink } from '../../domain/library/share-link';
import { newClickToken } from '../../domain/analytics/clicks';
import { canonicalUrl } from '../../domain/library/urls';
import type { NurtureDb } from '../db';
import { readSettings } from '../settings';
import { findProspect, findProspectByName } from '../prospects';
import { nameKey } from '../../domain/people/person-names';
import { squash } from '../../domain/text/fold';
import { composeShare, type TemplatePerson } from './compose';

/** A member-id path names the slug's record once both were seen: log under the record's id. */
async function resolveProspectId(conn: NurtureDb, id: string | null): Promise<string | null> {
  if (id === null) return null;
  return (await findProspect(conn.transaction('prospects').store, id))?.id ?? id;
}

/**
 * Whom a message's templates name: the tracked record (by profile, else by the one prospect
 * bearing the conversation's name), else the name the conversation shows, else nobody. The
 * page's own preview (`fromPage`) gets the name it shows and nothing a record knows (SECURITY.md,
 * threat 19). `record`: the record found, for what else it says of the person.
 */
async function templatePerson(
  conn: NurtureDb,
  id: string | null,
  personName: string | undefined,
  fromPage = false,
): Promise<{ to: TemplatePerson | null; record: Prospect | undefined }> {
  const name = personName === undefined ? '' : squash(personName);
  const byName = name ? { name, company: '' } : null;
  if (fromPage) return { to: byName, record: undefined };
  const store = conn.transaction('prospects').store;
  const record = id !== null ? await findProspect(store, id) : name ? await findProspectByName(store, name) : undefined;
  return { to: record ? { name: record.name, company: record.company } : byName, record };
}

/**
 * Who a conversation is with: its profile when it links one; otherwise the one tracked prospect
 * bearing its name; otherwise nobody known, and the name (personName) is all there is.
 */
async function resolvePerson(
  conn: NurtureDb,
  id: string | null,
  personName: string | undefined,
): Promise<{ prospectId: string | null; personName: string | null }> {
  if (id !== null) return { prospectId: await resolveProspectId(conn, id), personName: null };
  if (!personName || !squash(personName)) return { prospectId: null, personName: null };
  const match = await findProspectByName(conn.transaction('prospects').store, personName);
  return match ? { prospectId: match.id, personName: null } : { prospectId: null, personName: squash(personName) };
}

export interface SharingDeps {
  db: () => Promise<NurtureDb>;
  now: () => number;
  /** The rep's interface language: captions in it are proposed first. */
  language?: string | undefined;
  /** Random bytes for per-share click tokens (crypto.getRandomValues unless a test gives its own). */
  random?: (length: number) => Uint8Array;
}

const cryptoRandom = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** The caption the user chose in the picker, or the language they want one in. */
export interface CaptionChoice {
  captionIndex?: number | undefined;
  language?: string | undefined;
}

/**
 * For the saturation guard: shares sent within `days`, and how many of the latest shares in a
 * row got no reply after them. `entries` is one prospect's log, oldest first.
 */
export function saturation(entries: readonly Interaction[], now: number, days: number): { recentShares: number; unansweredInARow: number } {
  const shares = entries.filter((entry) => entry.kind === 'shared' && entry.status === 'sent');
  const recentShares = shares.filter((entry) => now - entry.at <= days * 86_400_000).length;
  let unansweredInARow = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.kind === 'replied') break;
    if (entry.kind === 'shared' && entry.status === 'sent') unansweredInARow++;
  }
  return { recentShares, unansweredInARow };
}

/**
 * The tagged link as inserted, give or take what LinkedIn may change when it shows it: the
 * fragment and the order of the query parameters. Unlike `canonicalUrl`, every utm_ parameter
 * must be there with its value: the article's public address alone (which any page can write)
 * confirms nothing.
 */
export function taggedLinkKey(href: string): string | null {
  if (canonicalUrl(href) === null) return null;
  const url = new URL(href);
  url.hash = '';
  url.username = '';
  url.password = '';
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  url.search = '';
  for (const [name, value] of params) url.searchParams.append(name, value);
  return url.href.replace(/\?$/, '');
}

/** A draft older than this is no longer confirmed by its link showing in a conversation. */
export const DRAFT_CONFIRM_MS = 7 * 86_400_000;

export function createSharing({ db, now, language: uiLanguage, random = cryptoRandom }: SharingDeps) {
  async function sharesOfContent(conn: NurtureDb, contentId: string): Promise<Interaction[]> {
    const all = await conn.getAllFromIndex('interactions', 'by-content', contentId);
    return all.filter((entry) => entry.kind === 'shared' || entry.kind === 'posted').sort((a, b) => b.at - a.at);
  }

  return {
    /**
     * The text for `channel`, its templates filled for the person (see compose.ts): its link
     * carries the rep id only if the user chose that channel. `frame`: the user's message frame
     * goes first (a message whose composer is still empty). `choice`: the caption the user chose;
     * otherwise one in their language (asked, else the interface's), else in the item's.
     */
    async prepare(
      contentId: string,
      channel: Channel = 'other',
      person: { prospectId: string | null; personName?: string | undefined; fromPage?: boolean } = { prospectId: null },
      frame = true,
      { captionIndex, language }: CaptionChoice = {},
    ): Promise<ShareText> {
      const conn = await db();
      const item = await conn.get('content', contentId);
      if (!item) throw new Error('this item is no longer in the library');
      const settings = await readSettings(conn);
      const recent = (await sharesOfContent(conn, contentId)).map((entry) => entry.captionIndex);
      // Per-person clicks (off by default): a message to someone named gets a link of its own.
      const token =
        settings.clickTokens &&
        (channel === 'message' || channel === 'inmail') &&
        (person.prospectId !== null || person.personName !== undefined)
          ? newClickToken(random)
          : undefined;
      const link = shareLink(
        item,
        settings,
        packById(item.pack ? await conn.getAll('sources') : [], item.pack?.id),
        repIdChannelOf(channel),
        token,
      );
      // Public posts and comments name nobody: no record is read for them.
      const { to, record } = toPerson(channel)
        ? await templatePerson(conn, person.prospectId, person.personName, person.fromPage)
        : { to: null, record: undefined };
      // They asked not to be contacted (issue 25): the panel says so instead of a text. Never
      // for the page's own preview, which reads no record and must not learn it (issue 32).
      if (person.prospectId !== null && record?.doNotContact)
        throw new Error(`Asked not to be contacted: ${record.name} asked you to stop. Lift it in their record if that changed.`);
      const languages = [language, uiLanguage].filter((code) => code !== undefined);
      return composeShare({ item, recent, settings, channel, person: to, frame, link, captionIndex, languages });
    },

    async log(entry: Payload<'share.log'>) {
      const conn = await db();
      const toOne = entry.channel === 'message' || entry.channel === 'inmail';
      const { prospectId, personName } = toOne
        ? await resolvePerson(conn, entry.prospectId, entry.personName)
        : { prospectId: null, personName: null };
      const id = await conn.add('interactions', {
        at: now(),
        kind: toOne ? 'shared' : 'posted',
        prospectId,
        contentId: entry.contentId,
        channel: entry.channel,
        url: entry.pageUrl,
        externalId: null,
        note: '',
        // A message is only "sent" once it is seen in the thread; posts and comments are public
        // the moment the user presses Post, which we cannot see: they are logged as posted.
        ...(toOne ? { status: 'draft' as const } : {}),
        link: entry.link,
        captionIndex: entry.captionIndex,
        audience: toOne ? 'person' : 'network',
        // Named without a profile and not one tracked prospect: the user may link it later.
        ...(personName ? { personName } : {}),
      });
      return { id };
    },

    /**
     * Drafts whose link now shows in the user's own messages of the conversation become sent.
     * A conversation known by name only confirms drafts of that name, of no one, or of the
     * prospects bearing that name; the one tracked prospect of that name, if there is one, is
     * who they were sent to.
     *
     * Bounded, since the page can draw "own" messages carrying any link (SECURITY.md): only
     * drafts the user made with our picker (a trusted click), within DRAFT_CONFIRM_MS, whose
     * exact tagged link shows (`taggedLinkKey`); each link shown confirms one draft at most,
     * the newest, and a draft is confirmed once (it is no longer a draft).
     */
    async confirmSent(rawProspectId: string | null, links: readonly string[], rawPersonName?: string): Promise<{ confirmed: number }> {
      // The router refuses such a request (its schema); a conversation with no one confirms nothing.
      if (rawProspectId === null && rawPersonName === undefined) return { confirmed: 0 };
      const shown = new Set(links.map(taggedLinkKey).filter((key) => key !== null));
      if (shown.size === 0) return { confirmed: 0 };
      const conn = await db();
      const { prospectId, personName } = await resolvePerson(conn, rawProspectId, rawPersonName);
      const byName = rawProspectId === null && rawPersonName !== undefined;
      // The prospects bearing the name: drafts logged for any of them may be this conversation's.
      const namesakes = byName
        ? new Set(
            (await conn.getAll('prospects'))
              .filter((prospect) => nameKey(prospect.name) === nameKey(rawPersonName))
              .map((prospect) => prospect.id),
          )
        : new Set<string>();
      const tx = conn.transaction(['interactions', 'prospects'], 'readwrite');
      const index = tx.objectStore('interactions').index('by-kind-at');
      let confirmed = 0;
      let lastAt = 0;
      // Only recent drafts: newest first, down to DRAFT_CONFIRM_MS ago.
      const range = IDBKeyRange.bound(['shared', now() - DRAFT_CONFIRM_MS], ['shared', Infinity]);
      for await (const cursor of index.iterate(range, 'prev')) {
        if (shown.size === 0) break;
        const entry = cursor.value;
        if (entry.status !== 'draft' || !entry.link) continue;
        if (byName) {
          if (entry.prospectId !== null && entry.prospectId !== prospectId && !namesakes.has(entry.prospectId)) continue;
          if (entry.prospectId === null && entry.personName !== undefined && nameKey(entry.personName) !== nameKey(rawPersonName)) continue;
        } else if (prospectId !== null && entry.prospectId !== null && entry.prospectId !== prospectId) continue;
        const key = taggedLinkKey(entry.link);
        if (key === null || !shown.has(key)) continue;
        // This link has confirmed its draft: the same link once more in the thread is not another send.
        shown.delete(key);
        const to = entry.prospectId ?? prospectId;
        const updated: Interaction = { ...entry, status: 'sent', prospectId: to };
        if (to !== null) delete updated.personName;
        else if (personName && updated.personName === undefined) updated.personName = personName;
        await cursor.update(updated);
        confirmed++;
        lastAt = Math.max(lastAt, entry.at);
      }
      if (confirmed > 0 && prospectId !== null) {
        const prospect = await tx.objectStore('prospects').get(prospectId);
        if (prospect) await tx.objectStore('prospects').put({ ...prospect, lastContactAt: Math.max(prospect.lastContactAt ?? 0, lastAt) });
      }
      await tx.done;
      return { confirmed };
    },

    async context(rawProspectId: string | null, personName?: string): Promise<Answers['share.context']> {
      const conn = await db();
      const settings = await readSettings(conn);
      // A name counts only when one tracked prospect bears it; otherwise the picker knows nobody.
      const { prospectId } = await resolvePerson(conn, rawProspectId, personName);
      const noGuard = { recentShares: 0, max: settings.saturationMax, days: settings.saturationDays, unansweredInARow: 0 };
      if (prospectId === null) return { prospect: null, sentContentIds: [], guard: noGuard };
      const [prospect, entries] = await Promise.all([
        conn.get('prospects', prospectId),
        conn.getAllFromIndex('interactions', 'by-prospect-at', IDBKeyRange.bound([prospectId, 0], [prospectId, Infinity])),
      ]);
      const shares = entries.filter((entry) => entry.kind === 'shared' && entry.status === 'sent');
      const sent = new Set(shares.filter((entry) => entry.contentId).map((entry) => entry.contentId!));
      return {
        prospect: prospect
          ? { name: prospect.name, stage: prospect.stage, persona: prospect.persona, doNotContact: prospect.doNotContact === true }
          : null,
        sentContentIds: [...sent],
        guard: { ...noGuard, ...saturation(entries, now(), settings.saturationDays) },
      };
    },
  };
}

export type Sharing = ReturnType<typeof createSharing>;
