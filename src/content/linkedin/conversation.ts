// Who a conversation is with, and which links the user's own messages in it carry.
// LinkedIn keeps the previous conversation mounted while it loads the next: when the thread
// header and the conversation marked open disagree, nothing is answered.
import { profilePathOf } from '../../domain/people/profile-ids';
import { foldName, shortHash, squash } from '../../domain/text/fold';
import type { Partner, ThreadMessage } from './conversation-types';
import { queryAll, queryFirst } from './dom';
import { isSalesConversation, readSalesMessages, SALES_MESSAGE, salesConversationOf, salesOwnMessageTexts, salesPartner } from './sales';
import { selectors } from './selectors';
import { mayNameSeveralPeople } from '../../domain/people/person-names';

/** One string per person, for remembering what was read of whose conversation. */
export const partnerKey = (partner: Partner) => partner.profilePath ?? `name:${foldName(partner.name)}`;

/** What a request to the background says about the person: the profile when known, else the name. */
export const partnerRef = (partner: Partner | null): { prospectId: string | null; personName?: string } =>
  partner === null
    ? { prospectId: null }
    : partner.profilePath !== null
      ? { prospectId: partner.profilePath }
      : { prospectId: null, personName: partner.name.slice(0, 120) };

const bubbleOf = (el: Element) => el.closest(selectors.messaging.bubble.join(','));

/**
 * "Ines Modele, Tom Exemplar" lists people; "Ada Sample, PhD" is one person with a credential.
 * A list is told by each part being a full name (two words or more).
 */
const listsSeveralPeople = (names: string) => {
  const parts = names.split(/\s*,\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => part.split(' ').length > 1);
};

/** Links to an organisation's page: a conversation titled with its name is not with one person. */
const ORGANISATION_PATH = /^(https:\/\/[a-z]+\.linkedin\.com)?\/(company|school|showcase|groups)\//i;

/** The one person linked from an overlay bubble's header; null for a group (several people). */
function bubblePartner(bubble: Element): Partner | null {
  const header = queryFirst(bubble, selectors.messaging.bubbleHeader);
  const links = header ? queryAll(header, selectors.link) : [];
  const paths = new Set(links.map((link) => profilePathOf(link.getAttribute('href') ?? '')).filter((path) => path !== null));
  const name = squash(queryFirst(bubble, selectors.messaging.bubbleHeaderName)?.textContent);
  if (paths.size === 0) {
    // A title and no profile link: the person by name only, unless it may be a group or the
    // header links an organisation (a company page writes under its own name).
    if (!header || !name || mayNameSeveralPeople(name) || queryFirst(bubble, selectors.messaging.groupMarker)) return null;
    if (links.some((link) => ORGANISATION_PATH.test(link.getAttribute('href') ?? ''))) return null;
    return { profilePath: null, name };
  }
  const [profilePath] = paths;
  if (paths.size !== 1 || !profilePath) return null;
  return listsSeveralPeople(name) ? null : { profilePath, name };
}

/**
 * The messaging page's open thread. Its header can still be the previous conversation's while
 * LinkedIn loads the next one, so it only counts when it names the row marked open.
 */
function threadPartner(doc: Document): Partner | null {
  const link = queryFirst(doc, selectors.messaging.threadHeaderLink);
  const profilePath = link ? profilePathOf(link.getAttribute('href') ?? '') : null;
  // A header link that is not a profile's (a company page?): not a person we can name.
  if (link && !profilePath) return null;
  const name = squash(queryFirst(doc, selectors.messaging.threadHeaderName)?.textContent ?? link?.textContent);
  if (!name || listsSeveralPeople(name)) return null;
  // Named only: the title alone must not look like a group's.
  if (!profilePath && mayNameSeveralPeople(name)) return null;
  const row = queryFirst(doc, selectors.messaging.activeRow);
  if (row) {
    if (queryFirst(row, selectors.messaging.groupMarker)) return null;
    const rowName = squash(queryFirst(doc, selectors.messaging.activeRowName)?.textContent);
    if (!rowName || listsSeveralPeople(rowName) || foldName(rowName) !== foldName(name)) return null;
  }
  return { profilePath, name };
}

/**
 * Whether the messaging page's open thread shows a header we can read at all (a profile link or
 * a title). A group or a header that disagrees with the open row still counts: those answer
 * "no one" on purpose. No header at all, with a reply box on screen, is markup we do not know.
 */
export function threadHeaderRecognised(doc: Document): boolean {
  return (
    queryFirst(doc, selectors.messaging.threadHeaderLink) !== null ||
    squash(queryFirst(doc, selectors.messaging.threadHeaderName)?.textContent) !== ''
  );
}

const onMessagingPage = (href: string) => {
  try {
    return /^\/messaging(\/|$)/.test(new URL(href).pathname);
  } catch {
    return false;
  }
};

/**
 * Who the composer's conversation is with, or null when that is not one certain person:
 * a group, a header that disagrees with the open row, a page whose thread we do not know.
 */
export function conversationPartner(composerRoot: Element, doc: Document, href: string): Partner | null {
  const sales = salesConversationOf(composerRoot);
  if (sales) return salesPartner(sales, doc, href);
  const bubble = bubbleOf(composerRoot);
  if (bubble) return bubblePartner(bubble);
  // Outside a bubble, only the messaging page has a thread header that belongs to the composer.
  return onMessagingPage(href) ? threadPartner(doc) : null;
}

