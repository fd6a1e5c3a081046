// The CRM writers, read back as each CRM's importer would read them (papaparse, RFC 4180): the
// required columns, the LinkedIn profile URL as match key, HubSpot's lifecycle stages, the name
// split, and the hostile-cell rules (formula starts neutralised; quotes, commas, line breaks kept).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CRMS, CRM_WRITERS, writeRows, type Crm, type CrmEntry } from '../../src/domain/crm';
import { LIFECYCLE_STAGE } from '../../src/domain/crm/hubspot';
import { crmName, jobTitle } from '../../src/domain/crm/record';
import { neutralise } from '../../src/domain/csv/write';
import { NO_COMPANY } from '../../src/domain/crm/salesforce';
import { PROSPECT_STAGES, type Prospect } from '../../src/domain/model';
import { prospect } from './helpers/prospects';

const person = (id: string, patch: Partial<Prospect> = {}): Prospect =>
  prospect({
    id,
    name: 'Jean-Pierre de La Fontaine',
    headline: 'Head of Procurement at ACME Industrie | Speaker',
    company: 'ACME Industrie',
    persona: 'buyer',
    ...patch,
  });

const entry = (prospect: Prospect, patch: Partial<CrmEntry> = {}): CrmEntry => ({
  at: Date.UTC(2026, 10, 22, 9, 5),
  kind: 'shared',
  channel: 'message',
  prospect,
  contentTitle: 'Pricing, "the" guide',
  contentUrl: 'https://example.com/guide',
  pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/',
  note: 'Line one\nline two, with a comma',
  ...patch,
});

/** What each CRM's documentation requires in its files (docs/crm-export.md). */
const REQUIRED: Record<Crm, { people: string[]; activity: string[] }> = {
  hubspot: {
    people: ['First Name', 'Last Name', 'LinkedIn Profile URL'],
    activity: ['LinkedIn Profile URL', 'Activity date', 'Note body'],
  },
  salesforce: { people: ['Last Name', 'Company', 'LinkedIn Profile URL'], activity: ['WhoId', 'Subject', 'ActivityDate', 'Status'] },
  pipedrive: {
    people: ['Person - Name', 'Organization - Name', 'Person - LinkedIn profile URL'],
    activity: ['Person - Name', 'Note - Content'],
  },
};

