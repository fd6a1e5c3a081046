// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  companyFromCardLine,
  companyFromHeadline,
  namesASchool,
  profileCompany,
  type CompanyClues,
} from '../../src/content/linkedin/profile-company';
import { profileSections } from '../../src/content/linkedin/profile-sections';
import { isDegree, looksLikePronouns, profileActionsSlot, readProfilePage } from '../../src/content/linkedin/profiles';
import { profilePathOf } from '../../src/domain/people/profile-ids';
import { loadLinkedInFixture } from './helpers/fixture';

const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';
/** No sections, no repeats: what a card read alone knows. */
const NO_CLUES: CompanyClues = { experience: null, education: null, repeated: [] };
const load = () => loadLinkedInFixture('profile.html', PROFILE);
const card = (doc: Document) => doc.querySelector('[componentkey$="Topcard"]')!;

describe('profilePathOf', () => {
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
    expect(profilePathOf(href)).toBe(expected);
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

const read = (file: string, href: string) => readProfilePage(loadLinkedInFixture(file, href), href);

describe('readProfilePage: one saved page per real top-card shape', () => {
  it('measured 2026 shape: headline past pronouns and degree, the company line, location, member id', () => {
    expect(readProfilePage(load(), PROFILE)).toEqual({
      profilePath: '/in/ada-sample-42',
      name: 'Ada Sample',
      headline: 'Operations leader | Lean manufacturing | Supply chain resilience',
      company: 'Example Industries',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      memberId: 'ACoAAExampleMember123',
      missing: [],
    });
  });

  it('measured: a degree wrapped in the name row and another after it; a pronoun-like headline kept; member id from the Message link', () => {
    expect(read('profile-degree.html', 'https://www.linkedin.com/in/bruno-exemple/')).toEqual({
      profilePath: '/in/bruno-exemple',
      name: 'Bruno Exemple',
      headline: 'CFO/Founder',
      company: 'Exemple Foods',
      location: 'Madrid, Comunidad de Madrid, España',
      memberId: 'ACoAABrunoMember456',
      missing: [],
    });
  });

  it('French, 3rd degree, no company line: the company comes from the headline, the row from More', () => {
    expect(read('profile-fr.html', 'https://www.linkedin.com/in/chlo%C3%A9-mod%C3%A8le/')).toEqual({
      profilePath: '/in/chloé-modèle',
      name: 'Chloé Modèle',
      headline: 'Directrice des achats chez Société Exemple | Industrie',
      company: 'Société Exemple',
      location: 'Bordeaux, Nouvelle-Aquitaine, France',
      memberId: 'ACoAAChloeMember789',
      missing: [],
    });
  });

  it('classic front end: labelled headline, current company and location', () => {
    expect(read('profile-classic.html', 'https://www.linkedin.com/in/dan-placeholder/')).toEqual({
      profilePath: '/in/dan-placeholder',
      name: 'Dan Placeholder',
      headline: 'VP Sales, EMEA | Industrial IoT',
      company: 'Placeholder Systems',
      location: 'Munich, Bavaria, Germany',
      memberId: null,
      missing: [],
    });
  });
});

describe('readProfilePage: variations of the measured shape', () => {
  const row = (doc: Document) => doc.querySelector('.r0w1')!;

  it('takes the profile path from the URL, however it is spelled', () => {
    expect(readProfilePage(load(), 'https://fr.linkedin.com/in/Ada-Sample-42/details/experience/?locale=fr_FR')?.profilePath).toBe(
      '/in/ada-sample-42',
    );
  });

  it('answers nothing on a page that is not a profile', () => {
    expect(readProfilePage(load(), 'https://www.linkedin.com/feed/')).toBeNull();
  });

  it('never records a degree or pronouns as the headline, whichever is shown', () => {
    for (const decoration of [['· 1st'], ['He/Him', '· 3rd'], ['They/Them'], ['· 2nd', '· 2nd'], []]) {
      const doc = load();
      row(doc)
        .querySelectorAll('p')
        .forEach((p) => p.remove());
      for (const text of decoration) row(doc).insertAdjacentHTML('beforeend', `<p>${text}</p>`);
      expect(readProfilePage(doc, PROFILE)).toMatchObject({
        headline: 'Operations leader | Lean manufacturing | Supply chain resilience',
        company: 'Example Industries',
      });
    }
  });

  it('skips a degree paragraph that sits after the name row, before the headline', () => {
    const doc = load();
    row(doc).insertAdjacentHTML('afterend', '<p>· 1st</p>');
    expect(readProfilePage(doc, PROFILE)?.headline).toBe('Operations leader | Lean manufacturing | Supply chain resilience');
  });

  it('takes a headline that shares the name row', () => {
    const doc = load();
    row(doc).querySelector('p')!.textContent = 'Head of Growth at Sample Labs';
    [...doc.querySelectorAll('.b7c8d9 > p')].forEach((p) => p.remove());
    expect(readProfilePage(doc, PROFILE)).toMatchObject({ headline: 'Head of Growth at Sample Labs', company: 'Sample Labs' });
  });

  it('keeps the location out of the company when the card has no company line', () => {
    const doc = load();
    doc.querySelector('p.c0d1e2')!.remove();
    expect(readProfilePage(doc, PROFILE)).toMatchObject({ company: '', location: 'Lyon, Auvergne-Rhône-Alpes, France' });
  });

  it('falls back to the page title for the name, without a notification count, and says what is missing', () => {
    const doc = load();
    card(doc).remove();
    doc.title = '(3) Ada Sample | LinkedIn';
    expect(readProfilePage(doc, PROFILE)).toEqual({
      profilePath: '/in/ada-sample-42',
      name: 'Ada Sample',
      headline: '',
      company: '',
      location: '',
      memberId: null,
      missing: ['name', 'headline', 'actions'],
    });
  });

  it('reports a headline it cannot find instead of guessing one (not the connections line)', () => {
    const doc = load();
    [...card(doc).querySelectorAll('p')].filter((p) => !p.querySelector('a')).forEach((p) => p.remove());
    expect(readProfilePage(doc, PROFILE)).toMatchObject({ name: 'Ada Sample', headline: '', missing: ['headline'] });
  });

  it('answers nothing when neither the top card nor the title names anyone', () => {
    const doc = load();
    card(doc).remove();
    doc.title = 'LinkedIn';
    expect(readProfilePage(doc, PROFILE)).toBeNull();
  });
});

// Measured 2026-12: the line under the headline is "COMPANY · SCHOOL" (4 of 8 real profiles),
// "COMPANY" (3) or "SCHOOL" alone (1, a member with no company). Invented names throughout.
describe('companyFromCardLine', () => {
  const clues = (over: Partial<CompanyClues>): CompanyClues => ({ ...NO_CLUES, ...over });
  const sections = clues({
    experience: [
      ['Head of Operations', 'Example Industries · Full-time', 'Jan 2022 - Present · 4 yrs'],
      ['Teaching assistant', 'Université de Nullepart · Part-time', '2012 - 2014 · 2 yrs'],
    ],
    education: ['Université de Nullepart', 'Master, Génie industriel', '2010 – 2015'],
  });

  it('"Company · School" with sections: the school Education names goes, the current Experience entry names the company', () => {
    expect(companyFromCardLine('Example Industries · Université de Nullepart', sections)).toBe('Example Industries');
  });

  it('with sections, the earliest Experience entry wins over words and over order', () => {
    const research = clues({
      experience: [['Chargée de recherche', 'Institut Exemple · CDI']],
      education: ['Sciences Nullepart', 'Master, Politiques publiques'],
    });
    expect(companyFromCardLine('Institut Exemple · Sciences Nullepart', research)).toBe('Institut Exemple');
    // A former employer that is also the school does not outrank the current one.
    expect(companyFromCardLine('Université de Nullepart · Example Industries', sections)).toBe('Example Industries');
  });

  it('a school-only member: the line names a school Education lists, whatever its words', () => {
    expect(companyFromCardLine('Sciences Nullepart', clues({ education: ['Sciences Nullepart', "Master's degree, Public policy"] }))).toBe(
      '',
    );
    expect(companyFromCardLine('Université de Nullepart', clues({ education: ['Universite de nullepart'] }))).toBe('');
  });

  it('a member who works where they studied keeps that employer', () => {
    const staff = clues({
      experience: [['Research engineer', 'Université de Nullepart · Full-time']],
      education: ['Université de Nullepart'],
    });
    expect(companyFromCardLine('Université de Nullepart', staff)).toBe('Université de Nullepart');
  });

  it.each([
    ['Example Industries · Université de Nullepart', 'Example Industries'],
    ['Société Exemple • École Supérieure de Nullepart', 'Société Exemple'],
    ['Example Industries·Fake', 'Example Industries·Fake'],
    ['Example Industries', 'Example Industries'],
    ['Université de Nullepart', ''],
    ['Nowhere Institute of Technology', ''],
    ['Musikhochschule Nullstadt', ''],
    ['Example Business School', ''],
    // All caps is no school word; a hospital's "universitaire" is no school either.
    ['INSEAD', 'INSEAD'],
    ['Centre hospitalier universitaire de Nullepart', 'Centre hospitalier universitaire de Nullepart'],
    // Both parts sound like schools: the card puts the company first (measured order).
    ['Institut Exemple · Université de Nullepart', 'Institut Exemple'],
    ['', ''],
  ])('without sections: %s -> %s', (line, company) => {
    expect(companyFromCardLine(line, NO_CLUES)).toBe(company);
  });

  it('without sections, a part the card repeats alone (its right column) is the company', () => {
    expect(companyFromCardLine('Institut Exemple · Sciences Nullepart', clues({ repeated: ['Institut Exemple'] }))).toBe(
      'Institut Exemple',
    );
  });

  it('knows schools by their words in several languages', () => {
    for (const school of [
      'Universität Nirgendwo',
      'Universidad de Ninguna',
      'Politecnico di Nessuno',
      'École Supérieure de Nullepart',
      'Nullepart College',
      'Example Academy',
    ]) {
      expect(namesASchool(school), school).toBe(true);
    }
    for (const company of ['Example Industries', 'Schoolhouse Labs', 'INSEAD', 'Universal Example'])
      expect(namesASchool(company), company).toBe(false);
  });
});

describe('profileCompany: the headline when the line names no company', () => {
  it('reads the headline as before when the card has no line', () => {
    expect(profileCompany('', 'Head of Operations at Example Industries', NO_CLUES)).toBe('Example Industries');
  });

  it('takes no school from the headline: the one the line or Education named', () => {
    expect(
      profileCompany('Sciences Nullepart', 'Student at Sciences Nullepart | Public policy', {
        ...NO_CLUES,
        education: ['Sciences Nullepart'],
      }),
    ).toBe('');
    expect(profileCompany('Université de Nullepart', 'Student at Université de Nullepart', NO_CLUES)).toBe('');
    expect(profileCompany('', 'Student at Sciences Nullepart', { ...NO_CLUES, education: ['Sciences Nullepart'] })).toBe('');
  });

  it('keeps a school the member works at', () => {
    const staff: CompanyClues = {
      ...NO_CLUES,
      experience: [['Lecturer', 'Université de Nullepart']],
      education: ['Université de Nullepart'],
    };
    expect(profileCompany('', 'Lecturer at Université de Nullepart', staff)).toBe('Université de Nullepart');
  });
});

describe('readProfilePage: company and school on one line', () => {
  const SCHOOL = 'https://www.linkedin.com/in/nora-sample/';
  const school = () => loadLinkedInFixture('profile-school.html', SCHOOL);
  const lineOf = (doc: Document) => [...card(doc).querySelectorAll('p')].find((p) => p.textContent?.includes(' · '))!;
  const dropSections = (doc: Document) =>
    doc.querySelectorAll('[componentkey*="TopLevelSection"], section.s7t8').forEach((el) => el.remove());

  it('"Company · School" with the sections below the card: the company alone', () => {
    expect(readProfilePage(school(), SCHOOL)).toEqual({
      profilePath: '/in/nora-sample',
      name: 'Nora Sample',
      headline: 'Operations leader | Supply chain resilience',
      company: 'Example Industries',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      memberId: 'ACoAAFixtureMember321',
      missing: [],
    });
  });

  it('reads the sections by their keys: an empty marker beside the entries, a marker around them; grouped roles are one entry', () => {
    const doc = school();
    const { experience, education } = profileSections(doc, card(doc));
    expect(experience?.map((entry) => entry.slice(0, 2))).toEqual([
      ['Head of Operations', 'Example Industries · Full-time'],
      ['Sample Labs', 'Full-time · 6 yrs'],
    ]);
    expect(education).toEqual(['Université de Nullepart', 'Master, Génie industriel', '2010 – 2015']);
  });

  it('without sections (not loaded yet): the school is known by its words', () => {
    const doc = school();
    dropSections(doc);
    expect(profileSections(doc, card(doc))).toEqual({ experience: null, education: null });
    expect(readProfilePage(doc, SCHOOL)?.company).toBe('Example Industries');
  });

  it('without sections, the right column repeating the company decides what words cannot', () => {
    const doc = school();
    dropSections(doc);
    lineOf(doc).textContent = 'Institut Exemple · Sciences Nullepart';
    doc.querySelector('.q9r8 p')!.textContent = 'Institut Exemple';
    expect(readProfilePage(doc, SCHOOL)?.company).toBe('Institut Exemple');
  });

  it('never takes a section from inside the top card', () => {
    const doc = school();
    dropSections(doc);
    card(doc).insertAdjacentHTML('beforeend', '<div><h2>Education</h2><p>Example Industries</p></div>');
    expect(readProfilePage(doc, SCHOOL)?.company).toBe('Example Industries');
  });

  it('a plain company line is unchanged, sections or not', () => {
    const doc = school();
    lineOf(doc).textContent = 'Example Industries';
    expect(readProfilePage(doc, SCHOOL)?.company).toBe('Example Industries');
    dropSections(doc);
    expect(readProfilePage(doc, SCHOOL)?.company).toBe('Example Industries');
  });

  it('a school-only member has no company, not even the headline\'s "Student at …"', () => {
    expect(read('profile-student.html', 'https://www.linkedin.com/in/tom-fictif/')).toEqual({
      profilePath: '/in/tom-fictif',
      name: 'Tom Fictif',
      headline: 'Student at Sciences Nullepart | Public policy',
      company: '',
      location: 'Paris, Île-de-France, France',
      memberId: 'ACoAAFixtureMember987',
      missing: [],
    });
  });

  it('finds Education by its id, its aria label, or its heading alone', () => {
    const STUDENT = 'https://www.linkedin.com/in/tom-fictif/';
    const variants: ((section: Element) => void)[] = [
      () => undefined,
      (section) => {
        section.querySelector('#education')!.remove();
        section.setAttribute('aria-label', 'Education');
      },
      (section) => section.querySelector('#education')!.remove(),
    ];
    for (const vary of variants) {
      const doc = loadLinkedInFixture('profile-student.html', STUDENT);
      vary(doc.querySelector('section.s7t8')!);
      expect(readProfilePage(doc, STUDENT)?.company).toBe('');
    }
  });

  it('French page: "Expérience" and "Formation" headings, "•" between the names', () => {
    const FR = 'https://www.linkedin.com/in/leon-fictif/';
    const doc = loadLinkedInFixture('profile-formation-fr.html', FR);
    expect(readProfilePage(doc, FR)).toEqual({
      profilePath: '/in/leon-fictif',
      name: 'Léon Fictif',
      headline: 'Responsable logistique | Chaîne d’approvisionnement',
      company: 'Société Exemple',
      location: 'Nantes, Pays de la Loire, France',
      memberId: 'ACoAAFixtureMember654',
      missing: [],
    });
    const { experience, education } = profileSections(doc, card(doc));
    expect(experience?.map((entry) => entry[1])).toEqual(['Société Exemple · CDI', 'Transports Modèle · CDI']);
    expect(education).toContain('École Supérieure de Nullepart');
    // A school whose words do not say so: only « Formation » can tell.
    for (const p of doc.querySelectorAll('p'))
      p.textContent = (p.textContent ?? '').replace('École Supérieure de Nullepart', 'Sciences Nullepart');
    card(doc).querySelector('p.c0d1e2')!.textContent = 'Sciences Nullepart';
    expect(readProfilePage(doc, FR)?.company).toBe('');
  });
});

describe('isDegree and looksLikePronouns', () => {
  it.each(['· 1st', '· 2nd', '· 3rd', '· 3rd+', '·', '• 2nd', '· 1er', '· 2e', '· 3e et +', '· 2.º', '· 3.º y más', '2nd'])(
    '%s is a degree',
    (text) => {
      expect(isDegree(text)).toBe(true);
    },
  );
  it.each(['CFO/Founder', 'Operations leader', '1st Class Logistics', 'She/Her', '3M', 'Sales · EMEA'])('%s is not a degree', (text) => {
    expect(isDegree(text)).toBe(false);
  });
  it('knows pronouns', () => {
    expect(['She/Her', 'He/Him', 'They/Them', 'Elle/Elle', 'Él / Él'].every(looksLikePronouns)).toBe(true);
    expect(looksLikePronouns('Operations leader')).toBe(false);
  });
});

describe('profileActionsSlot', () => {
  it('measured shape: the row holding Message (out of its one-child wrapper), Follow and More', () => {
    const doc = load();
    const slot = profileActionsSlot(doc);
    expect(slot?.before).toBeNull();
    expect(slot?.parent).toBe(doc.querySelector('.e3f4a5'));
    expect(slot?.parent.querySelector('button[aria-expanded]')).not.toBeNull();
  });

  it('finds the row by its More button when there is no Message action (French, 3rd degree)', () => {
    const doc = loadLinkedInFixture('profile-fr.html', 'https://www.linkedin.com/in/chlo%C3%A9-mod%C3%A8le/');
    expect(profileActionsSlot(doc)?.parent).toBe(doc.querySelector('.e3f4a5'));
  });

  it('classic front end: the row of labelled buttons', () => {
    const doc = loadLinkedInFixture('profile-classic.html', 'https://www.linkedin.com/in/dan-placeholder/');
    expect(profileActionsSlot(doc)?.parent).toBe(doc.querySelector('.pvs-profile-actions'));
  });

  it('answers nothing without a top card or without action buttons', () => {
    const doc = load();
    card(doc)
      .querySelectorAll('button, a[href*="/messaging/"]')
      .forEach((el) => el.remove());
    expect(profileActionsSlot(doc)).toBeNull();
    card(doc).remove();
    expect(profileActionsSlot(doc)).toBeNull();
    expect(profileActionsSlot(loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/'))).toBeNull();
  });
});
