// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { companyFromHeadline, normalizeProfilePath, profileActionsSlot, readProfilePage } from '../../src/content/linkedin/profiles';
import { loadLinkedInFixture } from './helpers/fixture';

const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';
const load = () => loadLinkedInFixture('profile.html', PROFILE);
const card = (doc: Document) => doc.querySelector('[componentkey$="Topcard"]')!;

describe('normalizeProfilePath', () => {
  it.each([
    ['https://www.linkedin.com/in/Jane-Doe-123/', '/in/jane-doe-123'],
    ['https://www.linkedin.com/in/jane-doe', '/in/jane-doe'],
    ['http://linkedin.com/in/jane-doe/', '/in/jane-doe'],
    ['https://fr.linkedin.com/in/jane-doe/', '/in/jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/?locale=fr_FR', '/in/jane-doe'],
    ['/in/jane-doe/?locale=fr_FR', '/in/jane-doe'],
    ['/in/jane-doe/fr', '/in/jane-doe'],
    ['/in/jane-doe/overlay/contact-info/', '/in/jane-doe'],
    ['https://www.linkedin.com/in/jane-doe#experience', '/in/jane-doe'],
    ['//www.linkedin.com/in/jane-doe/', '/in/jane-doe'],
    ['/in/h%C3%A9l%C3%A8ne-dupont', '/in/hélène-dupont'],
    ['/in/H%C3%89L%C3%88NE-Dupont/', '/in/hélène-dupont'],
    ['https://www.linkedin.com/in/ACoAAExampleMember123', '/in/ACoAAExampleMember123'],
    ['https://www.linkedin.com/company/example/', null],
    ['/company/x', null],
    ['/in/', null],
    ['https://www.linkedin.com/in', null],
    ['/feed/', null],
    ['https://evil.example/in/jane-doe', null],
    ['https://linkedin.com.evil.example/in/jane-doe', null],
    ['https://notlinkedin.com/in/jane-doe', null],
    ['ftp://www.linkedin.com/in/jane-doe', null],
    ['javascript:alert(1)', null],
    ['/in/jane%2Fdoe', null],
    ['/in/%20', null],
    ['/in/%E0%A4%A', null],
    ['', null],
  ])('%s -> %s', (href, expected) => {
    expect(normalizeProfilePath(href)).toBe(expected);
  });
});

describe('companyFromHeadline', () => {
  it.each([
    ['Head of Operations at Example Industries', 'Example Industries'],
    ['Directrice commerciale chez Exemple SA | Lyon', 'Exemple SA'],
    ['Founder @ Sample Labs · Hiring', 'Sample Labs'],
    ['VP Sales AT Placeholder Corp', 'Placeholder Corp'],
    ['Independent consultant', ''],
    ['Looking at new opportunities', ''],
    ['Looking at roles at Example Industries', 'Example Industries'],
    ['Buyer at eBay', 'eBay'],
    ['', ''],
  ])('%s -> %s', (headline, company) => {
    expect(companyFromHeadline(headline)).toBe(company);
  });
});

describe('readProfilePage', () => {
  it('reads name, headline past the pronouns, company and member id from the top card', () => {
    expect(readProfilePage(load(), PROFILE)).toEqual({
      profilePath: '/in/ada-sample-42',
      name: 'Ada Sample',
      headline: 'Head of Operations at Example Industries',
      company: 'Example Industries',
      memberId: 'ACoAAExampleMember123',
    });
  });

  it('takes the profile path from the URL, however it is spelled', () => {
    expect(readProfilePage(load(), 'https://fr.linkedin.com/in/Ada-Sample-42/details/experience/?locale=fr_FR')?.profilePath).toBe('/in/ada-sample-42');
  });

  it('answers nothing on a page that is not a profile', () => {
    expect(readProfilePage(load(), 'https://www.linkedin.com/feed/')).toBeNull();
  });

  it('takes the first paragraph when the member shows no pronouns', () => {
    const doc = load();
    card(doc).querySelector('p')!.remove();
    expect(readProfilePage(doc, PROFILE)?.headline).toBe('Head of Operations at Example Industries');
  });

  it('takes a headline that shares the name row', () => {
    const doc = load();
    card(doc).querySelector('p')!.textContent = 'Head of Growth at Sample Labs';
    expect(readProfilePage(doc, PROFILE)).toMatchObject({ headline: 'Head of Growth at Sample Labs', company: 'Sample Labs' });
  });

  it('keeps a headline that looks like pronouns when nothing else sits beside the name', () => {
    const doc = load();
    const [pronouns, headline] = card(doc).querySelectorAll('p');
    pronouns!.remove();
    headline!.textContent = 'CEO/Founder';
    expect(readProfilePage(doc, PROFILE)).toMatchObject({ headline: 'CEO/Founder', company: '' });
  });

  it('falls back to the page title for the name, without a notification count', () => {
    const doc = load();
    card(doc).remove();
    doc.title = '(3) Ada Sample | LinkedIn';
    expect(readProfilePage(doc, PROFILE)).toEqual({ profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: '', company: '', memberId: null });
  });

  it('answers nothing when neither the top card nor the title names anyone', () => {
    const doc = load();
    card(doc).remove();
    doc.title = 'LinkedIn';
    expect(readProfilePage(doc, PROFILE)).toBeNull();
  });
});

describe('profileActionsSlot', () => {
  it('puts a button at the end of the row holding Message and More', () => {
    const doc = load();
    const slot = profileActionsSlot(doc);
    expect(slot?.before).toBeNull();
    expect(slot?.parent).toBe(doc.querySelector('button[aria-label="Message Ada Sample"]')!.parentElement);
    expect(slot?.parent.querySelector('button[aria-label="More actions"]')).not.toBeNull();
  });

  it('still finds the row by its More button when there is no Message button', () => {
    const doc = load();
    const more = doc.querySelector('button[aria-label="More actions"]')!;
    doc.querySelector('button[aria-label^="Message"]')!.remove();
    expect(profileActionsSlot(doc)?.parent).toBe(more.parentElement);
  });

  it('answers nothing without a top card or without action buttons', () => {
    const doc = load();
    card(doc).querySelectorAll('button').forEach((button) => button.remove());
    expect(profileActionsSlot(doc)).toBeNull();
    card(doc).remove();
    expect(profileActionsSlot(doc)).toBeNull();
    expect(profileActionsSlot(loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/'))).toBeNull();
  });
});
