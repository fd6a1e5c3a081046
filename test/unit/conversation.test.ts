// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  conversationPartner,
  ownMessageLinks,
  partnerKey,
  partnerRef,
  readThreadMessages,
  repliesInThread,
  threadChanges,
  threadOf,
} from '../../src/content/linkedin/conversation';
import { readPage } from '../../src/content/linkedin/snapshot';
import { loadLinkedInFixture } from './helpers/fixture';

const ADA_THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const BRUNO_THREAD = 'https://www.linkedin.com/messaging/thread/2-bruno/';
const ADA = { profilePath: '/in/ada-sample-42', name: 'Ada Sample' };

const shadowOf = (doc: Document) => doc.querySelector('#interop-outlet')!.shadowRoot!;
const pageForm = (doc: Document) => doc.querySelector('form.msg-form')!;
const bubbleComposer = (doc: Document) => shadowOf(doc).querySelector('.msg-form')!;

/** Marks the conversation row whose names are `names` as the open one, as LinkedIn does. */
function activate(doc: Document, names: string) {
  const rows = [...doc.querySelectorAll('.msg-conversations-container__convo-item-link')];
  for (const row of rows)
    row.classList.toggle('msg-conversations-container__convo-item-link--active', row.querySelector('h3')!.textContent!.trim() === names);
  expect(doc.querySelectorAll('.msg-conversations-container__convo-item-link--active')).toHaveLength(1);
}

function setHeader(doc: Document, name: string) {
  doc.querySelector('.msg-entity-lockup__entity-title')!.textContent = name;
}

describe('conversationPartner on the messaging page', () => {
  it('names the person of the open thread when its header and the open row agree', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    expect(conversationPartner(pageForm(doc), doc, ADA_THREAD)).toEqual(ADA);
  });

  it('answers nothing while the header still shows the previous conversation', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    expect(conversationPartner(pageForm(doc), doc, BRUNO_THREAD)).toBeNull();
  });

  it('answers once the open row catches up with the header (accents and case aside)', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', ADA_THREAD);
    activate(doc, 'Ada Sample');
    expect(conversationPartner(pageForm(doc), doc, ADA_THREAD)).toEqual(ADA);
    doc.querySelector('.msg-conversations-container__convo-item-link--active h3 span')!.textContent = '  ADA   Sámple ';
    expect(conversationPartner(pageForm(doc), doc, ADA_THREAD)).toEqual(ADA);
  });

  it('trusts the header when no row is marked open', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', ADA_THREAD);
    doc
      .querySelector('.msg-conversations-container__convo-item-link--active')!
      .classList.remove('msg-conversations-container__convo-item-link--active');
    expect(conversationPartner(pageForm(doc), doc, ADA_THREAD)).toEqual(ADA);
  });

  it('answers nothing for a group conversation, even when header and row agree', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    activate(doc, 'Ines Modele, Tom Exemplar');
    setHeader(doc, 'Ines Modele, Tom Exemplar');
    expect(conversationPartner(pageForm(doc), doc, BRUNO_THREAD)).toBeNull();
    // Without its face pile, the list of names still tells a group.
    doc.querySelector('.msg-facepile-grid')!.remove();
    expect(conversationPartner(pageForm(doc), doc, BRUNO_THREAD)).toBeNull();
  });

  it('answers nothing for a group whose row shows first names only, by its face pile', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    activate(doc, 'Ines Modele, Tom Exemplar');
    doc.querySelector('.msg-conversations-container__convo-item-link--active h3 span')!.textContent = 'Ines, Tom';
    setHeader(doc, 'Ines, Tom');
    expect(conversationPartner(pageForm(doc), doc, BRUNO_THREAD)).toBeNull();
  });

  it('answers for one person whose name carries a credential after a comma', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', ADA_THREAD);
    activate(doc, 'Ada Sample');
    doc.querySelector('.msg-conversations-container__convo-item-link--active h3 span')!.textContent = 'Ada Sample, PhD';
    setHeader(doc, 'Ada Sample, PhD');
    expect(conversationPartner(pageForm(doc), doc, ADA_THREAD)).toEqual({ profilePath: '/in/ada-sample-42', name: 'Ada Sample, PhD' });
  });

  it('answers nothing without a profile link in the header, or off the messaging page', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    expect(conversationPartner(pageForm(doc), doc, 'https://www.linkedin.com/feed/')).toBeNull();
    doc.querySelector('a.msg-thread__link-to-profile')!.setAttribute('href', 'https://www.linkedin.com/company/example/');
    expect(conversationPartner(pageForm(doc), doc, ADA_THREAD)).toBeNull();
  });
});

