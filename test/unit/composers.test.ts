// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAllComposers } from '../../src/content/linkedin/composers';
import { conversationPartner, ownMessageLinks, threadOf } from '../../src/content/linkedin/conversation';
import { companyFromHeadline, normalizeProfilePath, profileActionsSlot, readProfilePage } from '../../src/content/linkedin/profiles';
import { loadLinkedInFixture } from './helpers/fixture';

const kinds = (doc: Document) => findAllComposers(doc).map((composer) => composer.kind);

describe('findAllComposers', () => {
  it('finds the thread form and the overlay bubble on the messaging page', () => {
    expect(kinds(loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/'))).toEqual(['message', 'message']);
  });

  it('finds the new post dialog and both comment boxes, once each', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', 'https://www.linkedin.com/feed/');
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['post', 'comment', 'comment']);
    expect(composers[0]!.editor.getAttribute('componentkey')).toBe('ShareBox_textEditor');
    expect(composers[0]!.slot.parent.getAttribute('data-testid')).toBe('share-box-toolbar');
    expect(new Set(composers.map((c) => c.root)).size).toBe(3);
  });

  it('finds the classic post modal inside the interop shadow root', () => {
    const doc = loadLinkedInFixture('feed-classic-composer.html', 'https://www.linkedin.com/feed/');
    const [post] = findAllComposers(doc);
    expect(post?.kind).toBe('post');
    expect(post?.editor.classList.contains('ql-editor')).toBe(true);
    expect(post?.root.getRootNode()).not.toBe(doc);
  });

  it('finds nothing on pages without a composer', () => {
    expect(findAllComposers(loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/'))).toEqual([]);
    expect(findAllComposers(loadLinkedInFixture('other.html', 'https://www.linkedin.com/jobs/'))).toEqual([]);
  });
});

describe('profiles', () => {
  it.each([
    ['https://www.linkedin.com/in/Ada-Sample-42/', '/in/ada-sample-42'],
    ['https://fr.linkedin.com/in/ada-sample-42/?locale=fr_FR', '/in/ada-sample-42'],
    ['/in/ada-sample-42/fr', '/in/ada-sample-42'],
    ['/in/h%C3%A9l%C3%A8ne-dupont', '/in/hélène-dupont'],
    ['https://www.linkedin.com/in/ada#about', '/in/ada'],
    ['https://www.linkedin.com/in/ACoAAExampleMember123', '/in/ACoAAExampleMember123'],
    ['https://www.linkedin.com/company/example/', null],
    ['https://www.linkedin.com/in/', null],
    ['https://evil.example/in/ada', null],
  ])('normalizes %s', (href, expected) => {
    expect(normalizeProfilePath(href)).toBe(expected);
  });

  it('reads the top card and finds the actions row', () => {
    const doc = loadLinkedInFixture('profile.html', 'https://www.linkedin.com/in/ada-sample-42/');
    expect(readProfilePage(doc, 'https://www.linkedin.com/in/ada-sample-42/')).toEqual({
      profilePath: '/in/ada-sample-42',
      name: 'Ada Sample',
      headline: 'Head of Operations at Example Industries',
      company: 'Example Industries',
      memberId: 'ACoAAExampleMember123',
    });
    expect(profileActionsSlot(doc)?.parent.querySelector('button[aria-label="More actions"]')).not.toBeNull();
    expect(companyFromHeadline('Directrice commerciale chez Exemple SA | Lyon')).toBe('Exemple SA');
  });
});

describe('conversation', () => {
  it('names the partner of the thread and of an overlay bubble', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const [thread, bubble] = findAllComposers(doc);
    expect(conversationPartner(thread!.root, doc, doc.location.href)).toEqual({ profilePath: '/in/ada-sample-42', name: 'Ada Sample' });
    expect(conversationPartner(bubble!.root, doc, doc.location.href)).toEqual({ profilePath: '/in/bruno-exemple', name: 'Bruno Exemple' });
  });

  it('answers nothing while LinkedIn still shows the previous thread, or for a group', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-bruno/');
    const rows = doc.querySelectorAll('.msg-conversations-container__convo-item-link');
    rows[0]!.classList.remove('msg-conversations-container__convo-item-link--active');
    rows[1]!.classList.add('msg-conversations-container__convo-item-link--active');
    const form = doc.querySelector('form.msg-form')!;
    expect(conversationPartner(form, doc, doc.location.href)).toBeNull();
    rows[1]!.querySelector('h3')!.textContent = 'Ada Sample, Lea Sample';
    expect(conversationPartner(form, doc, doc.location.href)).toBeNull();
  });

  it('reads links from the user own messages only', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const thread = threadOf(doc.querySelector('form.msg-form')!)!;
    expect(ownMessageLinks(thread)).toEqual(['https://example.com/nurture-starter/case-study-onboarding?utm_source=linkedin']);
  });
});

describe('thread messages', () => {
  it('reads direction, sender and ids, and finds replies after our first message', async () => {
    const { readThreadMessages, repliesInThread } = await import('../../src/content/linkedin/conversation');
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const messages = readThreadMessages(threadOf(doc.querySelector('form.msg-form')!)!);
    expect(messages.map((m) => [m.fromThem, m.senderName, m.senderProfile, m.time])).toEqual([
      [false, 'You', null, '10:02 AM'],
      [true, 'Ada Sample', '/in/ada-sample-42', '11:40 AM'],
    ]);
    expect(messages[1]!.externalId).toBe('urn:li:msg_message:(urn:li:fsd_profile:ADA,2-AAA112)');
    expect(repliesInThread(messages).map((m) => m.position)).toEqual([1]);
    expect(repliesInThread([{ ...messages[1]!, position: 0 }])).toEqual([]);
  });

  it('gives a stable id to a message without one', async () => {
    const { readThreadMessages } = await import('../../src/content/linkedin/conversation');
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    doc.querySelectorAll('[data-event-urn]').forEach((el) => el.removeAttribute('data-event-urn'));
    const thread = threadOf(doc.querySelector('form.msg-form')!)!;
    const once = readThreadMessages(thread).map((m) => m.externalId);
    expect(once.every((id) => id.startsWith('hash:'))).toBe(true);
    expect(readThreadMessages(thread).map((m) => m.externalId)).toEqual(once);
    expect(new Set(once).size).toBe(2);
  });
});
