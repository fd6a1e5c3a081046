// A small table (an insight, the prospects list) to a CSV file, with the user's CSV settings.
import { request } from '../shared/client';
import { csvHead, csvRow } from '../shared/csv/write';
import { datedName, downloadBlob } from './download';

export async function downloadTable(name: string, header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<void> {
  const settings = await request('settings.get', {});
  const format = { separator: settings.csvSeparator, bom: settings.csvBom };
  const parts = [csvHead(header, format), ...rows.map((row) => csvRow(row.map((cell) => (cell === null ? '' : String(cell))), format.separator))];
  downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), datedName(`nurture-${name}`, 'csv'));
}