describe('conversationPartner in an overlay bubble', () => {
  it('names the person linked from the bubble header, whatever the page', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    const expected = { profilePath: '/in/bruno-exemple', name: 'Bruno Exemple' };
    expect(conversationPartner(bubbleComposer(doc), doc, ADA_THREAD)).toEqual(expected);
    expect(conversationPartner(bubbleComposer(doc), doc, 'https://www.linkedin.com/feed/')).toEqual(expected);
  });

  it('answers nothing for a group bubble whose header links several people', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    expect(conversationPartner(bubbleComposer(doc), doc, BRUNO_THREAD)).toBeNull();
  });

  it('answers nothing for a named group bubble, by the several people its header links', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    shadowOf(doc)
      .querySelector('.msg-overlay-bubble-header__title')!
      .replaceChildren(...shadowOf(doc).querySelectorAll('.msg-overlay-bubble-header a'));
    shadowOf(doc)
      .querySelectorAll('.msg-overlay-bubble-header a')
      .forEach((a) => (a.textContent = 'Pilot project '));
    expect(conversationPartner(bubbleComposer(doc), doc, BRUNO_THREAD)).toBeNull();
  });

  it('names by its title alone a bubble whose header links nobody', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    shadowOf(doc).querySelector('.msg-overlay-bubble-header a')!.removeAttribute('href');
    expect(conversationPartner(bubbleComposer(doc), doc, ADA_THREAD)).toEqual({ profilePath: null, name: 'Bruno Exemple' });
    // The title straight in the header, no link at all.
    const header = shadowOf(doc).querySelector('.msg-overlay-bubble-header')!;
    header.replaceChildren(header.querySelector('h2')!);
    expect(conversationPartner(bubbleComposer(doc), doc, 'https://www.linkedin.com/feed/')).toEqual({
      profilePath: null,
      name: 'Bruno Exemple',
    });
  });

  it('names nobody in a bubble without a profile link whose title may be a group or an organisation', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    const link = shadowOf(doc).querySelector('.msg-overlay-bubble-header a')!;
    const title = shadowOf(doc).querySelector('.msg-overlay-bubble-header__title')!;
    link.removeAttribute('href');
    for (const groupTitle of ['Ines, Tom', 'Ines and 3 others', 'Ines & Tom', 'Bruno Exemple, PhD', '']) {
      title.textContent = groupTitle;
      expect(conversationPartner(bubbleComposer(doc), doc, ADA_THREAD), groupTitle).toBeNull();
    }
    title.textContent = 'Example Industries';
    link.setAttribute('href', 'https://www.linkedin.com/company/example-industries/');
    expect(conversationPartner(bubbleComposer(doc), doc, ADA_THREAD)).toBeNull();
    // A face pile in the bubble tells a group too.
    link.removeAttribute('href');
    title.textContent = 'Bruno Exemple';
    const pile = doc.createElement('div');
    pile.className = 'msg-facepile-grid';
    shadowOf(doc).querySelector('.msg-overlay-bubble-header')!.append(pile);
    expect(conversationPartner(bubbleComposer(doc), doc, ADA_THREAD)).toBeNull();
  });
});

const LUCIA_THREAD = 'https://www.linkedin.com/messaging/thread/name-only/';
const LUCIA = { profilePath: null, name: 'Lucía Ejemplo' };

