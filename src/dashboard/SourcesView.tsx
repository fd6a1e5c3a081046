// Where the library comes from: files picked here, feeds fetched by the background, the
// starter examples. Each source shows what its last import or sync did. A source the company's
// policy names is marked so and cannot be removed; when its host is not granted yet, the user
// allows it here (the browser asks for a click of theirs).
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { ImportReport } from '../contract/index';
import type { Pack, Source } from '../domain/model';
import { decodeText } from '../domain/library/decode';
import { t } from '../i18n/i18n';
import { errorText, sourceKindLabel, stageLabel } from '../ui/labels';
import { dateOnly, dateTime } from '../ui/format';
import { packLabel } from '../ui/ItemCard';
import { useRequest } from '../ui/use-request';
import { useUndoList } from '../ui/UndoToast';
import { plural } from '../ui/plural';
import { FileField } from '../ui/FileField';

const NO_SOURCES: Source[] = [];

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * The origins of the company's sources that Nurture may not fetch yet (asked again when the list
 * changes, and after the user allowed one).
 */
function useMissingAccess(sources: readonly Source[]): [ReadonlySet<string>, () => void] {
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [round, setRound] = useState(0);
  const managed = sources.filter((source) => source.managed && source.url !== null);
  const origins = [...new Set(managed.map((source) => originOf(source.url!)))].filter((origin) => origin !== null);
  const key = origins.join(' ');
  useEffect(() => {
    let live = true;
    const granted = async (origin: string) => {
      try {
        return await browser.permissions.contains({ origins: [`${origin}/*`] });
      } catch {
        return true; // Unknown: the source's own sync error says it if it is refused.
      }
    };
    void Promise.all(origins.map(async (origin) => ((await granted(origin)) ? null : origin))).then((refused) => {
      if (live) setMissing(new Set(refused.filter((origin) => origin !== null)));
    });
    return () => {
      live = false;
    };
  }, [key, round]);
  return [missing, () => setRound((n) => n + 1)];
}

/** Shown with every report and source of a feed fetched over plain http. */
function InsecureWarning() {
  return (
    <p class="small warning" data-testid="insecure-feed">
      {t('feedInsecureWarning')}
    </p>
  );
}

