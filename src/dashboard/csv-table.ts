// A small table (an insight, the prospects list, team stats) to a CSV file, with the user's CSV
// settings, through the one CSV writer (src/domain/csv/write.ts).
import { request } from '../contract/client';
import { csvHead, csvRow, type CsvCell, type CsvFormat } from '../domain/csv/write';
import { datedName, downloadBlob } from './download';

/** The file's parts: the BOM and header, then one part per row. Text cells neutralised, numbers as they are. */
export function tableCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], format: CsvFormat): string[] {
  return [csvHead(header, format), ...rows.map((row) => csvRow(row, format.separator))];
}

export async function downloadTable(name: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): Promise<void> {
  const settings = await request('settings.get', {});
  const format = { separator: settings.csvSeparator, bom: settings.csvBom };
  downloadBlob(new Blob(tableCsv(header, rows, format), { type: 'text/csv;charset=utf-8' }), datedName(`nurture-${name}`, 'csv'));
}