/**
 * The message list of the same thread or bubble as the composer. A bubble's own list only: its
 * neighbours are other conversations.
 */
export function threadOf(composerRoot: Element): ParentNode | null {
  const sales = salesConversationOf(composerRoot);
  if (sales) return sales;
  const bubble = bubbleOf(composerRoot);
  if (bubble) return queryFirst(bubble, selectors.messaging.messageList);
  for (let node = composerRoot.parentElement; node; node = node.parentElement) {
    const list = queryFirst(node, selectors.messaging.messageList);
    if (list) return list;
  }
  return null;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

/** URLs typed as text, node by node: a <br> or an element boundary ends a URL even without a space. */
function textUrls(root: Element): string[] {
  const urls: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(URL_IN_TEXT)) urls.push(match[0].replace(/[.,;:!?]+$/, ''));
  }
  return urls;
}

/** http(s) links in the user's own messages (not the other person's), in page order, once each. */
export function ownMessageLinks(thread: ParentNode): string[] {
  const links: string[] = [];
  const senderLink = selectors.messaging.senderLink.join(',');
  const own = isSalesConversation(thread)
    ? salesOwnMessageTexts(thread)
    : thread.querySelectorAll(selectors.messaging.ownMessage.join(','));
  for (const message of own) {
    for (const anchor of queryAll(message, selectors.link)) {
      const href = anchor.getAttribute('href') ?? '';
      // The sender's own profile link heads each group: it is who wrote, not what was shared.
      if (anchor.matches(senderLink) || !/^https?:\/\//i.test(href)) continue;
      links.push(href);
    }
    const body = queryFirst(message, isSalesConversation(thread) ? selectors.sales.messageBody : selectors.messaging.messageBody);
    if (body) links.push(...textUrls(body));
  }
  return [...new Set(links)];
}

/** Every message of the thread in order, with its direction. Markers, loaders and typing indicators are skipped. */
export function readThreadMessages(thread: ParentNode): ThreadMessage[] {
  if (isSalesConversation(thread)) return readSalesMessages(thread);
  const messages: ThreadMessage[] = [];
  let sender = '';
  let senderProfile: string | null = null;
  let time = '';
  for (const message of thread.querySelectorAll(selectors.messaging.message.join(','))) {
    // Name and time appear on the first message of a group only: carry them forward.
    const name = squash(queryFirst(message, selectors.messaging.senderName)?.textContent);
    if (name) {
      sender = name;
      senderProfile = profilePathOf(queryFirst(message, selectors.messaging.senderProfileLink)?.getAttribute('href') ?? '');
    }
    time = squash(queryFirst(message, selectors.messaging.messageTime)?.textContent) || time;
    const fromThem = message.classList.contains(selectors.messaging.otherMessageClass);
    const position = messages.length;
    const urn = message.getAttribute(selectors.messaging.messageIdAttribute);
    const text = squash(queryFirst(message, selectors.messaging.messageBody)?.textContent);
    messages.push({
      externalId: urn || `hash:${shortHash(`${sender}|${time}|${position}|${fromThem}`)}`,
      fromThem,
      senderName: sender,
      senderProfile,
      time,
      position,
      text,
    });
  }
  return messages;
}

/**
 * The other person's answers to us: their first message after each run of ours in the visible
 * thread. Their later messages in a row answer nothing new, and messages before we wrote are
 * not replies to us. The background bounds what it records whatever it is sent; this only
 * keeps the content script from sending more than a reply signal needs.
 */
export function repliesInThread(messages: readonly ThreadMessage[]): ThreadMessage[] {
  const replies: ThreadMessage[] = [];
  let awaiting = false;
  for (const message of messages) {
    if (!message.fromThem) awaiting = true;
    else if (awaiting) {
      replies.push(message);
      awaiting = false;
    }
  }
  return replies;
}

export interface OpenConversation {
  /** The reply box of the conversation. */
  root: Element;
  partner: Partner;
  thread: ParentNode;
  /** An overlay chat bubble rather than the messaging page's open thread. */
  inBubble: boolean;
}

/**
 * Conversations on screen whose person is certain (see conversationPartner) and whose messages
 * are shown, from the page's reply boxes (a scan's snapshot hands those it found).
 */
export function openConversations(doc: Document, replyBoxes: readonly { root: Element }[]): OpenConversation[] {
  const open: OpenConversation[] = [];
  for (const { root } of replyBoxes) {
    const partner = conversationPartner(root, doc, doc.location.href);
    const thread = threadOf(root);
    if (partner && thread) open.push({ root, partner, thread, inBubble: root.closest(selectors.messaging.bubble.join(',')) !== null });
  }
  return open;
}

/**
 * Remembers, per thread, who it was with and how many messages it showed, so that readers of
 * conversations (replies, sent confirmations) read again only threads that changed.
 */
export function threadChanges() {
  const seen = new WeakMap<ParentNode, string>();
  const message = [...selectors.messaging.message, SALES_MESSAGE].join(',');
  return {
    /** Those of `conversations` whose person or message count changed since they were last given. */
    changed(conversations: readonly OpenConversation[]): OpenConversation[] {
      return conversations.filter(({ partner, thread }) => {
        const state = `${partnerKey(partner)} ${thread.querySelectorAll(message).length}`;
        if (seen.get(thread) === state) return false;
        seen.set(thread, state);
        return true;
      });
    },
    /** Reads `thread` again next time: what was read could not be recorded. */
    forget(thread: ParentNode): void {
      seen.delete(thread);
    },
  };
}
