// Team stats in Insights: export this rep's file (counts per content item, a random install id,
// the weeks covered, a label only if typed now), and load the team's files into a merged view.
// The files loaded stay in this page's memory only: they are the team's figures, not this
// rep's data, so they go into no store and no backup; leaving the page forgets them.
import { useMemo, useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { CsvCell } from '../domain/csv/write';
import { t } from '../i18n/i18n';
import { hasClicks, mergeTeamStats, type LoadedTeamFile, type TeamView } from '../domain/team/team-merge';
import { readTeamStats, TEAM_LABEL_MAX, type TeamFileRead } from '../domain/team/team-stats-format';
import { errorText } from '../ui/labels';
import { downloadTable } from './csv-table';
import { downloadBlob } from './download';
import { TeamTable } from './TeamTable';

const PERIODS = [4, 13, 26, 52] as const;

/** The refusal of one file, in the user's language. */
function problemText(name: string, read: Exclude<TeamFileRead, { ok: true }>): string {
  switch (read.problem) {
    case 'too-big':
      return t('teamErrorTooBig', name);
    case 'not-json':
      return t('teamErrorJson', [name, read.detail]);
    case 'not-team-stats':
      return t('teamErrorNotTeam', name);
    case 'version':
      return t('teamErrorVersion', [name, read.version]);
    case 'invalid':
      return t('teamErrorInvalid', [name, read.detail]);
  }
}

const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/**
 * One row per item, then one per persona and per stage of it: the whole view in a spreadsheet.
 * Titles, addresses and keys are text from the team's files (neutralised by the CSV writer);
 * the counts and rates are numbers, written as they are. When any file carries clicks, a
 * `clicks` column is appended (so that the columns before it keep their place): the item's
 * count on its `all` row, empty where no file counted it and on the persona and stage rows
 * (clicks are per item only).
 */
export function teamCsv(view: TeamView): CsvCell[][] {
  const clicks = hasClicks(view);
  return view.items.flatMap((item) => {
    const tail = (value: number | null): CsvCell[] => (clicks ? [value] : []);
    return [
      [item.title, item.url, 'all', '', item.reps, item.shares, item.sent, item.replies, rate(item.rate), ...tail(item.clicks ?? null)],
      ...item.byPersona.map((row) => [
        item.title,
        item.url,
        'persona',
        row.key,
        null,
        row.shares,
        row.sent,
        row.replies,
        rate(row.rate),
        ...tail(null),
      ]),
      ...item.byStage.map((row) => [
        item.title,
        item.url,
        'stage',
        row.key,
        null,
        row.shares,
        row.sent,
        row.replies,
        rate(row.rate),
        ...tail(null),
      ]),
    ];
  });
}
/** The columns of a view without clicks. */
export const TEAM_CSV_HEADER = [
  'content_title',
  'content_url',
  'breakdown',
  'key',
  'reps',
  'shares',
  'sent',
  'replies',
  'reply_rate_percent',
];
/** The columns of `view`'s file: `clicks` last when any file carries clicks. */
export const teamCsvHeader = (view: TeamView): string[] => (hasClicks(view) ? [...TEAM_CSV_HEADER, 'clicks'] : TEAM_CSV_HEADER);

function ExportForm() {
  const [weeks, setWeeks] = useState<number | null>(13);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const exportStats = async () => {
    setError(null);
    try {
      const file = await request('team.exportStats', { weeks, label });
      const name = `nurture-team-stats-${file.installId.slice(0, 8)}-${file.period.to}.json`;
      downloadBlob(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }), name);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form
      class="team-export"
      onSubmit={(event) => {
        event.preventDefault();
        void exportStats();
      }}
    >
      <label class="field">
        {t('teamLabel')}
        <input
          type="text"
          name="team-label"
          maxLength={TEAM_LABEL_MAX}
          placeholder={t('teamLabelHint')}
          value={label}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        {t('teamPeriod')}
        <select
          name="team-weeks"
          value={weeks === null ? 'all' : String(weeks)}
          onChange={(event) => setWeeks(event.currentTarget.value === 'all' ? null : Number(event.currentTarget.value))}
        >
          {PERIODS.map((n) => (
            <option key={n} value={String(n)}>
              {t('teamWeeks', String(n))}
            </option>
          ))}
          <option value="all">{t('teamAllWeeks')}</option>
        </select>
      </label>
      <button type="submit" class="primary">
        {t('teamExport')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}

export function TeamStats() {
  const [loaded, setLoaded] = useState<LoadedTeamFile[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const view = useMemo(() => (loaded.length ? mergeTeamStats(loaded) : null), [loaded]);

  const load = async (files: readonly File[]) => {
    const reads = await Promise.all(
      files.map(async (file): Promise<{ name: string; read: TeamFileRead | null }> => {
        try {
          return { name: file.name, read: readTeamStats(await file.text()) };
        } catch {
          return { name: file.name, read: null };
        }
      }),
    );
    const good = reads.flatMap(({ name, read }) => (read?.ok ? [{ name, file: read.file }] : []));
    setRefused(reads.flatMap(({ name, read }) => (read === null ? [t('teamErrorRead', name)] : read.ok ? [] : [problemText(name, read)])));
    setLoaded((before) => [...before, ...good]);
  };

  return (
    <section class="card insight team" data-testid="team-stats">
      <div class="insight-head">
        <h2>{t('teamTitle')}</h2>
        {view && (
          <button type="button" class="secondary" onClick={() => void downloadTable('team-content', teamCsvHeader(view), teamCsv(view))}>
            {t('exportCsv')}
          </button>
        )}
      </div>
      <p>{t('teamIntro')}</p>
      <p class="muted">{t('teamFileHolds')}</p>
      <ExportForm />
      <label class="field">
        {t('teamFiles')}
        <input
          type="file"
          name="team-files"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length) void load(files);
          }}
        />
      </label>
      <p class="muted">{t('teamFilesHint')}</p>
      {refused.length > 0 && (
        <div role="alert" class="error">
          <ul data-testid="team-refused">
            {refused.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {view ? (
        <>
          <TeamTable view={view} />
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setLoaded([]);
              setRefused([]);
            }}
          >
            {t('teamClear')}
          </button>
        </>
      ) : (
        <p class="muted">{t('teamEmpty')}</p>
      )}
    </section>
  );
}
