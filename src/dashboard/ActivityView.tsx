// The dashboard's activity log, the whole of it: newest first, paged, filtered (the filters are in
// the address); notes on any entry; interactions logged by hand (call, meeting, email, note) in
// the dialog "+ Log an interaction"; an entry deleted at once with an Undo toast; the filtered log
// exported to CSV, streamed from the background. The log is a live query: a share made on
// LinkedIn or a reply read in another tab shows without a reload.
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { LogCursor, LogEntry, LogFilter } from '../contract/index';
import type { ActivityFilter } from '../contract/routes';
import { t } from '../i18n/i18n';
import { errorText } from '../ui/labels';
import { useQuery } from '../ui/use-query';
import { plural } from '../ui/plural';
import { datedName, downloadBlob } from './download';
import { ActivityFilters } from './ActivityFilters';
import { AddLogEntryForm } from './AddLogEntryForm';
import { DialogButton } from './DialogButton';
import { useUndoList } from '../ui/UndoToast';
import { LogEntryRow } from './LogEntryRow';
import { CrmExport } from './CrmExport';
import { profilePathOf } from '../domain/people/profile-ids';
import { dayRange } from '../domain/time/local-date';
import { streamLogCsv } from '../features/log-export/page-stream';

const PAGE = 50;
/** The most one request may ask for (the request's own bound). */
const MAX_PAGE = 200;
const NONE: LogEntry[] = [];

/** What the background is asked for: the form's values, each only once it is whole. */
export function logFilter(filter: ActivityFilter): LogFilter {
  // Whole days on the user's calendar: from the first millisecond of one to the last of the other.
  const from = dayRange(filter.from)?.start;
  const to = dayRange(filter.to)?.end;
  const prospectId = profilePathOf(filter.prospect);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(prospectId ? { prospectId } : {}),
    ...(filter.stage ? { stage: filter.stage } : {}),
    ...(filter.content ? { contentId: filter.content } : {}),
  };
}

/** The newest `count` entries (and where the next ones start), in requests of at most MAX_PAGE. */
async function newest(filter: LogFilter, count: number): Promise<{ entries: LogEntry[]; next: LogCursor }> {
  const entries: LogEntry[] = [];
  let before: LogCursor = null;
  do {
    const page: { entries: LogEntry[]; next: LogCursor } = await request('activity.page', {
      filter,
      before,
      limit: Math.min(MAX_PAGE, count - entries.length),
    });
    entries.push(...page.entries);
    before = page.next;
  } while (before && entries.length < count);
  return { entries, next: before };
}

export function ActivityView({ filter: route, onFilter }: { filter: ActivityFilter; onFilter: (filter: ActivityFilter) => void }) {
  const filter = logFilter(route);
  const key = JSON.stringify(filter);
  // How many entries are shown: a page more with each "Show more", back to one with a new filter.
  const [shown, setShown] = useState({ key, count: PAGE });
  const count = shown.key === key ? shown.count : PAGE;
  const [log] = useQuery(`log ${key} ${count}`, () => newest(filter, count), ['interactions', 'content', 'prospects']);
  const [status, setStatus] = useState<string | null>(null);
  const deletable = useUndoList('entry:', log.state === 'ready' ? log.value.entries : NONE, (entry) => String(entry.interaction.id));
  const entries = deletable.visible;

  const exportCsv = async () => {
    setStatus(t('working'));
    try {
      // Streamed from the background chunk by chunk into the file: no single string holds the whole log.
      const { file } = await streamLogCsv(filter);
      downloadBlob(file, datedName('nurture-activity', 'csv'));
      setStatus(null);
    } catch (failure) {
      setStatus(errorText(failure));
    }
  };

  const shownStatus = status ?? (log.state === 'error' ? log.message : null);
  return (
    <section class="card" aria-labelledby="activity-heading">
      <div class="view-head">
        <h2 id="activity-heading">{t('activityTitle')}</h2>
        <DialogButton label={t('activityLogOpen')}>
          {(close) => (
            <AddLogEntryForm
              onAdded={() => {
                close();
                setStatus(t('activityAdded'));
              }}
              onCancel={close}
            />
          )}
        </DialogButton>
      </div>
      <div class="filters">
        <ActivityFilters filter={route} onFilter={onFilter} />
        <button type="button" class="secondary" onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
        <CrmExport source={{ filter }} />
      </div>
      {shownStatus && <p role="status">{shownStatus}</p>}
      {entries.length === 0 ? (
        <p class="muted">{t('noActivity')}</p>
      ) : (
        <ul class="log" data-testid="log">
          {entries.map((entry) => (
            <LogEntryRow
              key={entry.interaction.id}
              entry={entry}
              undoKey={deletable.focusKey(String(entry.interaction.id))}
              onLinked={(linked) => setStatus(plural(t, linked, 'activityLinked_one', 'activityLinked_other'))}
              // One entry, for good once the Undo time is over: a reply the page forged, a share logged by mistake.
              onDelete={() => {
                const id = entry.interaction.id!;
                deletable.remove(String(id), t('activityDeleted'), () => request('activity.delete', { id }));
              }}
            />
          ))}
        </ul>
      )}
      {log.state === 'ready' && log.value.next && (
        <button type="button" class="secondary" onClick={() => setShown({ key, count: count + PAGE })}>
          {t('showMore')}
        </button>
      )}
    </section>
  );
}
