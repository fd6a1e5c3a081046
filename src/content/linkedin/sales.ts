// Sales Navigator (/sales/…): its composers (plain textareas, in the inbox's thread and in the
// message/InMail popup), who a conversation is with, its messages, and a lead's top card.
// Pure readers; selectors.ts says which shapes public code measured and which are inferred.
import { memberIdOf, profilePathOf, salesLeadIdOf, salesLeadIdOfPath } from '../../domain/people/profile-ids';
import { foldName, shortHash, squash } from '../../domain/text/fold';
import type { Partner, ThreadMessage } from './conversation-types';
import { closestFirst, queryAll, queryFirst } from './dom';
import { companyFromHeadline } from './profile-company';
import type { ProfileActionsSlot, ProfilePage, ProfilePart } from './profiles';
import { selectors } from './selectors';
import { mayNameSeveralPeople } from '../../domain/people/person-names';

const S = selectors.sales;

/** Every Sales Navigator editor, as one selector: added to the scan's editables on /sales/ pages only. */
export const SALES_EDITOR = S.editor.join(',');

export interface SalesComposer {
  root: Element;
  editor: HTMLElement;
  slot: { parent: Element; before: Element | null };
  /** An InMail: the only Sales Navigator composer with a subject field. */
  inmail: boolean;
}

/** The composer `editor` is the textarea of, or null: before its Send button, else right after the field. */
export function salesComposerOf(editor: HTMLElement): SalesComposer | null {
  if (!editor.matches(SALES_EDITOR)) return null;
  const root = closestFirst(editor, S.composer);
  if (!root || queryFirst(root, S.editor) !== editor) return null;
  const send = queryFirst(root, S.sendButton);
  const slot =
    send?.parentElement && !send.contains(editor)
      ? { parent: send.parentElement, before: send }
      : editor.parentElement
        ? { parent: editor.parentElement, before: editor.nextElementSibling }
        : null;
  return slot ? { root, editor, slot, inmail: queryFirst(root, S.subject) !== null } : null;
}

/** The conversation a composer belongs to: the inbox's open thread, or the popup it sits in. */
export function salesConversationOf(composerRoot: Element): Element | null {
  return closestFirst(composerRoot, S.thread) ?? closestFirst(composerRoot, S.overlay);
}

/**
 * Who a Sales Navigator conversation is with: the one lead it links (their "/in/ACwAA…" path,
 * which the background matches to a record that learned that lead id), else, in a popup opened
 * on a lead's page and titled with their name, that lead; else their name alone. Several leads
 * linked is a group: no one.
 */
export function salesPartner(conversation: Element, doc: Document, href: string): Partner | null {
  const links = queryAll(conversation, S.leadLink);
  const ids = new Set(links.map((link) => salesLeadIdOf(link.getAttribute('href') ?? '')).filter((id) => id !== null));
  const title = squash(queryFirst(conversation, S.overlayName)?.textContent);
  if (ids.size > 1) return null;
  const [id] = ids;
  if (id) {
    const link = links.find((each) => salesLeadIdOf(each.getAttribute('href') ?? '') === id);
    const name = title || squash(link?.textContent);
    return name ? { profilePath: `/in/${id}`, name } : null;
  }
  if (!title || mayNameSeveralPeople(title)) return null;
  const lead = salesLeadIdOf(href);
  const leadName = lead ? squash(queryFirst(doc, S.leadName)?.textContent) : '';
  return lead && foldName(leadName) === foldName(title) ? { profilePath: `/in/${lead}`, name: title } : { profilePath: null, name: title };
}

/** Whether `thread` (from threadOf) is a Sales Navigator conversation. */
export const isSalesConversation = (thread: ParentNode): thread is Element =>
  'matches' in thread && (thread as Element).matches([...S.thread, ...S.overlay].join(','));

export const SALES_MESSAGE = S.message.join(',');

/**
 * The conversation's messages in order. Sales Navigator shows no message id: each is named by
 * a hash of its sender, time and text (and how many identical ones came before), which stays
 * the same when older messages load above it. A message whose sender links a lead is theirs;
 * ours name the user ("You") with no lead link (inferred).
 */
export function readSalesMessages(conversation: Element): ThreadMessage[] {
  const seen = new Map<string, number>();
  return [...conversation.querySelectorAll(SALES_MESSAGE)].map((message, position) => {
    const lead = queryFirst(message, S.leadLink);
    const fromThem = lead !== null;
    const senderName = squash(lead?.textContent);
    const time = squash(queryFirst(message, S.messageTime)?.textContent);
    const text = squash(queryFirst(message, S.messageBody)?.textContent);
    const key = `${fromThem}|${senderName}|${time}|${text}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    const senderLead = lead ? salesLeadIdOf(lead.getAttribute('href') ?? '') : null;
    return {
      externalId: `sn:${shortHash(`${key}|${count}`)}`,
      fromThem,
      senderName,
      senderProfile: senderLead ? `/in/${senderLead}` : null,
      time,
      position,
      text,
    };
  });
}

/** The user's own messages (no lead link): where the links they sent are read. */
export function salesOwnMessageTexts(conversation: Element): Element[] {
  return [...conversation.querySelectorAll(SALES_MESSAGE)].filter((message) => queryFirst(message, S.leadLink) === null);
}

/**
 * A lead's page: name, headline, company and location from the top card; the lead id from the
 * address; the person's /in/ profile when the card links it ("View LinkedIn profile"). Without
 * that link the record's id is "/in/<lead id>", merged with the slug's record once seen.
 */
/** `actions`: the action row when the caller has looked for it already (a scan does, once). */
export function readSalesLead(
  doc: Document,
  href: string,
  actions: ProfileActionsSlot | null = salesLeadActionsSlot(doc),
): ProfilePage | null {
  const salesLeadId = salesLeadIdOf(href);
  const heading = queryFirst(doc, S.leadName);
  if (!salesLeadId) return null;
  const card = (heading && closestFirst(heading, S.leadCard)) ?? doc.body;
  const name = squash(heading?.textContent) || squash(doc.title.split('|')[0]);
  if (!name) return null;
  const headline = squash(queryFirst(card, S.leadHeadline)?.textContent);
  const company = squash(queryFirst(card, S.leadCompany)?.textContent) || companyFromHeadline(headline);
  const location = squash(queryFirst(card, S.leadLocation)?.textContent);
  const publicPath = queryAll(doc, S.publicProfileLink)
    .map((link) => profilePathOf(link.getAttribute('href') ?? ''))
    .find((path) => path !== null && salesLeadIdOfPath(path) === null);
  const missing: ProfilePart[] = [];
  if (!heading) missing.push('name');
  if (!headline) missing.push('headline');
  if (!actions) missing.push('actions');
  return {
    profilePath: publicPath ?? `/in/${salesLeadId}`,
    name,
    headline,
    company,
    location,
    memberId: publicPath ? memberIdOf(publicPath) : null,
    salesLeadId,
    missing,
  };
}

/** Where our buttons go on a lead's page: the end of its actions row (or of its Message button's row). */
export function salesLeadActionsSlot(doc: Document): ProfileActionsSlot | null {
  const row = queryFirst(doc, S.leadActions) ?? queryFirst(doc, S.leadMessageButton)?.parentElement ?? null;
  return row ? { parent: row, before: null } : null;
}
