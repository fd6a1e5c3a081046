// The interaction log as the dashboard reads it, its CSV export and entries by hand.
export { createActivity, type Activity, type ActivityDeps } from './service';
export { EXPORT_COLUMNS } from './export-csv';
export type { ExportRow } from './export-rows';