function read(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const people = (crm: Crm, list: Prospect[]) => read(writeRows(CRM_WRITERS[crm].people, list, { header: true, bom: true }));
const activity = (crm: Crm, list: CrmEntry[]) => read(writeRows(CRM_WRITERS[crm].activity, list, { header: true, bom: true }));

describe.each(CRMS)('%s files', (crm) => {
  const ada = person('/in/ada-sample-42');

  it('carry the required columns and the LinkedIn profile URL as match key', () => {
    const [row] = people(crm, [ada]);
    for (const column of REQUIRED[crm].people) expect(row).toHaveProperty([column]);
    expect(Object.values(row!)).toContain('https://www.linkedin.com/in/ada-sample-42/');
    const [note] = activity(crm, [entry(ada)]);
    for (const column of REQUIRED[crm].activity) expect(note).toHaveProperty([column]);
    expect(Object.values(note!)).toContain('https://www.linkedin.com/in/ada-sample-42/');
  });

  it('neutralise formula starts in every cell and keep quotes, commas and line breaks', () => {
    const hostile = ['=cmd|calc', '+SUM(A1)', '-2+3', '@SUM(1)', '\tTab Inc', '\rCR Inc'];
    const list = hostile.map((text, i) => person(`/in/hostile-${i}`, { name: text, company: text, headline: text }));
    const rows = [
      ...people(crm, list),
      ...activity(
        crm,
        list.map((p) => entry(p, { contentTitle: '=HYPERLINK("x")', note: '=1+1' })),
      ),
    ];
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const companies = people(crm, list).map((row) => row['Company Name'] ?? row['Company'] ?? row['Organization - Name']);
    // Salesforce and Pipedrive trim the company (white space at its start is no formula either).
    expect(companies).toEqual(hostile.map((text) => (crm === 'hubspot' ? `'${text}` : neutralise(text.trim()))));
    const [note] = activity(crm, [entry(ada)]);
    const text = Object.values(note!).join('\n');
    expect(text).toContain('Shared "Pricing, "the" guide" in a LinkedIn message');
    expect(text).toContain('Line one\nline two, with a comma');
  });

  it('write a comma-separated header once, and no BOM when the setting says none', () => {
    const first = writeRows(CRM_WRITERS[crm].people, [ada], { header: true, bom: false });
    const next = writeRows(CRM_WRITERS[crm].people, [ada], { header: false, bom: false });
    expect(first.startsWith('\uFEFF')).toBe(false);
    expect(first.split('\r\n')[0]).toBe(CRM_WRITERS[crm].people.columns.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
    expect(first.endsWith(next)).toBe(true);
    expect(next.split('\r\n')).toHaveLength(2);
  });
});

describe('HubSpot', () => {
  it('maps every buying stage to a default lifecycle stage internal value', () => {
    const rows = people(
      'hubspot',
      PROSPECT_STAGES.map((stage) => person(`/in/p-${stage}`, { stage })),
    );
    expect(rows.map((row) => row['Lifecycle Stage'])).toEqual([
      'lead',
      'marketingqualifiedlead',
      'salesqualifiedlead',
      'opportunity',
      'customer',
      'evangelist',
      'other',
    ]);
    expect(Object.keys(LIFECYCLE_STAGE).sort()).toEqual([...PROSPECT_STAGES].sort());
  });

  it('splits the name by the template rule and takes the job title from the headline', () => {
    const [row] = people('hubspot', [person('/in/jp')]);
    expect(row).toMatchObject({
      'First Name': 'Jean-Pierre',
      'Last Name': 'de La Fontaine',
      'Company Name': 'ACME Industrie',
      'Job Title': 'Head of Procurement',
    });
    const [note] = activity('hubspot', [entry(person('/in/jp'))]);
    expect(note!['Activity date']).toBe('2026-11-22T09:05:00Z');
  });
});

describe('Salesforce', () => {
  it('never leaves Last Name or Company empty', () => {
    const rows = people('salesforce', [
      person('/in/a', { name: 'Ada', company: '  ' }),
      person('/in/b', { name: '王小明', company: 'Exemple SA' }),
    ]);
    expect(rows.map((row) => [row['First Name'], row['Last Name'], row['Company']])).toEqual([
      ['', 'Ada', NO_COMPANY],
      ['', '王小明', 'Exemple SA'],
    ]);
  });

  it('writes the activity as completed tasks dated by day', () => {
    const [task] = activity('salesforce', [entry(person('/in/a'), { kind: 'call', note: 'Budget in May' })]);
    expect(task).toMatchObject({
      WhoId: '',
      Subject: 'Call',
      ActivityDate: '2026-11-22',
      Status: 'Completed',
      Description: 'Call\nhttps://example.com/guide\nLinkedIn page: https://www.linkedin.com/messaging/thread/2-x/\nBudget in May',
    });
  });
});

describe('Pipedrive', () => {
  it('names the person and organisation on each note, so the note links to them by name', () => {
    const [note] = activity('pipedrive', [
      entry(person('/in/a'), {
        kind: 'stage',
        stageFrom: 'consideration',
        stageTo: 'evaluation',
        contentTitle: null,
        contentUrl: null,
        note: '',
      }),
    ]);
    expect(note).toMatchObject({ 'Person - Name': 'Jean-Pierre de La Fontaine', 'Organization - Name': 'ACME Industrie' });
    expect(note!['Note - Content']).toMatch(/^2026-11-22T09:05:00Z\nBuying stage: consideration → evaluation\n/);
  });
});

describe('the shared rules', () => {
  it('crmName keeps every name somewhere', () => {
    expect(crmName('DUPONT Jean', true)).toEqual({ firstName: 'Jean', lastName: 'DUPONT' });
    expect(crmName('Ada', false)).toEqual({ firstName: 'Ada', lastName: '' });
    expect(crmName('Ada', true)).toEqual({ firstName: '', lastName: 'Ada' });
    expect(crmName('山田太郎', false)).toEqual({ firstName: '', lastName: '山田太郎' });
  });

  it('jobTitle drops the company only when it is theirs', () => {
    expect(jobTitle('CFO @ Acme', 'acme')).toBe('CFO');
    expect(jobTitle('Directrice achats chez Exemple SA · Lyon', 'Exemple SA')).toBe('Directrice achats');
    expect(jobTitle('VP at large', 'Acme')).toBe('VP at large');
    expect(jobTitle('x'.repeat(200), '')).toHaveLength(128);
  });
});
