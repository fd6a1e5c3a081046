// The log's CSV from the background over one port (src/features/log-export/protocol.ts): chunks go into
// the file as they come (taken from the export cache when the background stored them there,
// src/features/log-export/page-cache.ts), each acknowledged so the background sends the next. A worker stopped
// mid-export (the port drops without the last chunk) is asked again from the last chunk stored,
// so the file has every row once, as with the chunked requests.
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { EXPORT_PORT, ExportServerMessageSchema, type ExportClientMessage, type ExportStreamTimings, type LogFilter } from './protocol';
import { createExportAssembly, type ExportAssembly } from '../../dashboard/export-assembly';
import { cacheChunkTaker, type TakeChunk } from './page-cache';

/** The parts of runtime.Port the page uses. */
export interface PagePort {
  postMessage(message: ExportClientMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** Cuts in a row without a chunk coming before the export gives up. */
const CUTS_WITHOUT_PROGRESS = 3;

export interface StreamedFile {
  file: Blob;
  /** How many rows the file holds and where the background's time went; null if the last connection was cut after the last chunk. */
  rows: number | null;
  timings: ExportStreamTimings | null;
}

export async function streamLogCsv(
  filter: LogFilter,
  connect: () => PagePort = () => browser.runtime.connect({ name: EXPORT_PORT }),
  take: TakeChunk | null = cacheChunkTaker(),
): Promise<StreamedFile> {
  const assembly = createExportAssembly();
  const type = 'text/csv;charset=utf-8';
  let cuts = 0;
  for (;;) {
    const before = assembly.chunks();
    const ended = await attempt(connect(), filter, assembly, take);
    // A chunk the cache lost: asked again as text.
    if (ended.kind === 'lost') take = null;
    if (ended.kind === 'done' && assembly.complete()) return { file: assembly.file(type), rows: ended.rows, timings: ended.timings };
    if (assembly.complete()) return { file: assembly.file(type), rows: null, timings: null };
    cuts = assembly.chunks() > before ? 1 : cuts + 1;
    if (cuts >= CUTS_WITHOUT_PROGRESS) throw new Error('The export was interrupted: try again.');
  }
}

function ack(port: PagePort): void {
  try {
    port.postMessage({ type: 'ack' });
  } catch {
    // The worker went: the port's disconnection follows, and the export resumes.
  }
}

type Ended = { kind: 'done'; rows: number; timings: ExportStreamTimings } | { kind: 'cut' } | { kind: 'lost' };

/**
 * One connection: resolves when the background says done or the port drops; rejects when it
 * says failed. Messages are handled one after the other (taking a chunk from the cache waits),
 * so the disconnection is heard after the chunks that came before it.
 */
function attempt(port: PagePort, filter: LogFilter, assembly: ExportAssembly, take: TakeChunk | null): Promise<Ended> {
  return new Promise<Ended>((resolve, reject) => {
    let settled = false;
    let queue = Promise.resolve();
    const later = (handle: () => void | Promise<void>) => {
      queue = queue.then(handle).catch(() => {});
    };
    const end = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    port.onDisconnect.addListener(() => later(() => end(() => resolve({ kind: 'cut' }))));
    port.onMessage.addListener((raw) => later(() => heard(raw)));
    const heard = async (raw: unknown) => {
      if (settled) return;
      const parsed = v.safeParse(ExportServerMessageSchema, raw);
      if (!parsed.success) {
        port.disconnect();
        return end(() => reject(new Error('The background answered the export with something unexpected.')));
      }
      const message = parsed.output;
      if (message.type === 'done' || message.type === 'failed') {
        port.disconnect();
        if (message.type === 'done') end(() => resolve({ kind: 'done', rows: message.rows, timings: message.timings }));
        else end(() => reject(new Error(message.message)));
        return;
      }
      let part: string | Blob = '';
      if (message.type === 'stored') {
        try {
          if (!take) throw new Error('no export cache here');
          part = await take(message.key);
        } catch {
          port.disconnect();
          return end(() => resolve({ kind: 'lost' }));
        }
        if (settled) return;
      } else part = message.text;
      try {
        assembly.chunk(part, message.next);
      } catch (error) {
        // More after the last chunk: not the file we asked for.
        port.disconnect();
        end(() => reject(error instanceof Error ? error : new Error(String(error))));
        return;
      }
      ack(port);
    };
    try {
      port.postMessage({ type: 'start', filter, after: assembly.resumeAfter(), cache: take !== null });
    } catch {
      // The worker went at once: counted as a cut.
      end(() => resolve({ kind: 'cut' }));
    }
  });
}
