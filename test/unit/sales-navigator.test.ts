// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAllComposers } from '../../src/content/linkedin/composers';
import {
  conversationPartner,
  ownMessageLinks,
  readThreadMessages,
  repliesInThread,
  threadOf,
} from '../../src/content/linkedin/conversation';
import { editableSelector, editableSelectorAt, editablesOf } from '../../src/content/linkedin/dom';
import { editorText, insertText, placeCaret, saveCaret } from '../../src/content/linkedin/insert';
import { detectPage } from '../../src/content/linkedin/pages';
import { readPage } from '../../src/content/linkedin/snapshot';
import { salesLeadIdOf, salesLeadIdOfPath, urlNamesProfile } from '../../src/domain/people/profile-ids';
import { loadLinkedInFixture } from './helpers/fixture';

const LEAD_ID = 'ACwAAAB1cDeFgHiJkLmNoPqRsTuVwXyZ012345';
const LEAD = `https://www.linkedin.com/sales/lead/${LEAD_ID},NAME_SEARCH,a1B2`;
const INBOX = 'https://www.linkedin.com/sales/inbox/2-Zm9vYmFy';

describe('Sales Navigator pages and ids', () => {
  it('tells lead, account and inbox pages from the URL', () => {
    expect(detectPage(LEAD)).toBe('sales-lead');
    expect(detectPage('https://www.linkedin.com/sales/company/1234567')).toBe('sales-account');
    expect(detectPage(INBOX)).toBe('sales-inbox');
    expect(detectPage('https://www.linkedin.com/sales/inbox')).toBe('sales-inbox');
    expect(detectPage('https://www.linkedin.com/sales/search/people')).toBe('other');
  });

  it('reads the lead id from a lead URL and from an fs_salesProfile URN, keeping its case', () => {
    expect(salesLeadIdOf(LEAD)).toBe(LEAD_ID);
    expect(salesLeadIdOf(`urn:li:fs_salesProfile:(${LEAD_ID},NAME_SEARCH,a1B2)`)).toBe(LEAD_ID);
    expect(salesLeadIdOf('/sales/lead/ACwAA,NAME_SEARCH')).toBeNull();
    expect(salesLeadIdOf('/in/noor-placeholder/')).toBeNull();
    expect(salesLeadIdOfPath(`/in/${LEAD_ID}`)).toBe(LEAD_ID);
    // A lead path names its URLs case-sensitively, like a member id.
    expect(urlNamesProfile(LEAD, [`/in/${LEAD_ID}`])).toBe(true);
    expect(urlNamesProfile(LEAD.toLowerCase(), [`/in/${LEAD_ID}`])).toBe(false);
  });
});

describe('a lead page', () => {
  it('reads name, headline, company, location, the lead id and the /in/ identity it links', () => {
    const page = readPage(loadLinkedInFixture('sales-lead.html', LEAD));
    expect(page.profile).toEqual({
      profilePath: '/in/noor-placeholder',
      name: 'Noor Placeholder',
      headline: 'VP Procurement at Exemplar Logistics',
      company: 'Exemplar Logistics',
      location: 'Rotterdam, South Holland, Netherlands',
      memberId: null,
      salesLeadId: LEAD_ID,
      missing: [],
    });
    expect(page.profileActions?.parent.classList.contains('profile-topcard-actions')).toBe(true);
  });

  it('without a /in/ link, the record is the lead path; without the company line, the headline gives it', () => {
    const doc = loadLinkedInFixture('sales-lead.html', LEAD);
    doc.querySelector('[data-control-name="view_linkedin"]')!.remove();
    doc.querySelector('a[data-anonymize="company-name"]')!.remove();
    const profile = readPage(doc).profile!;
    expect(profile.profilePath).toBe(`/in/${LEAD_ID}`);
    expect(profile.company).toBe('Exemplar Logistics');
  });

  it('finds the InMail composer: a textarea, a message kind marked inmail, its button before Send', () => {
    const doc = loadLinkedInFixture('sales-lead.html', LEAD);
    const [composer, ...others] = findAllComposers(doc);
    expect(others).toEqual([]);
    expect(composer!.kind).toBe('message');
    expect(composer!.inmail).toBe(true);
    expect(composer!.editor.tagName).toBe('TEXTAREA');
    expect(composer!.slot.before?.textContent).toBe('Send');
    // The popup names the lead of the page: their lead path.
    expect(conversationPartner(composer!.root, doc, LEAD)).toEqual({ profilePath: `/in/${LEAD_ID}`, name: 'Noor Placeholder' });
  });

  it('the feed does not look for textareas: only Sales Navigator pages do', () => {
    const doc = loadLinkedInFixture('sales-lead.html', 'https://www.linkedin.com/feed/');
    expect(editablesOf(doc)).toEqual([]);
  });

  it('the scan decides what an editor is from the address it read, as from the location', () => {
    for (const href of [
      'https://www.linkedin.com/feed/',
      LEAD,
      INBOX,
      'https://www.linkedin.com/sales',
      'https://www.linkedin.com/sales?x=1',
      'https://www.linkedin.com/salesforce/',
      'https://www.linkedin.com/feed/?next=/sales/inbox',
    ]) {
      const doc = loadLinkedInFixture('sales-lead.html', href);
      expect([href, editableSelectorAt(href)]).toEqual([href, editableSelector(doc)]);
    }
  });
});