function ReportView({ report }: { report: ImportReport }) {
  if (report.error) {
    return (
      <div class="report error" role="alert" data-testid="import-report">
        {t('importFailed', [report.label, report.error])}
        {report.insecure && <InsecureWarning />}
      </div>
    );
  }
  return (
    <div class="report" role="status" data-testid="import-report">
      <p>
        {report.notModified
          ? t('syncNotModified', report.label)
          : t('importDone', [
              report.label,
              added(report.added),
              updated(report.updated),
              unchanged(report.unchanged),
              rejected(report.rejectedCount),
            ])}
      </p>
      {report.insecure && <InsecureWarning />}
      {report.ignored.length > 0 && (
        <p class="small muted" data-testid="import-ignored">
          {t('importIgnored', report.ignored.join(', '))}
        </p>
      )}
      {report.rejected.length > 0 && (
        <details>
          <summary>{t('rejectedItems', rejected(report.rejectedCount))}</summary>
          <ul>
            {report.rejected.map((rejection, i) => (
              <li key={i}>
                <strong>{rejection.where}</strong>: {rejection.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

const when = dateTime;
const added = (n: number) => plural(t, n, 'importAdded_one', 'importAdded_other');
const updated = (n: number) => plural(t, n, 'importUpdated_one', 'importUpdated_other');
const unchanged = (n: number) => plural(t, n, 'importUnchanged_one', 'importUnchanged_other');
const rejected = (n: number) => plural(t, n, 'importRejected_one', 'importRejected_other');

function lastResult(source: Source): string {
  const sync = source.lastSync;
  if (!sync) return t('neverSynced');
  if (sync.error) return t('lastSyncFailed', [when(sync.at), sync.error]);
  if (sync.notModified) return t('lastSyncNotModified', when(sync.at));
  return t('lastSyncDone', [when(sync.at), added(sync.added), updated(sync.updated), rejected(sync.rejected)]);
}

/** The pack a source carries: name and version, when it expires, whom it recommends its items for. */
function PackLine({ pack }: { pack: Pack }) {
  const expired = pack.expiresAt !== null && pack.expiresAt <= Date.now();
  const recommended = [...pack.personas, ...pack.stages.map(stageLabel)];
  return (
    <div class="small pack" data-testid="source-pack">
      <span class="chip pack">{packLabel(pack)}</span>{' '}
      <span class={expired ? 'warning' : 'muted'}>
        {pack.expiresAt === null ? t('packNoExpiry') : t(expired ? 'packExpired' : 'packExpires', dateOnly(pack.expiresAt))}
      </span>
      {recommended.length > 0 && <span class="muted"> · {t('packRecommended', recommended.join(', '))}</span>}
    </div>
  );
}

export function SourcesView() {
  // Live: a sync by the alarm, or an import in another dashboard, shows here too.
  const [sources] = useRequest('library.sources', {});
  const removable = useUndoList('source:', sources.state === 'ready' ? sources.value : NO_SOURCES, (source) => source.id);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedUrl, setFeedUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missingAccess, recheckAccess] = useMissingAccess(sources.state === 'ready' ? sources.value : NO_SOURCES);

  const run = async (work: () => Promise<ImportReport | null>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (result) setReport(result);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File) =>
    run(async () => {
      // Decoded here with the same rules the background uses for feeds (BOM, XML prolog).
      const text = decodeText(new Uint8Array(await file.arrayBuffer()));
      return request('library.importFile', { fileName: file.name, text });
    });

  const addFeed = (event: Event) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = new URL(feedUrl.trim()).origin;
    } catch {
      setError(t('feedUrlInvalid'));
      return;
    }
    // The permission prompt must come from this click: ask for this one host, nothing wider.
    void browser.permissions
      .request({ origins: [`${origin}/*`] })
      .then((granted) =>
        granted ? run(() => request('library.addFeed', { url: feedUrl.trim() })) : setError(t('feedPermissionRefused', origin)),
      );
  };

  // The prompt must come from this click; once granted, the source is synced at once.
  const allowAccess = (source: Source, origin: string) =>
    void browser.permissions.request({ origins: [`${origin}/*`] }).then((granted) => {
      recheckAccess();
      return granted ? run(() => request('library.syncSource', { id: source.id })) : setError(t('feedPermissionRefused', origin));
    });

  return (
    <section class="card" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sourcesTitle')}</h2>
      <div class="source-actions">
        <div class="field">
          <FileField
            label={t('importFile')}
            name="library-file"
            accept=".xml,.rss,.atom,.json,.csv,.txt,application/xml,application/json,text/csv"
            describedBy="library-file-hint"
            disabled={busy}
            onFile={(file) => void importFile(file)}
          />
          <small id="library-file-hint" class="muted">
            {t('importFileHint')}
          </small>
        </div>
        <form class="field" onSubmit={addFeed}>
          <span>{t('addFeed')}</span>
          <div class="inline">
            <input
              type="url"
              name="feed-url"
              placeholder="https://example.com/blog/feed/"
              value={feedUrl}
              onInput={(e) => setFeedUrl(e.currentTarget.value)}
            />
            <button type="submit" class="primary" disabled={busy || !feedUrl.trim()}>
              {t('add')}
            </button>
          </div>
          <small class="muted">{t('addFeedHint')}</small>
        </form>
      </div>
      {busy && <p class="muted">{t('working')}</p>}
      {error && <p class="error">{error}</p>}
      {report && <ReportView report={report} />}

      <h3>{t('yourSources')}</h3>
      {sources.state === 'ready' && sources.value.length === 0 && <p class="muted">{t('noSources')}</p>}
      {sources.state === 'ready' && (
        <ul class="sources">
          {removable.visible.map((source) => {
            const origin = source.managed && source.url ? originOf(source.url) : null;
            const needsAccess = origin !== null && missingAccess.has(origin);
            return (
              <li key={source.id} class="source" data-managed={source.managed ? 'true' : undefined}>
                <div>
                  <strong>{source.label}</strong> <span class="chip">{sourceKindLabel(source.kind)}</span>
                  {source.managed && (
                    <>
                      {' '}
                      <span class="chip" data-testid="source-managed">
                        {t('setByCompany')}
                      </span>
                    </>
                  )}
                  {source.pack && <PackLine pack={source.pack} />}
                  {source.url && <div class="muted small">{source.url}</div>}
                  {source.url?.startsWith('http:') && <InsecureWarning />}
                  <div class={`small ${source.lastSync?.error ? 'error' : 'muted'}`}>{lastResult(source)}</div>
                  {needsAccess && <div class="small warning">{t('feedPermissionRefused', origin)}</div>}
                </div>
                <div class="item-actions">
                  {needsAccess && (
                    <button type="button" class="primary" disabled={busy} onClick={() => allowAccess(source, origin)}>
                      {t('allowAccess')}
                    </button>
                  )}
                  {source.url && (
                    <button type="button" disabled={busy} onClick={() => void run(() => request('library.syncSource', { id: source.id }))}>
                      {t('syncNow')}
                    </button>
                  )}
                  {/* The company's sources go when its policy drops them, not from here. */}
                  {!source.managed && (
                    <button
                      type="button"
                      class="danger"
                      disabled={busy}
                      data-undo-focus={removable.focusKey(source.id)}
                      onClick={() => {
                        // Examples go in one click (they come back in one too, "Add the example library");
                        // the user's own sources go with an Undo toast, their removal sent once it is over.
                        if (source.kind === 'starter') void run(async () => (await request('library.removeExamples', {}), null));
                        else removable.remove(source.id, t('sourceRemoved'), () => request('library.removeSource', { id: source.id }));
                      }}
                    >
                      {source.kind === 'starter' ? t('removeExamples') : t('remove')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {sources.state === 'ready' && !sources.value.some((source) => source.kind === 'starter') && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void run(() => request('library.restoreExamples', {}))}>
          {t('restoreExamples')}
        </button>
      )}
    </section>
  );
}
