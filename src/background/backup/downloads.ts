// Writing a backup file through the downloads API, and removing one this device wrote. The API
// is handed in (main.ts gives browser.downloads), so this runs against a fake in the tests.

/** What is used of the downloads API (webextension-polyfill's Downloads.Static fits). */
export interface DownloadsApi {
  download(options: { url: string; filename: string; saveAs: boolean; conflictAction: 'uniquify' }): Promise<number>;
  search(query: { id?: number; filename?: string }): Promise<DownloadItem[]>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<unknown>;
  onChanged: {
    addListener(listener: (delta: DownloadDelta) => void): void;
    removeListener(listener: (delta: DownloadDelta) => void): void;
  };
}
export interface DownloadItem {
  id: number;
  filename: string;
  state?: string;
  error?: string;
}
export interface DownloadDelta {
  id: number;
  state?: { current?: string };
}

/** URL.createObjectURL where the context has it (Firefox's event page); Chrome's service worker has not. */
export type ObjectUrls = Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> | null;

export interface BackupFiles {
  /** Writes `text` to `filename` (relative to the Downloads folder) and answers once it is on disk. */
  save(filename: string, text: string): Promise<{ downloadId: number; filename: string }>;
  /** Deletes the file and its entry in the downloads list, if it is still the one written. */
  remove(written: { downloadId: number; filename: string }): Promise<void>;
}

const MIME = 'application/octet-stream';
/** A multiple of 3 bytes, so each chunk's base64 joins the next without padding in between. */
const CHUNK = 3 * 8192;

/** Base64 of the text's UTF-8 bytes, a chunk at a time: one String.fromCharCode over megabytes overflows the stack. */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK))));
  return parts.join('');
}

function fileUrl(text: string, objectUrls: ObjectUrls): { url: string; release: () => void } {
  if (objectUrls) {
    const url = objectUrls.createObjectURL(new Blob([text], { type: MIME }));
    return { url, release: () => objectUrls.revokeObjectURL(url) };
  }
  return { url: `data:${MIME};base64,${base64(text)}`, release: () => {} };
}

/**
 * The download's item once it is complete. Listens before looking, so a download that
 * finished in between is still seen; bounded, so a stuck one fails instead of hanging the worker.
 */
function settled(api: DownloadsApi, id: number, timeoutMs: number): Promise<DownloadItem> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (outcome: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      api.onChanged.removeListener(listener);
      outcome();
    };
    const look = async () => {
      const [item] = await api.search({ id });
      if (!item) finish(() => reject(new Error('the download disappeared from the downloads list')));
      else if (item.state === 'complete') finish(() => resolve(item));
      else if (item.state === 'interrupted') finish(() => reject(new Error(`the download failed (${item.error ?? 'interrupted'})`)));
    };
    const listener = (delta: DownloadDelta) => {
      if (delta.id === id && delta.state?.current !== undefined) void look().catch((error: unknown) => finish(() => reject(error)));
    };
    const timer = setTimeout(() => finish(() => reject(new Error('the download did not finish'))), timeoutMs);
    api.onChanged.addListener(listener);
    void look().catch((error: unknown) => finish(() => reject(error)));
  });
}

export function downloadFiles(api: DownloadsApi, objectUrls: ObjectUrls, timeoutMs = 120_000): BackupFiles {
  return {
    async save(filename, text) {
      const { url, release } = fileUrl(text, objectUrls);
      try {
        const id = await api.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
        const item = await settled(api, id, timeoutMs);
        return { downloadId: id, filename: item.filename };
      } finally {
        // The blob is read by then (complete), or never will be.
        release();
      }
    },
    async remove(written) {
      // Download ids are not a file's identity (Firefox numbers them anew each session, and a
      // cleared history can give one again): only an entry at the very path written is ours.
      const found = [
        ...(await api.search({ id: written.downloadId }).catch(() => [])),
        ...(await api.search({ filename: written.filename }).catch(() => [])),
      ];
      const item = found.find((one) => one.filename === written.filename);
      if (!item) return;
      // The user may have moved or deleted it already: then only the list entry goes.
      await api.removeFile(item.id).catch(() => {});
      await api.erase({ id: item.id }).catch(() => {});
    },
  };
}
