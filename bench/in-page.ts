// Bundled by the export/restore benchmark (rolldown, IIFE) and evaluated in the dashboard page:
// the product's own code, so the page runs the real streamed-export client and, as baselines,
// the same CSV writer over rows already in memory and the same backup reader.
import { exportCsvHead, exportCsvLines } from '../src/background/activity/export-csv';
import type { ExportRow } from '../src/background/activity/export-rows';
import { streamLogCsv } from '../src/features/log-export/page-stream';
import { readBackup } from '../src/domain/backup/backup-format';
import type { ContentItem, Interaction, Prospect } from '../src/domain/model';
import { stageAt, stageHistory } from '../src/domain/insights/stage-history';

/** The export's rows built in memory from a backup's records, as the background joins them (untimed). */
function rowsOf(backup: { content: ContentItem[]; prospects: Prospect[]; interactions: Interaction[] }): ExportRow[] {
  const prospects = new Map(backup.prospects.map((prospect) => [prospect.id, prospect]));
  const items = new Map(backup.content.map((item) => [item.id, { title: item.title, url: item.url }]));
  const history = stageHistory(backup.interactions.filter((entry) => entry.kind === 'stage'));
  const log = [...backup.interactions].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  return log.map((entry) => {
    const prospect = entry.prospectId ? prospects.get(entry.prospectId) : undefined;
    return {
      entry,
      prospect,
      item: entry.contentId ? (items.get(entry.contentId) ?? null) : undefined,
      stage: prospect ? stageAt(history, prospect.id, entry.at, prospect.stage) : null,
    };
  });
}

const bench = {
  streamLogCsv,
  /** Keeps the rows on the page, so each timed run writes the same rows. */
  prepareRows(text: string): number {
    const parsed = JSON.parse(text) as { stores: { content: ContentItem[]; prospects: Prospect[]; interactions: Interaction[] } };
    kept = rowsOf(parsed.stores);
    return kept.length;
  },
  /** The CSV writer alone over the kept rows: the file's bytes, and how long writing took. */
  writeKeptRows(): { ms: number; length: number } {
    const start = performance.now();
    const text = exportCsvHead({ separator: ',', bom: true }) + exportCsvLines(kept, ',');
    return { ms: performance.now() - start, length: text.length };
  },
  /** Parsing and checking a backup, as the background does before writing anything. */
  readBackup(text: string, version: number): { ms: number; ok: boolean } {
    const start = performance.now();
    const read = readBackup(text, version);
    return { ms: performance.now() - start, ok: read.ok };
  },
};
let kept: ExportRow[] = [];

(globalThis as unknown as { nurtureBench: typeof bench }).nurtureBench = bench;
export type InPageBench = typeof bench;
