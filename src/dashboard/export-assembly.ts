// The file of a streamed export, put together on the page: each chunk's text goes into a Blob
// as it arrives (the browser keeps the bytes outside the page's heap, which holds no chunk once
// stored), with the cursor it ends at, so an export cut by a stopped worker resumes after the
// last chunk stored and every row is in the file once. Pure apart from Blob.
import type { LogCursor } from '../features/log-export/protocol';

export interface ExportAssembly {
  /** Stores one chunk (its text, or the Blob the export cache gave) and where the next starts; true when it was the last. */
  chunk(text: string | Blob, next: LogCursor): boolean;
  /** Where to ask from after a cut: null before any chunk (the whole file, header first). */
  resumeAfter(): LogCursor;
  /** Chunks stored so far. */
  chunks(): number;
  /** Whether the last chunk came. */
  complete(): boolean;
  /** The whole file; only once complete. */
  file(type: string): Blob;
}

export function createExportAssembly(): ExportAssembly {
  const parts: Blob[] = [];
  let after: LogCursor = null;
  let done = false;
  return {
    chunk(text, next) {
      if (done) throw new Error('the export sent more after its last chunk');
      parts.push(typeof text === 'string' ? new Blob([text]) : text);
      after = next;
      done = next === null;
      return done;
    },
    resumeAfter: () => after,
    chunks: () => parts.length,
    complete: () => done,
    file(type) {
      if (!done) throw new Error('the export is not complete');
      return new Blob(parts, { type });
    },
  };
}
