// The log's CSV: its columns and one line per export row. Pure: the streamed export
// (export-stream.ts) writes each batch of rows with it, and the benchmark runs it over rows in
// memory, the yardstick for the export's own cost.
import { csvHead, csvRow, isoWithOffset, type CsvFormat } from '../../domain/csv/write';
import { profileUrl } from '../../domain/people/profile-ids';
import type { ExportRow } from './export-rows';

/** The export's columns, in this order; docs/guide.en.md ("Exports") documents them for users. */
export const EXPORT_COLUMNS = [
  'time',
  'kind',
  'status',
  'channel',
  'prospect_name',
  'prospect_profile_url',
  'company',
  'stage_at_the_time',
  'content_title',
  'content_url',
  'page_url',
  'note',
] as const;

/** The BOM (if wanted) and the header row: the start of every export file. */
export function exportCsvHead(format: CsvFormat): string {
  return csvHead(EXPORT_COLUMNS, format);
}

/** Profile addresses built so far, by id: a log names each person many times, and building one parses a URL. */
const profileUrls = new Map<string, string>();

function profileUrlOf(id: string): string {
  let url = profileUrls.get(id);
  if (url === undefined) {
    // Bounded: a cache of a pure function, dropped whole when a huge export fills it.
    if (profileUrls.size >= 50_000) profileUrls.clear();
    url = profileUrl(id) ?? '';
    profileUrls.set(id, url);
  }
  return url;
}

/** The rows' lines, CRLF-terminated, in the order given. */
export function exportCsvLines(rows: readonly ExportRow[], separator: CsvFormat['separator']): string {
  let text = '';
  for (const { entry, prospect, item, stage } of rows) {
    text += csvRow(
      [
        isoWithOffset(entry.at),
        entry.kind,
        entry.status ?? '',
        entry.channel,
        // A share logged with a name only shows that name; the profile column stays empty.
        prospect?.name ?? entry.personName ?? '',
        // Built and host-checked: an id from a crafted backup never exports another site's address.
        entry.prospectId ? profileUrlOf(entry.prospectId) : '',
        prospect?.company ?? '',
        stage ?? '',
        item?.title ?? '',
        item?.url ?? '',
        entry.url ?? '',
        entry.note,
      ],
      separator,
    );
  }
  return text;
}
