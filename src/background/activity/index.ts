// The interaction log as the dashboard reads it, its CSV export and entries by hand.
export { createActivity, EXPORT_COLUMNS, type Activity, type ActivityDeps } from './service';
export type { ExportRow } from './export-rows';
