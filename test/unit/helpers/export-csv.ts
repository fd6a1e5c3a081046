// The log's CSV for the export tests, two ways: straight from the rows writer and the CSV writer
// (the reference the streamed export is checked against, in chunks of any size), and through the
// background's streamed export over a port, as the dashboard gets it.
import type { Background } from '../../../src/background/create-background';
import type { NurtureDb } from '../../../src/background/db';
import { exportCsvHead, exportCsvLines } from '../../../src/background/activity/export-csv';
import { createExportRows } from '../../../src/background/activity/export-rows';
import type { StreamPort } from '../../../src/features/log-export/worker-stream';
import { readSettings } from '../../../src/background/settings';
import type { LogCursor, LogFilter } from '../../../src/contract/index';
import { EXPORT_PORT, type ExportClientMessage } from '../../../src/features/log-export/protocol';

/**
 * The whole filtered log as one CSV file, written from `limit` rows at a time (oldest first), in
 * the separator and BOM of the settings. `exportId` names one export across its chunks (its
 * lookups read once), as the stream does.
 */
export async function csvFromRows(
  db: () => Promise<NurtureDb>,
  filter: LogFilter = {},
  { limit = 2000, exportId }: { limit?: number; exportId?: string } = {},
): Promise<string> {
  const { csvSeparator: separator, csvBom: bom } = await readSettings(await db());
  const writer = createExportRows({ db, now: () => 0 });
  let text = exportCsvHead({ separator, bom });
  let after: LogCursor = null;
  do {
    const chunk = await writer.rows(filter, after, limit, exportId);
    text += exportCsvLines(chunk.rows, separator);
    after = chunk.next;
  } while (after);
  return text;
}

/** The file the background streams to an extension page for `filter`, each chunk acknowledged as it comes (as text: no export cache). */
export function streamedCsv(connect: Background['connect'], filter: LogFilter = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let send: (message: ExportClientMessage) => void = () => {};
    const port: StreamPort = {
      post(message) {
        if (message.type === 'chunk') {
          text += message.text;
          setTimeout(() => send({ type: 'ack' }), 0);
        } else if (message.type === 'done') resolve(text);
        else reject(new Error(message.type === 'failed' ? message.message : `a ${message.type} message, with no export cache`));
      },
      onMessage: (listener) => void (send = listener),
      onDisconnect: () => {},
      disconnect: () => reject(new Error('the background closed the port')),
    };
    if (!connect(EXPORT_PORT, { kind: 'extension-page', tabId: undefined }, port)) reject(new Error('the export port was refused'));
    else send({ type: 'start', filter, after: null });
  });
}
