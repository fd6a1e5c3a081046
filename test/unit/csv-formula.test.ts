// Formula injection under every list separator (issue 24, part 2): every CSV file Nurture writes
// (the activity log, the prospects list, the Insights tables, team stats, the CRM files), built
// with each separator the Settings offer from hostile text, then read back as spreadsheets read:
// split at "," ";" or tab, honouring double quotes or not, at CR and LF or at LF alone. No field
// may start with a formula (= + - @, their full-width forms, a tab or a CR, past the quotes and
// spaces a reader strips), except the numbers Nurture itself wrote. And our own parser reads each
// file back to the values written, but for the apostrophes neutralise() adds.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { exportCsvHead, exportCsvLines, EXPORT_COLUMNS } from '../../src/background/activity/export-csv';
import type { ExportRow } from '../../src/background/activity/export-rows';
import { CRMS, CRM_FILES, CRM_WRITERS, writeRows, type CrmEntry } from '../../src/domain/crm';
import { parseCsv } from '../../src/domain/csv/parse';
import { csvRow, neutralise, UNNEUTRALISE, type CsvCell, type CsvFormat } from '../../src/domain/csv/write';
import type { Channel, InteractionKind, Interaction, Prospect, ProspectStage } from '../../src/domain/model';
import type { TeamView } from '../../src/domain/team/team-merge';

// The dashboard's modules reach the browser through the polyfill, which refuses to load outside
// an extension; nothing here calls it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { tableCsv } = await import('../../src/dashboard/csv-table');
const { PROSPECTS_CSV_HEADER, prospectsCsvRows } = await import('../../src/dashboard/ProspectTable');
const { TEAM_CSV_HEADER, teamCsv } = await import('../../src/dashboard/TeamStats');
const { funnelCsv, rankingCsv, trendCsv } = await import('../../src/dashboard/insights/insight-tables');

const SEPARATORS: readonly CsvFormat['separator'][] = [',', ';'];

// ---------------------------------------------------------------------------------------------
// Hostile text: separators, quotes, line breaks, formula starts (full-width too), tabs, CRs,
// spaces a reader may trim, apostrophes, and ordinary words between them.

const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ',',
  ';',
  '"',
  '""',
  ' ',
  '\u00a0',
  '\u3000',
  "'",
  '=HYPERLINK(F2&A2)',
  'SUM(1)',
  'cmd|calc',
  'VP Sales',
  'a',
  '1',
];
const hostile: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), {
        maxLength: 12,
      })
      .map((parts) => parts.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'VP Sales;=HYPERLINK(F2&A2);',
      'a,"=1+1"',
      'x;"=cmd|calc',
      '\t=1',
      'n\r-2',
      '"; @SUM(1)',
      'ok,\u00a0＝1',
      'a;""=1+1";b',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
/** A number Nurture computes (a count, a rate, a median), negative ones included. */
const figure: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 10),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const at = fc.integer({ min: 0, max: 4_000_000_000_000 });
/** What a crafted backup may put in a field the model types as a choice. */
const choice = <T extends string>(...values: T[]): fc.Arbitrary<T> => fc.oneof(fc.constantFrom(...values), hostile as fc.Arbitrary<T>);

const prospect: fc.Arbitrary<Prospect> = fc.record({
  id: fc.oneof(fc.constantFrom('/in/ada-sample-42', '/in/grace'), hostile),
  name: hostile,
  headline: hostile,
  company: hostile,
  location: hostile,
  persona: hostile,
  stage: choice<ProspectStage>('awareness', 'evaluation', 'purchase'),
  tags: fc.array(hostile, { maxLength: 3 }),
  notes: hostile,
  nextFollowUp: maybe(at),
  createdAt: at,
  lastContactAt: maybe(at),
  lastReplyAt: maybe(at),
});

const exportRow: fc.Arbitrary<ExportRow> = fc.record({
  entry: fc.record({
    at,
    kind: choice<InteractionKind>('shared', 'replied', 'note', 'call'),
    status: fc.option(choice<'draft' | 'sent'>('draft', 'sent'), { nil: undefined }),
    channel: choice<Channel>('message', 'post', 'other'),
    prospectId: maybe(fc.oneof(fc.constant('/in/ada-sample-42'), hostile)),
    personName: fc.option(hostile, { nil: undefined }),
    contentId: maybe(hostile),
    url: maybe(hostile),
    externalId: fc.constant(null),
    note: hostile,
  }) as fc.Arbitrary<Interaction>,
  prospect: fc.option(prospect, { nil: undefined }),
  item: fc.oneof(fc.constant(undefined), fc.constant(null), fc.record({ title: hostile, url: hostile })),
  stage: maybe(choice<ProspectStage>('awareness', 'purchase')),
});

