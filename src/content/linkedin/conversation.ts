// Who a conversation is with, and which links the user's own messages in it carry.
// LinkedIn keeps the previous conversation mounted while it loads the next: when the thread
// header and the conversation marked open disagree, nothing is answered.
import { queryFirst } from './dom';
import { findComposers } from './messaging';
import { normalizeProfilePath } from './profiles';
import { selectors } from './selectors';

export interface Partner {
  profilePath: string;
  name: string;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const fold = (text: string) => clean(text).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

export function conversationPartner(composerRoot: Element, doc: Document, _href: string): Partner | null {
  const bubble = composerRoot.closest(selectors.messaging.bubble.join(','));
  if (bubble) {
    const link = queryFirst(bubble, selectors.messaging.bubbleHeaderLink);
    const profilePath = normalizeProfilePath(link?.getAttribute('href') ?? '');
    const name = clean(queryFirst(bubble, selectors.messaging.bubbleHeaderName)?.textContent);
    return profilePath ? { profilePath, name } : null;
  }
  const link = queryFirst(doc, selectors.messaging.threadHeaderLink);
  const profilePath = normalizeProfilePath(link?.getAttribute('href') ?? '');
  if (!profilePath) return null;
  const name = clean(queryFirst(doc, selectors.messaging.threadHeaderName)?.textContent ?? link?.textContent);
  const active = queryFirst(doc, selectors.messaging.activeRowName);
  if (active) {
    const activeName = clean(active.textContent);
    // A group ("Ivo Placeholder, Lea Sample") is not one prospect.
    if (/,|\s&\s|\set\s|\sand\s/.test(activeName)) return null;
    if (fold(activeName) !== fold(name)) return null;
  }
  return { profilePath, name };
}

/** The message list of the same thread or bubble as the composer. */
export function threadOf(composerRoot: Element): ParentNode | null {
  const scope = composerRoot.closest(selectors.messaging.bubble.join(',')) ?? composerRoot.parentElement;
  for (let node: Element | null = scope; node; node = node.parentElement) {
    const list = queryFirst(node, selectors.messaging.messageList);
    if (list) return list;
  }
  return null;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

/** http(s) links in the user's own messages (not the other person's), in page order. */
export function ownMessageLinks(thread: ParentNode): string[] {
  const links: string[] = [];
  for (const message of thread.querySelectorAll(selectors.messaging.message.join(','))) {
    if (message.classList.contains(selectors.messaging.otherMessageClass)) continue;
    for (const anchor of message.querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href') ?? '';
      if (/^https?:\/\//.test(href) && !/^https?:\/\/(www\.)?linkedin\.com\/in\//.test(href)) links.push(href);
    }
    const body = queryFirst(message, selectors.messaging.messageBody);
    for (const match of clean(body?.textContent).matchAll(URL_IN_TEXT)) links.push(match[0].replace(/[.,;:!?]+$/, ''));
  }
  return [...new Set(links)];
}

export interface ThreadMessage {
  /** LinkedIn's message URN, or a stable hash of sender, time and position when it shows none. */
  externalId: string;
  /** True for the other person's messages (the reply signal). */
  fromThem: boolean;
  /** The group's sender name, carried forward from the first message of a group. */
  senderName: string;
  /** The sender's profile path when the message links it ("/in/slug"), carried forward too. */
  senderProfile: string | null;
  /** The time as LinkedIn shows it ("11:40 AM"), for the fallback id and display. */
  time: string;
  /** Order in the visible thread, 0 first. */
  position: number;
  /** What the message says, as shown: sent to the background only if the user chose to keep reply text. */
  text: string;
}

/** A short stable hash (FNV-1a), for messages without an identifier. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Every message of the thread in order, with its direction. Markers, loaders and typing indicators are skipped. */
export function readThreadMessages(thread: ParentNode): ThreadMessage[] {
  const messages: ThreadMessage[] = [];
  let sender = '';
  let senderProfile: string | null = null;
  let time = '';
  for (const message of thread.querySelectorAll(selectors.messaging.message.join(','))) {
    // Name and time appear on the first message of a group only: carry them forward.
    const name = clean(message.querySelector('.msg-s-message-group__name')?.textContent);
    if (name) {
      sender = name;
      senderProfile = normalizeProfilePath(message.querySelector('a.msg-s-event-listitem__link[href*="/in/"]')?.getAttribute('href') ?? '');
    }
    time = clean(message.querySelector('time.msg-s-message-group__timestamp')?.textContent) || time;
    const fromThem = message.classList.contains(selectors.messaging.otherMessageClass);
    const position = messages.length;
    const urn = message.getAttribute('data-event-urn');
    const text = clean(queryFirst(message, selectors.messaging.messageBody)?.textContent);
    messages.push({ externalId: urn || `hash:${hash(`${sender}|${time}|${position}|${fromThem}`)}`, fromThem, senderName: sender, senderProfile, time, position, text });
  }
  return messages;
}

/**
 * The other person's messages that answer one of ours: those after our first message in the
 * visible thread. Messages before we wrote are not replies to us.
 */
export function repliesInThread(messages: readonly ThreadMessage[]): ThreadMessage[] {
  const firstOurs = messages.findIndex((message) => !message.fromThem);
  return firstOurs === -1 ? [] : messages.slice(firstOurs + 1).filter((message) => message.fromThem);
}

export interface OpenConversation {
  /** The reply box of the conversation. */
  root: Element;
  partner: Partner;
  thread: ParentNode;
  /** An overlay chat bubble rather than the messaging page's open thread. */
  inBubble: boolean;
}

/** Conversations on screen whose person is certain (see conversationPartner) and whose messages are shown. */
export function openConversations(doc: Document): OpenConversation[] {
  const open: OpenConversation[] = [];
  for (const { root } of findComposers(doc)) {
    const partner = conversationPartner(root, doc, doc.location.href);
    const thread = threadOf(root);
    if (partner && thread) open.push({ root, partner, thread, inBubble: root.closest(selectors.messaging.bubble.join(',')) !== null });
  }
  return open;
}