describe('a conversation that names the person without linking them', () => {
  it('gives the person by name when the header and the open row agree', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    expect(doc.querySelector('.msg-title-bar a')).toBeNull();
    expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD)).toEqual(LUCIA);
    // Accents, case and spaces aside.
    doc.querySelector('.msg-conversations-container__convo-item-link--active h3 span')!.textContent = ' LUCIA  ejemplo ';
    expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD)).toEqual(LUCIA);
  });

  it('answers nothing while the header still names the previous conversation', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    activate(doc, 'Bruno Exemple');
    expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD)).toBeNull();
  });

  it('trusts the header when no row is marked open, and names nobody off the messaging page', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    doc
      .querySelector('.msg-conversations-container__convo-item-link--active')!
      .classList.remove('msg-conversations-container__convo-item-link--active');
    expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD)).toEqual(LUCIA);
    expect(conversationPartner(pageForm(doc), doc, 'https://www.linkedin.com/feed/')).toBeNull();
  });

  it('answers nothing for a group: face pile on the open row, or a title that lists people', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    const pile = doc.createElement('div');
    pile.className = 'msg-facepile-grid';
    doc.querySelector('.msg-conversations-container__convo-item-link--active')!.append(pile);
    expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD)).toBeNull();
    pile.remove();
    for (const title of ['Lucía, Tom', 'Lucía Ejemplo, Tom Exemplar', 'Lucía and 2 others']) {
      setHeader(doc, title);
      doc.querySelector('.msg-conversations-container__convo-item-link--active h3 span')!.textContent = title;
      expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD), title).toBeNull();
    }
  });

  it('answers nothing for an empty header', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    setHeader(doc, '  ');
    expect(conversationPartner(pageForm(doc), doc, LUCIA_THREAD)).toBeNull();
  });

  it('reads the messages with their senders named in spans, and the reply after ours', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    const messages = readThreadMessages(threadOf(pageForm(doc))!);
    expect(messages.map(({ senderName, senderProfile, fromThem }) => ({ senderName, senderProfile, fromThem }))).toEqual([
      { senderName: 'You', senderProfile: null, fromThem: false },
      { senderName: 'Lucía Ejemplo', senderProfile: null, fromThem: true },
    ]);
    expect(repliesInThread(messages).map((message) => message.externalId)).toEqual([
      'urn:li:msg_message:(urn:li:fsd_profile:LUCIA,2-LUC002)',
    ]);
  });

  it('is an open conversation, remembered apart from other people of other names', () => {
    const doc = loadLinkedInFixture('messaging-name-only.html', LUCIA_THREAD);
    const open = readPage(doc).conversations;
    expect(open.map((conversation) => conversation.partner)).toEqual([LUCIA]);
    expect(partnerKey(LUCIA)).toBe(partnerKey({ profilePath: null, name: 'LUCIA  Ejemplo' }));
    expect(partnerKey(LUCIA)).not.toBe(partnerKey({ profilePath: '/in/lucia', name: 'Lucía Ejemplo' }));
    const changes = threadChanges();
    expect(changes.changed(open)).toHaveLength(1);
    expect(changes.changed(readPage(doc).conversations)).toHaveLength(0);
    setHeader(doc, 'Bruno Exemple');
    activate(doc, 'Bruno Exemple');
    expect(changes.changed(readPage(doc).conversations)).toHaveLength(1);
  });

  it('tells the background the profile when there is one, else the name', () => {
    expect(partnerRef(null)).toEqual({ prospectId: null });
    expect(partnerRef(ADA)).toEqual({ prospectId: '/in/ada-sample-42' });
    expect(partnerRef(LUCIA)).toEqual({ prospectId: null, personName: 'Lucía Ejemplo' });
    expect(partnerRef({ profilePath: null, name: 'x'.repeat(300) }).personName).toHaveLength(120);
  });
});

describe('threadOf', () => {
  it('finds the message list of the page thread and of the bubble, each its own', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    const pageThread = threadOf(pageForm(doc));
    const bubbleThread = threadOf(bubbleComposer(doc));
    expect(pageThread).toBe(doc.querySelector('.msg-s-message-list-content'));
    expect(bubbleThread).toBe(shadowOf(doc).querySelector('.msg-s-message-list-content'));
  });

  it('answers nothing for a bubble showing no messages, rather than a neighbour list', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    const shadow = shadowOf(doc);
    // A second bubble, with messages, beside one that shows none yet.
    const other = shadow.querySelector('.msg-overlay-conversation-bubble')!.cloneNode(true) as Element;
    shadow.querySelector('.msg-overlay-container')!.append(other);
    shadow.querySelector('.msg-overlay-conversation-bubble .msg-s-message-list')!.remove();
    expect(threadOf(bubbleComposer(doc))).toBeNull();
    expect(threadOf(other.querySelector('.msg-form')!)).toBe(other.querySelector('.msg-s-message-list-content'));
  });
});