const crmEntry: fc.Arbitrary<CrmEntry> = fc.record({
  at,
  // Kinds the log holds (the CRM subject capitalises the kind's word).
  kind: fc.constantFrom<InteractionKind>('shared', 'posted', 'replied', 'stage', 'call', 'note'),
  channel: choice<Channel>('message', 'inmail', 'comment'),
  prospect,
  contentTitle: maybe(hostile),
  contentUrl: maybe(hostile),
  pageUrl: maybe(hostile),
  note: hostile,
  stageFrom: fc.option(choice<ProspectStage>('awareness'), { nil: undefined }),
  stageTo: fc.option(choice<ProspectStage>('purchase'), { nil: undefined }),
});

const rate = maybe(fc.double({ min: -2, max: 2, noNaN: true }));
const teamRow = fc.record({ key: hostile, shares: figure, sent: figure, replies: figure, rate });
const teamView: fc.Arbitrary<TeamView> = fc
  .array(
    fc.record({
      url: hostile,
      title: hostile,
      shares: figure,
      sent: figure,
      replies: figure,
      rate,
      reps: figure,
      byPersona: fc.array(teamRow, { maxLength: 2 }),
      byStage: fc.array(teamRow, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  )
  .map((items) => ({
    files: 1,
    reps: 1,
    setAside: [],
    labels: [],
    period: null,
    samePeriod: true,
    totals: { shares: 0, sent: 0, replies: 0, rate: null },
    items,
    byPersona: [],
    byStage: [],
  }));

// ---------------------------------------------------------------------------------------------
// Every file, as the product writes it: its text, and the cells it was written from.

interface Written {
  file: string;
  text: string;
  /** The header and rows given to the one writer, for the round trip. */
  cells: CsvCell[][];
  separator: CsvFormat['separator'];
}

const fileData = fc.record({
  log: fc.array(exportRow, { maxLength: 4 }),
  prospects: fc.array(prospect, { maxLength: 4 }),
  weeks: fc.array(fc.record({ week: hostile, shares: figure, replies: figure, rate, current: fc.boolean() }), { maxLength: 3 }),
  ranked: fc.array(fc.record({ key: hostile, label: hostile, shares: figure, replied: figure, rate }), { maxLength: 3 }),
  funnel: fc.array(
    fc.record({ stage: hostile, reached: figure, width: fc.constant(1), passage: rate, medianDays: maybe(figure), stuck: fc.boolean() }),
    { maxLength: 3 },
  ),
  team: teamView,
  crmPeople: fc.array(prospect, { maxLength: 3 }),
  crmActivity: fc.array(crmEntry, { maxLength: 3 }),
  bom: fc.boolean(),
});

type FileData = typeof fileData extends fc.Arbitrary<infer T> ? T : never;

function everyFile(data: FileData): Written[] {
  const files: Written[] = [];
  for (const separator of SEPARATORS) {
    const format: CsvFormat = { separator, bom: data.bom };
    // The activity log: the chunked request and the streamed export both write it so.
    files.push({ file: 'activity', separator, text: exportCsvHead(format) + exportCsvLines(data.log, separator), cells: [] });
    const tables: [string, readonly string[], CsvCell[][]][] = [
      ['prospects', PROSPECTS_CSV_HEADER, prospectsCsvRows(data.prospects)],
      ['team-content', TEAM_CSV_HEADER, teamCsv(data.team)],
      ...[
        trendCsv(data.weeks),
        rankingCsv('content', data.ranked),
        rankingCsv('stage', data.ranked),
        funnelCsv({ steps: data.funnel as never, stuck: null }),
      ].map((table): [string, readonly string[], CsvCell[][]] => [table.name, table.header, table.rows]),
    ];
    for (const [file, header, rows] of tables)
      files.push({ file, separator, text: tableCsv(header, rows, format).join(''), cells: [[...header], ...rows] });
  }
  // The CRM files: comma-separated whatever the setting (their importers read no other).
  for (const crm of CRMS) {
    for (const kind of CRM_FILES) {
      const writer = CRM_WRITERS[crm][kind] as { columns: readonly string[]; row: (record: Prospect | CrmEntry) => string[] };
      const records = kind === 'people' ? data.crmPeople : data.crmActivity;
      files.push({
        file: `${crm}-${kind}`,
        separator: ',',
        text: writeRows(writer, records, { header: true, bom: data.bom }),
        cells: [[...writer.columns], ...records.map(writer.row)],
      });
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Spreadsheets reading a file, whatever list separator they were set to.

/** A field as a reader sees it, and where in the file each of its characters was. */
interface Field {
  value: string;
  at: number[];
}
type Reader = (text: string, separator: string) => Field[];

/**
 * As Excel and LibreOffice read: a quote opens a quoted field only as the field's first
 * character, "" in it is one quote; what follows its closing quote is kept up to the separator.
 */
const quoteAware: Reader = (text, separator) => {
  const fields: Field[] = [];
  let i = 0;
  while (i < text.length) {
    const field: Field = { value: '', at: [] };
    const keep = (j: number) => {
      field.value += text[j];
      field.at.push(j);
    };
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') keep(i);
        else if (text[i + 1] === '"') keep(i++);
        else {
          i++;
          break;
        }
      }
    }
    for (; i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n'; i++) keep(i);
    fields.push(field);
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return fields;
};

/** Split at every one of `breaks`, quotes being no syntax at all. */
function splitAt(text: string, breaks: (text: string, i: number) => number): Field[] {
  const fields: Field[] = [];
  let field: Field = { value: '', at: [] };
  for (let i = 0; i < text.length;) {
    const cut = breaks(text, i);
    if (cut > 0) {
      fields.push(field);
      field = { value: '', at: [] };
      i += cut;
    } else {
      field.value += text[i];
      field.at.push(i++);
    }
  }
  fields.push(field);
  return fields;
}

/** Quotes are no syntax at all: split at the separator and at every CR and LF. */
const ignoringQuotes: Reader = (text, separator) => splitAt(text, (t, i) => (t[i] === separator || t[i] === '\r' || t[i] === '\n' ? 1 : 0));
/** The same, with records ending at LF only (CRLF too): a CR elsewhere stays in its field. */
const ignoringQuotesLf: Reader = (text, separator) =>
  splitAt(text, (t, i) => (t[i] === separator || t[i] === '\n' ? 1 : t[i] === '\r' && t[i + 1] === '\n' ? 2 : 0));

const READERS: [string, Reader][] = [
  ['honouring quotes', quoteAware],
  ['ignoring quotes', ignoringQuotes],
  ['ignoring quotes, LF records', ignoringQuotesLf],
];
const LIST_SEPARATORS = [',', ';', '\t'];

/** Formula characters past the quotes and white space (tabs, CRs, LFs, spaces) a reader may strip. */
const FORMULA = /^[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Where the writer's own record ends (its CRLFs outside quotes) are: the reader's line ends, no cell's text. */
function recordEnds(text: string): Set<number> {
  const ends = new Set<number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === '\r') ends.add(i);
  }
  return ends;
}

/**
 * Fields that read as formulas: = + - @ (full-width too) past the quotes and white space a reader
 * may strip; or, past the quotes, a tab or a CR of a cell's text (the CR of the writer's own CRLF
 * is a line end a mismatched reader may take into a quoted field: what follows it is a record's
 * first cell, looked at in its own right). A number of ours alone in its field is no formula.
 */
function formulas(text: string, figures: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const ends = recordEnds(text);
  for (const [name, read] of READERS) {
    for (const separator of LIST_SEPARATORS) {
      for (const { value, at } of read(text, separator)) {
        const first = value.search(/[^"]/);
        const startsWithBreak = first >= 0 && (value[first] === '\t' || value[first] === '\r') && !ends.has(at[first]!);
        if ((FORMULA.test(value) || startsWithBreak) && !figures.has(value))
          found.push(`${name}, split at ${JSON.stringify(separator)}: ${JSON.stringify(value)}`);
      }
    }
  }
  return found;
}

/** The numbers a file was written with, as the writer writes them. */
const figuresOf = (cells: CsvCell[][]) =>
  new Set(cells.flat().flatMap((cell) => (typeof cell === 'number' && Number.isFinite(cell) ? [String(cell)] : [])));

describe('CSV files under every list separator', () => {
  it('the HubSpot headline of the issue is no formula to a ";" reader, quoted or not', () => {
    const headline = 'VP Sales;=HYPERLINK(F2&A2);';
    const ada: Prospect = {
      id: '/in/ada',
      name: 'Ada Sample',
      headline,
      company: headline,
      persona: '',
      stage: 'evaluation',
      tags: [],
      notes: '',
      nextFollowUp: null,
      createdAt: 0,
      lastContactAt: null,
      lastReplyAt: null,
    };
    const text = writeRows(CRM_WRITERS.hubspot.people, [ada], { header: true, bom: true });
    expect(text).toContain('"VP Sales;\'=HYPERLINK(F2&A2);"');
    expect(formulas(text, new Set())).toEqual([]);
    // Quoting alone would not do: to a ";" reader the quote is inside the field `"VP Sales`.
    expect(quoteAware('a,"VP Sales;=HYPERLINK(F2&A2);",b', ';').map((field) => field.value)).toContain('=HYPERLINK(F2&A2)');
  });

  it('no file of the product gives a formula cell, whatever the separator chosen and the one read with', () => {
    fc.assert(
      fc.property(fileData, (data) => {
        for (const written of everyFile(data)) {
          const figures =
            written.file === 'activity' || written.file.includes('-people') || written.file.includes('-activity')
              ? new Set<string>()
              : figuresOf(written.cells);
          expect(formulas(written.text, figures), `${written.file} (${JSON.stringify(written.separator)})`).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('neutralises every field start of a cell, and adds apostrophes only', () => {
    expect(neutralise('VP Sales;=HYPERLINK(F2&A2);')).toBe("VP Sales;'=HYPERLINK(F2&A2);");
    expect(neutralise('a,b;c\td\ne')).toBe('a,b;c\td\ne');
    expect(neutralise('Jean-Pierre, 2026-11-22T10:05:00+01:00')).toBe('Jean-Pierre, 2026-11-22T10:05:00+01:00');
    expect(neutralise('x;"=1')).toBe('x;\'"=1');
    expect(neutralise('x, =1')).toBe("x,' =1");
    expect(neutralise('x;\t=1')).toBe("x;'\t'=1");
    expect(neutralise('note\n- call back\n＠sum')).toBe("note\n'- call back\n'＠sum");
    expect(neutralise('a\rb')).toBe('a\rb');
    expect(neutralise('a;\rb')).toBe("a;'\rb");
    fc.assert(
      fc.property(hostile, (value) => {
        const safe = neutralise(value);
        expect(safe.replaceAll("'", '')).toBe(value.replaceAll("'", ''));
        expect(neutralise(safe)).toBe(safe);
        // The documented way back, exact for text that had no apostrophe of its own at a field start.
        if (!new RegExp(UNNEUTRALISE.source).test(value)) expect(safe.replace(UNNEUTRALISE, '$1')).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps numbers of ours as numbers, negative ones too, and neutralises the same text', () => {
    expect(csvRow(['-3', -3, -0.5, 12.5, null, Number.NEGATIVE_INFINITY], ';')).toBe("'-3;-3;-0.5;12.5;;'-Infinity\r\n");
    expect(trendCsv([{ week: '2026-11-23', shares: -3, replies: 1, rate: -0.5, current: false }]).rows).toEqual([
      ['2026-11-23', -3, 1, -50],
    ]);
    expect(tableCsv(['week', 'shares'], [['=1+1', -3]], { separator: ',', bom: false }).join('')).toBe("week,shares\r\n'=1+1,-3\r\n");
  });

  it('reads back through our own parser as written, but for the neutralising apostrophes', () => {
    fc.assert(
      fc.property(fileData, (data) => {
        for (const written of everyFile(data)) {
          const table = parseCsv(written.text.replace(/^\uFEFF/, ''), { separator: written.separator });
          const read = [table.header, ...table.rows.map((row) => row.cells)];
          if (written.file === 'activity') {
            expect(read[0]).toEqual([...EXPORT_COLUMNS]);
            expect(read).toHaveLength(data.log.length + 1);
            continue;
          }
          const expected = written.cells.map((row) =>
            row.map((cell) =>
              cell === null ? '' : typeof cell === 'number' && Number.isFinite(cell) ? String(cell) : neutralise(String(cell)),
            ),
          );
          expect(read, written.file).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads back the activity log’s free text as written, but for the neutralising apostrophes', () => {
    fc.assert(
      fc.property(fc.array(exportRow, { minLength: 1, maxLength: 4 }), fc.constantFrom(...SEPARATORS), (log, separator) => {
        const text = exportCsvHead({ separator, bom: true }) + exportCsvLines(log, separator);
        const rows = parseCsv(text.slice(1), { separator }).rows.map((row) => row.cells);
        expect(rows.map((row) => row[11])).toEqual(log.map(({ entry }) => neutralise(entry.note)));
        expect(rows.map((row) => row[4])).toEqual(log.map(({ prospect, entry }) => neutralise(prospect?.name ?? entry.personName ?? '')));
        expect(rows.map((row) => row[8])).toEqual(log.map(({ item }) => neutralise(item?.title ?? '')));
      }),
      { numRuns: 200 },
    );
  });
});
