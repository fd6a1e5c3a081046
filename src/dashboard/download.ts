import { localDay } from '../domain/time/local-date';

// Saving a file from an extension page: a Blob and a link with a download name work in both
// browsers without the downloads permission.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "nurture-activity-2026-11-22.csv": local date, sorts by name. */
export function datedName(prefix: string, extension: string, now = Date.now()): string {
  return `${prefix}-${localDay(now)}.${extension}`;
}
