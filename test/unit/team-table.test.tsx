// @vitest-environment happy-dom
// The team's merged view with clicks (issue 28): a Clicks column, last, in the table and in its
// CSV, only when a file carries clicks; an item no file counted is an empty cell, never 0.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeTeamStats, type TeamView } from '../../src/domain/team/team-merge';
import { readTeamStats, type TeamStatsFile } from '../../src/domain/team/team-stats-format';
import { englishOnlyWords, readableText, words } from './helpers/french';

// The dashboard's modules reach the browser through the polyfill: messages from the catalogs.
const fake = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => ({ default: { i18n: (await import('./helpers/french')).bilingualI18n(() => fake.lang) } }));

const { TEAM_CSV_HEADER, teamCsv, teamCsvHeader } = await import('../../src/dashboard/TeamStats');
const { TeamTable } = await import('../../src/dashboard/TeamTable');

const fixture = (name: string): TeamStatsFile => {
  const read = readTeamStats(readFileSync(`test/fixtures/team/${name}`, 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read)}`);
  return read.file;
};
const repB = fixture('rep-b.json'); // version 1, no clicks
const repC = fixture('rep-c.json'); // version 2: case study 12, white paper 0
const withClicks: TeamView = mergeTeamStats([
  { name: 'rep-b.json', file: repB },
  { name: 'rep-c.json', file: repC },
]);
const withoutClicks: TeamView = mergeTeamStats([{ name: 'rep-b.json', file: repB }]);

afterEach(() => {
  render(null, document.body);
  fake.lang = 'en';
});

describe('the team CSV', () => {
  it('appends a clicks column when a file has clicks: the item’s count on its row, empty where unknown and on breakdown rows', () => {
    expect(teamCsvHeader(withClicks)).toEqual([...TEAM_CSV_HEADER, 'clicks']);
    const rows = teamCsv(withClicks);
    for (const row of rows) expect(row.length).toBe(TEAM_CSV_HEADER.length + 1);
    const all = rows.filter((row) => row[2] === 'all').map((row) => [row[1], row[row.length - 1]]);
    expect(all).toEqual([
      ['https://example.com/resources/case-lyon', 12],
      ['https://example.com/resources/pricing', 0],
      ['https://example.com/resources/forecasting-webinar', null],
    ]);
    expect(rows.filter((row) => row[2] !== 'all').every((row) => row[row.length - 1] === null)).toBe(true);
  });

  it('has the same columns as before when no file has clicks', () => {
    expect(teamCsvHeader(withoutClicks)).toEqual(TEAM_CSV_HEADER);
    for (const row of teamCsv(withoutClicks)) expect(row.length).toBe(TEAM_CSV_HEADER.length);
  });
});

describe('the team table', () => {
  const show = (view: TeamView) => act(() => render(<TeamTable view={view} />, document.body));
  const headers = () => [...document.querySelectorAll('[data-testid="team-content"] > thead > tr > th')].map((th) => th.textContent);
  const clicksCells = () =>
    [...document.querySelectorAll('[data-testid="team-content"] [data-testid="team-clicks"]')].map((td) => td.textContent);

  it('shows Clicks last, empty for an item no file counted, and the total', async () => {
    await show(withClicks);
    expect(headers().at(-1)).toBe('Clicks');
    // Items in order (most replies first): case study, white paper, webinar; then the total row.
    expect(clicksCells()).toEqual(['12', '0', '', '12']);
    expect(document.body.textContent).toContain('the largest count a file gives, not the sum');
  });

  it('shows no Clicks column when no file has clicks', async () => {
    await show(withoutClicks);
    expect(headers()).not.toContain('Clicks');
    expect(clicksCells()).toEqual([]);
  });

  it('in French, leaves no English word', async () => {
    fake.lang = 'fr';
    // t() keeps each plain message once read: fresh modules, so none of the English above stays.
    vi.resetModules();
    const { TeamTable: FrenchTable } = await import('../../src/dashboard/TeamTable');
    const titles = new Map([
      ['case-lyon', 'Étude de cas : usine de Lyon'],
      ['pricing', 'Livre blanc : les prix'],
      ['forecasting-webinar', 'Webinaire : prévisions'],
    ]);
    const french = (file: TeamStatsFile): TeamStatsFile => ({
      ...file,
      label: 'Équipe',
      items: file.items.map((each) => ({ ...each, title: titles.get(each.url.split('/').pop()!.split('?')[0]!)! })),
    });
    const view = mergeTeamStats([
      { name: 'b.json', file: french(repB) },
      { name: 'c.json', file: french(repC) },
    ]);
    await act(() => render(<FrenchTable view={view} />, document.body));
    expect(document.querySelector('[data-testid="team-content"] > thead > tr > th:last-child')?.textContent).toBe('Clics');
    const english = englishOnlyWords();
    expect([...new Set(words(readableText(document.body)).filter((word) => english.has(word)))]).toEqual([]);
  });
});