describe('ownMessageLinks', () => {
  it('collects links and typed URLs from the user own messages only, once each, in order', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    expect(ownMessageLinks(threadOf(pageForm(doc))!)).toEqual([
      'https://example.com/nurture/buyer-checklist',
      'https://example.com/nurture/pricing-notes',
      'https://example.com/nurture/case-study?utm_source=linkedin',
    ]);
  });

  it('reads the bubble thread on its own', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    expect(ownMessageLinks(threadOf(bubbleComposer(doc))!)).toEqual(['https://example.com/nurture/pilot-plan']);
  });

  it('reads a typed URL from the messaging thread fixture and nothing from the other person', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    expect(ownMessageLinks(threadOf(pageForm(doc))!)).toEqual([
      'https://example.com/nurture-starter/case-study-onboarding?utm_source=linkedin',
    ]);
  });

  it('finds nothing in a thread where the user wrote no link', () => {
    const doc = loadLinkedInFixture('messaging-stale-header.html', BRUNO_THREAD);
    const thread = threadOf(pageForm(doc))!;
    thread.querySelectorAll('.msg-s-event-listitem:not(.msg-s-event-listitem--other)').forEach((message) => message.remove());
    expect(ownMessageLinks(thread)).toEqual([]);
  });
});

describe('thread messages', () => {
  it('reads direction, sender and ids, and finds replies after our first message', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    const messages = readThreadMessages(threadOf(pageForm(doc))!);
    expect(messages.map((m) => [m.fromThem, m.senderName, m.senderProfile, m.time])).toEqual([
      [false, 'You', null, '10:02 AM'],
      [true, 'Ada Sample', '/in/ada-sample-42', '11:40 AM'],
    ]);
    expect(messages[1]!.externalId).toBe('urn:li:msg_message:(urn:li:fsd_profile:ADA,2-AAA112)');
    expect(repliesInThread(messages).map((m) => m.position)).toEqual([1]);
    expect(repliesInThread([{ ...messages[1]!, position: 0 }])).toEqual([]);
  });

  it('takes only their first message after each run of ours as a reply', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    const [ours, theirs] = readThreadMessages(threadOf(pageForm(doc))!);
    // theirs, ours, theirs ×3, ours ×2, theirs ×2: two answers, the first of each run.
    const sequence = [theirs, ours, theirs, theirs, theirs, ours, ours, theirs, theirs].map((m, position) => ({
      ...m!,
      position,
      externalId: `m${position}`,
    }));
    expect(repliesInThread(sequence).map((m) => m.externalId)).toEqual(['m2', 'm7']);
    // 10,000 messages "from" them after one of ours: one reply.
    const flood = [ours!, ...Array.from({ length: 10_000 }, () => theirs!)].map((m, position) => ({
      ...m,
      position,
      externalId: `f${position}`,
    }));
    expect(repliesInThread(flood).map((m) => m.externalId)).toEqual(['f1']);
  });

  it('gives a stable id to a message without one', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    doc.querySelectorAll('[data-event-urn]').forEach((el) => el.removeAttribute('data-event-urn'));
    const thread = threadOf(pageForm(doc))!;
    const once = readThreadMessages(thread).map((m) => m.externalId);
    expect(once.every((id) => id.startsWith('hash:'))).toBe(true);
    expect(readThreadMessages(thread).map((m) => m.externalId)).toEqual(once);
    expect(new Set(once).size).toBe(2);
  });
});

describe('threadChanges', () => {
  it('gives a thread again only when its messages or its person changed, or when told to forget it', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', ADA_THREAD);
    const changes = threadChanges();
    const open = readPage(doc).conversations;
    expect(open.length).toBeGreaterThan(0);
    expect(changes.changed(open)).toEqual(open);
    expect(changes.changed(readPage(doc).conversations)).toEqual([]);
    const [first] = open;
    const list = first!.thread.querySelector('.msg-s-event-listitem')!.parentElement!;
    list.append(list.querySelector('.msg-s-event-listitem')!.cloneNode(true));
    expect(changes.changed(readPage(doc).conversations).map((c) => c.thread)).toEqual([first!.thread]);
    changes.forget(first!.thread);
    expect(changes.changed(readPage(doc).conversations).map((c) => c.thread)).toEqual([first!.thread]);
    expect(changes.changed(readPage(doc).conversations)).toEqual([]);
  });
});