describe('the inbox', () => {
  it('finds the thread composer (a message, not an InMail) and its partner by lead link', () => {
    const doc = loadLinkedInFixture('sales-inbox.html', INBOX);
    const composers = findAllComposers(doc);
    expect(composers.map((c) => [c.kind, c.inmail])).toEqual([['message', false]]);
    expect(conversationPartner(composers[0]!.root, doc, INBOX)).toEqual({ profilePath: `/in/${LEAD_ID}`, name: 'Noor Placeholder' });
    expect(readPage(doc).conversations).toHaveLength(1);
  });

  it('reads messages in order with direction, ids stable when older messages load above', () => {
    const doc = loadLinkedInFixture('sales-inbox.html', INBOX);
    const thread = threadOf(findAllComposers(doc)[0]!.root)!;
    const messages = readThreadMessages(thread);
    expect(messages.map((m) => m.fromThem)).toEqual([false, true, true]);
    expect(messages[1]!.senderProfile).toBe(`/in/${LEAD_ID}`);
    const replies = repliesInThread(messages);
    expect(replies.map((m) => m.text)).toEqual(['Thanks, this is timely. Can we talk on Thursday?']);
    const list = doc.querySelector('.thread-container ul.list-style-none')!;
    const older = doc.createElement('li');
    older.innerHTML = '<div><span>You</span><time>Feb 1</time></div><p>Hello Noor</p>';
    list.prepend(older);
    expect(
      readThreadMessages(thread)
        .slice(1)
        .map((m) => m.externalId),
    ).toEqual(messages.map((m) => m.externalId));
    expect(ownMessageLinks(thread)).toEqual(['https://example.com/blog/carrier-scorecard']);
  });

  it('a thread that links two leads is a group: no one', () => {
    const doc = loadLinkedInFixture('sales-inbox.html', INBOX);
    const header = doc.querySelector('.thread-container header')!;
    header.insertAdjacentHTML('beforeend', '<a href="/sales/lead/ACwAAZZ9yXwVuTsRqPoNmLkJiHgFeDcBa98765,NAME_SEARCH,x">Piet Voorbeeld</a>');
    expect(conversationPartner(findAllComposers(doc)[0]!.root, doc, INBOX)).toBeNull();
  });
});

describe('typing into a textarea', () => {
  it('inserts at the saved caret as typed text (an input event), never replacing a selection', () => {
    const doc = loadLinkedInFixture('sales-inbox.html', INBOX);
    const field = doc.querySelector('textarea')!;
    const inputs: string[] = [];
    field.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    field.value = 'Hi Noor, ';
    field.focus();
    field.setSelectionRange(0, 3);
    const caret = saveCaret(field);
    expect(insertText(field, 'line one\nhttps://example.com/x', caret)).toBe(true);
    expect(editorText(field)).toBe('Hi line one\nhttps://example.com/xNoor, ');
    expect(inputs).toEqual(['insertText']);
    placeCaret(field, 'start');
    expect(field.selectionStart).toBe(0);
  });

  it('without a caret, at the end', () => {
    const doc = loadLinkedInFixture('sales-inbox.html', INBOX);
    const field = doc.querySelector('textarea')!;
    field.value = 'Hello';
    expect(insertText(field, ' there', null)).toBe(true);
    expect(field.value).toBe('Hello there');
  });
});
