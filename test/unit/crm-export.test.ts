// `crm.export` through the router, on fake IndexedDB: the files the dashboard assembles from its
// chunks, by people (Prospects) and by the filtered log (Activity). Only entries that name a
// tracked person and are no draft go in; the header comes once; the separator is a comma
// whatever the CSV setting, the BOM follows it.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import type { LogCursor } from '../../src/contract/index';
import { background } from './helpers/background';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };

let n = 0;
async function seeded() {
  let clock = Date.UTC(2026, 10, 1);
  const bg = background({ db: createDbHandle(`nurture-crm-${++n}`), now: () => (clock += 60_000) });
  const ask = async (type: string, payload: unknown, sender: Sender = page) => {
    const answer = (await bg.route({ type, payload }, sender)) as { ok: boolean; value?: unknown; error?: string };
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as { text: string; next: LogCursor; people: string[] };
  };
  await ask('settings.update', { settings: { csvSeparator: ';', csvBom: false } });
  await ask('prospects.add', { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: 'CFO at Example', company: 'Example' });
  await ask('prospects.add', { profilePath: '/in/grace-name', name: 'Grace Name', headline: 'Buyer', company: '' });
  await ask('activity.add', { kind: 'call', prospectId: '/in/ada-sample-42', note: '=budget, "May"' });
  await ask('activity.add', { kind: 'meeting', prospectId: '/in/grace-name', note: 'Demo' });
  await ask('activity.add', { kind: 'note', prospectId: null, note: 'No one' });
  // A draft share (not seen sent) and a share logged with a name only: neither goes to a CRM.
  await ask(
    'share.log',
    {
      contentId: 'x',
      prospectId: '/in/ada-sample-42',
      channel: 'message',
      pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/',
      link: 'https://e.com/a',
      captionIndex: null,
    },
    content,
  );
  await ask(
    'share.log',
    {
      contentId: 'x',
      prospectId: null,
      personName: 'Someone Else',
      channel: 'message',
      pageUrl: 'https://www.linkedin.com/messaging/thread/2-y/',
      link: 'https://e.com/b',
      captionIndex: null,
    },
    content,
  );
  return ask;
}

const rows = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(false);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('crm.export', () => {
  it('writes the people asked for, and their whole log, for each CRM', async () => {
    const ask = await seeded();
    const ids = ['/in/ada-sample-42', '/in/grace-name', '/in/not-tracked'];
    const leads = rows((await ask('crm.export', { crm: 'salesforce', file: 'people', scope: { by: 'people', ids }, header: true })).text);
    expect(leads.map((lead) => [lead['Last Name'], lead['Company'], lead['LinkedIn Profile URL']])).toEqual([
      ['Sample', 'Example', 'https://www.linkedin.com/in/ada-sample-42/'],
      ['Name', '[not provided]', 'https://www.linkedin.com/in/grace-name/'],
    ]);
    const notes = rows((await ask('crm.export', { crm: 'hubspot', file: 'activity', scope: { by: 'people', ids }, header: true })).text);
    expect(notes.map((note) => note['LinkedIn Profile URL'])).toEqual([
      'https://www.linkedin.com/in/ada-sample-42/',
      'https://www.linkedin.com/in/grace-name/',
    ]);
    // The note starts a line of the cell, where a reader splitting at line breaks starts a field:
    // it gets the apostrophe that keeps it text (src/domain/csv/write.ts, neutralise).
    expect(notes[0]!['Note body']).toBe('Call\n\'=budget, "May"');
  });

  it('writes the filtered log chunk by chunk, with the people it names, the same as in one chunk', async () => {
    const ask = await seeded();
    const whole: { text: string; next: LogCursor; people: string[] } = await ask('crm.export', {
      crm: 'pipedrive',
      file: 'activity',
      scope: { by: 'log', filter: {}, after: null, limit: 100 },
      header: true,
    });
    expect(whole.next).toBeNull();
    expect(whole.people).toEqual(['/in/ada-sample-42', '/in/grace-name']);
    expect(rows(whole.text).map((note) => note['Person - Name'])).toEqual(['Ada Sample', 'Grace Name']);

    let text = '';
    let after: LogCursor = null;
    const people = new Set<string>();
    do {
      const chunk: { text: string; next: LogCursor; people: string[] } = await ask('crm.export', {
        crm: 'pipedrive',
        file: 'activity',
        scope: { by: 'log', filter: {}, after, limit: 1, exportId: 'e1' },
        header: after === null,
      });
      text += chunk.text;
      chunk.people.forEach((id) => people.add(id));
      after = chunk.next;
    } while (after);
    expect(text).toBe(whole.text);
    expect([...people]).toEqual(whole.people);

    const calls: { people: string[] } = await ask('crm.export', {
      crm: 'hubspot',
      file: 'activity',
      scope: { by: 'log', filter: { kind: 'meeting' }, after: null, limit: 100 },
      header: true,
    });
    expect(calls.people).toEqual(['/in/grace-name']);
  });

  it('refuses a people file asked for by the log, and more people than a batch', async () => {
    const ask = await seeded();
    await expect(
      ask('crm.export', { crm: 'hubspot', file: 'people', scope: { by: 'log', filter: {}, after: null, limit: 10 }, header: true }),
    ).rejects.toThrow();
    const ids = Array.from({ length: 501 }, (_, i) => `/in/p-${i}`);
    await expect(ask('crm.export', { crm: 'hubspot', file: 'people', scope: { by: 'people', ids }, header: true })).rejects.toThrow();
  });
});
