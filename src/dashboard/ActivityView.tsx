// The dashboard's activity log: newest first, paged, filtered; notes on any entry, entries by
// hand (call, meeting, email, note), one entry deleted after a confirmation; the filtered log
// exported to CSV in chunks.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import { MANUAL_KINDS, type LogCursor, type LogEntry, type LogFilter } from '../shared/contract';
import { t, uiLanguage } from '../shared/i18n';
import { errorText } from '../ui/labels';
import { datedName, downloadBlob } from './download';
import { STAGES, type Prospect, type ProspectStage } from '../shared/model';
import { useRequest } from '../ui/use-request';

const KINDS = ['shared', 'posted', 'replied', 'stage', ...MANUAL_KINDS] as const;
const PAGE = 50;
const CHUNK = 2000;

const dayStart = (date: string) => (date ? new Date(`${date}T00:00:00`).getTime() : undefined);
const dayEnd = (date: string) => (date ? new Date(`${date}T23:59:59.999`).getTime() : undefined);

/**
 * A share logged with a name only (the conversation linked no profile, and not exactly one
 * tracked prospect bore that name): the user says which prospect it was. The background then
 * gives that prospect to this entry and to every other share logged with the same name.
 */
function LinkPerson({ id, personName, onLinked }: { id: number; personName: string; onLinked: (linked: number) => void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(personName);
  const [choices, setChoices] = useState<Prospect[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    request('prospects.list', { text: query.trim().slice(0, 100) }).then(
      (list) => {
        if (!live) return;
        const shown = list.slice(0, 50);
        setChoices(shown);
        setChosen(shown[0]?.id ?? '');
      },
      (failure: unknown) => live && setError(errorText(failure)),
    );
    return () => {
      live = false;
    };
  }, [open, query]);
  if (!open) {
    return (
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {t('activityLinkPerson')}
      </button>
    );
  }
  return (
    <form
      class="inline link-person"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        request('activity.linkPerson', { id, prospectId: chosen }).then(
          ({ linked }) => onLinked(linked),
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <input aria-label={t('activityLinkSearch')} placeholder={t('activityLinkSearch')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {choices.length === 0 ? (
        <span class="muted small">{t('activityLinkNone')}</span>
      ) : (
        <select aria-label={t('activityLinkChoice')} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          {choices.map((prospect) => (
            <option key={prospect.id} value={prospect.id}>
              {prospect.company ? `${prospect.name} · ${prospect.company}` : prospect.name}
            </option>
          ))}
        </select>
      )}
      <button type="submit" class="primary" disabled={!chosen}>
        {t('activityLinkConfirm')}
      </button>
      {error && <span class="error">{error}</span>}
    </form>
  );
}

function Entry({ entry, onSaved, onLinked, onDeleted }: { entry: LogEntry; onSaved: () => void; onLinked: (linked: number) => void; onDeleted: (failure?: unknown) => void }) {
  const [note, setNote] = useState(entry.interaction.note);
  const changed = note !== entry.interaction.note;
  const { interaction } = entry;
  const nameOnly = interaction.prospectId === null && interaction.personName ? interaction.personName : null;
  return (
    <li class="log-entry" data-kind={interaction.kind}>
      <div>
        <span class="muted small">{new Date(interaction.at).toLocaleString(uiLanguage())}</span> <span class="chip">{interaction.kind}</span>
        {interaction.status && <span class={`chip ${interaction.status}`}>{interaction.status}</span>}{' '}
        {nameOnly ? <span data-testid="name-only">{t('activityNameOnly', nameOnly)}</span> : (entry.prospectName ?? interaction.prospectId ?? '')}
        {entry.contentTitle && <> · {entry.contentTitle}</>}
      </div>
      {nameOnly && interaction.id !== undefined && <LinkPerson id={interaction.id} personName={nameOnly} onLinked={onLinked} />}
      <div class="inline">
        <input aria-label={t('activityNote')} placeholder={t('activityNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {changed && (
          <button type="button" class="secondary" onClick={() => void request('activity.setNote', { id: interaction.id!, note }).then(onSaved)}>
            {t('save')}
          </button>
        )}
        {interaction.id !== undefined && (
          <button
            type="button"
            class="secondary"
            aria-label={t('activityDeleteLabel')}
            onClick={() => {
              // One entry, for good: a reply the page forged, a share logged by mistake.
              if (!window.confirm(t('confirmDeleteEntry'))) return;
              request('activity.delete', { id: interaction.id! }).then(
                () => onDeleted(),
                (failure: unknown) => onDeleted(failure),
              );
            }}
          >
            {t('activityDelete')}
          </button>
        )}
      </div>
    </li>
  );
}

function AddEntry({ onAdded }: { onAdded: () => void }) {
  const [kind, setKind] = useState<(typeof MANUAL_KINDS)[number]>('call');
  const [prospect, setProspect] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="inline add-entry"
      onSubmit={(event) => {
        event.preventDefault();
        const prospectId = /(\/in\/[^/?#\s]+)/.exec(prospect)?.[1]?.toLowerCase() ?? null;
        request('activity.add', { kind, prospectId, note }).then(
          () => {
            setNote('');
            onAdded();
          },
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <select aria-label={t('activityKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as (typeof MANUAL_KINDS)[number])}>
        {MANUAL_KINDS.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <input aria-label={t('activityProspect')} placeholder="/in/…" value={prospect} onInput={(e) => setProspect(e.currentTarget.value)} />
      <input aria-label={t('activityNote')} placeholder={t('activityNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} required />
      <button type="submit" class="primary">
        {t('add')}
      </button>
      {error && <span class="error">{error}</span>}
    </form>
  );
}

export function ActivityView() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<LogFilter['kind'] | ''>('');
  const [prospect, setProspect] = useState('');
  const [stage, setStage] = useState<ProspectStage | ''>('');
  const [contentId, setContentId] = useState('');
  const [library] = useRequest('library.search', { text: '', includeExpired: true, limit: 200 });
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [next, setNext] = useState<LogCursor>(null);
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState<string | null>(null);

  const filter: LogFilter = {
    ...(dayStart(from) !== undefined ? { from: dayStart(from)! } : {}),
    ...(dayEnd(to) !== undefined ? { to: dayEnd(to)! } : {}),
    ...(kind ? { kind } : {}),
    ...(/^\/in\/[^/?#\s]+$/.test(prospect.trim()) ? { prospectId: prospect.trim().toLowerCase() } : {}),
    ...(stage ? { stage } : {}),
    ...(contentId ? { contentId } : {}),
  };
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    request('activity.page', { filter, before: null, limit: PAGE }).then((page) => {
      if (!live) return;
      setEntries(page.entries);
      setNext(page.next);
    }, (failure: unknown) => setStatus(errorText(failure)));
    return () => {
      live = false;
    };
  }, [key, generation]);

  const more = () =>
    void request('activity.page', { filter, before: next, limit: PAGE }).then((page) => {
      setEntries([...entries, ...page.entries]);
      setNext(page.next);
    });

  const exportCsv = async () => {
    setStatus(t('working'));
    try {
      // Chunk by chunk into a Blob: no single string holds the whole log.
      const parts: string[] = [];
      let after: LogCursor = null;
      let first = true;
      const exportId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      while (first || after) {
        first = false;
        const chunk: { text: string; next: LogCursor } = await request('activity.exportChunk', { filter, after, limit: CHUNK, exportId });
        parts.push(chunk.text);
        after = chunk.next;
      }
      downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), datedName('nurture-activity', 'csv'));
      setStatus(null);
    } catch (failure) {
      setStatus(errorText(failure));
    }
  };

  return (
    <section class="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t('activityTitle')}</h2>
      <AddEntry onAdded={() => setGeneration((n) => n + 1)} />
      <div class="filters">
        <label class="check">
          {t('activityFrom')} <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="check">
          {t('activityTo')} <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <select aria-label={t('activityKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as LogFilter['kind'] | '')}>
          <option value="">{t('activityAllKinds')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <input aria-label={t('activityProspect')} placeholder="/in/…" value={prospect} onInput={(e) => setProspect(e.currentTarget.value)} />
        <select aria-label={t('filterStage')} value={stage} onChange={(e) => setStage(e.currentTarget.value as ProspectStage | '')}>
          <option value="">{t('allStages')}</option>
          {[...STAGES, 'lost' as const].map((value) => (
            <option key={value} value={value}>
              {t(`stage_${value}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('insightContent')} value={contentId} onChange={(e) => setContentId(e.currentTarget.value)}>
          <option value="">{t('activityAllContent')}</option>
          {library.state === 'ready' &&
            library.value.hits.map(({ item }) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
        </select>
        <button type="button" class="primary" onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      {entries.length === 0 ? <p class="muted">{t('noActivity')}</p> : (
        <ul class="log" data-testid="log">
          {entries.map((entry) => (
            <Entry
              key={entry.interaction.id}
              entry={entry}
              onSaved={() => setGeneration((n) => n + 1)}
              onLinked={(linked) => {
                setStatus(t('activityLinked', String(linked)));
                setGeneration((n) => n + 1);
              }}
              onDeleted={(failure) => {
                setStatus(failure === undefined ? t('activityDeleted') : errorText(failure));
                setGeneration((n) => n + 1);
              }}
            />
          ))}
        </ul>
      )}
      {next && (
        <button type="button" class="secondary" onClick={more}>
          {t('showMore')}
        </button>
      )}
    </section>
  );
}
