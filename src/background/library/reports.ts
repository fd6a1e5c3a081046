// The import report the dashboard shows after an import or a feed sync.
import type { ImportReport } from '../../contract/index';
import { ParseError } from '../../domain/library/raw-item';

/** A feed fetched over plain http: the report warns about it. */
export const isHttp = (url: string): boolean => url.startsWith('http:');

export function emptyReport(label: string, sourceId: string | null): ImportReport {
  return {
    sourceId,
    label,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    rejectedCount: 0,
    error: null,
    notModified: false,
    insecure: false,
    ignored: [],
  };
}

/** A file or feed that could not be imported at all, and why. */
export const failure = (label: string, error: unknown): ImportReport => ({
  ...emptyReport(label, null),
  error: error instanceof ParseError || error instanceof Error ? error.message : String(error),
});
