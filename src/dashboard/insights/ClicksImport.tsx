// Importing an analytics export: the file is read in this page first (its bytes decoded as the
// vendor wrote them), so a layout Nurture cannot read is said at once, and an export that does
// not say its days asks for them before anything is sent. The background reads it again, joins
// it to the library and keeps it; the imports kept are listed, each deletable (asked first: only
// importing the file again brings its clicks back).
import { useId, useRef, useState } from 'preact/hooks';
import { readAnalyticsExport } from '../../domain/analytics/read';
import { decodeExport } from '../../domain/analytics/tables';
import { request } from '../../contract/client';
import { t } from '../../i18n/i18n';
import type { ClickImportSummary } from '../../contract/requests/clicks';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateInput } from '../../ui/DateInput';
import { dateOnly } from '../../ui/format';
import { errorText } from '../../ui/labels';
import { importReportLines, periodText, VENDOR_NAMES } from './clicks-report';
import { clickWords } from './clicks-words';
import { FileField } from '../../ui/FileField';

/** An export read in the page whose days the user is asked for. */
interface Waiting {
  turn: number;
  name: string;
  text: string;
}

type Days = { from: string; to: string };

/** The first and last day of an export that does not say them (Enter imports). */
function DaysForm({
  name,
  busy,
  onImport,
  onCancel,
}: {
  name: string;
  busy: boolean;
  onImport: (days: Days) => void;
  onCancel: () => void;
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <form
      class="clicks-days"
      data-testid="clicks-days"
      onSubmit={(event) => {
        event.preventDefault();
        onImport({ from, to });
      }}
    >
      <p>{t('clicksNeedDays', name)}</p>
      <div class="actions">
        <label class="check">
          {t('clicksFirstDay')} <DateInput value={from} onInput={setFrom} />
        </label>
        <label class="check">
          {t('clicksLastDay')} <DateInput value={to} onInput={setTo} />
        </label>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('clicksImportButton')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** One import kept: its tool, days, clicks and when it was imported, and its Delete button. */
function ImportLine({ summary, busy, onDelete }: { summary: ClickImportSummary; busy: boolean; onDelete: () => void }) {
  const w = clickWords;
  const days = periodText(summary.period, w);
  return (
    <li data-period={summary.period}>
      <span>
        {VENDOR_NAMES[summary.vendor]} · {days} ·{' '}
        {w.counted(summary.clicks, { one: 'insightClickCount_one', other: 'insightClickCount_other' })} ·{' '}
        <span class="muted">{t('clicksImportedOn', dateOnly(summary.importedAt))}</span>
      </span>{' '}
      <button
        type="button"
        class="secondary small"
        disabled={busy}
        aria-label={t('clicksDeleteImport', days)}
        aria-haspopup="dialog"
        onClick={onDelete}
      >
        {t('delete')}
      </button>
    </li>
  );
}

export function ClicksImport({ imports }: { imports: readonly ClickImportSummary[] }) {
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ClickImportSummary | null>(null);
  // A file chosen while another is still being read wins: the older one is dropped.
  const latest = useRef(0);
  const hint = useId();

  const send = async (text: string, days?: Days) => {
    setBusy(true);
    setError(null);
    setStatus(t('clicksImporting'));
    try {
      const report = await request('clicks.import', days ? { text, from: days.from, to: days.to } : { text });
      setWaiting(null);
      setStatus(importReportLines(report, clickWords).join(' '));
    } catch (failure) {
      setStatus('');
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const open = async (file: File) => {
    const turn = ++latest.current;
    setWaiting(null);
    setError(null);
    setStatus('');
    try {
      const text = decodeExport(new Uint8Array(await file.arrayBuffer()));
      // Throws, naming the columns expected, when the layout is none Nurture reads.
      const read = readAnalyticsExport(text);
      if (turn !== latest.current) return;
      if (read.period === null) setWaiting({ turn, name: file.name, text });
      else await send(text);
    } catch (failure) {
      if (turn === latest.current) setError(errorText(failure));
    }
  };

  const importWith = (pending: Waiting, days: Days) => {
    // Said here, in the user's language, rather than refused by the background.
    if (days.from === '' || days.to === '') setError(t('clicksDaysMissing'));
    else if (days.from > days.to) setError(t('clicksDaysOrder'));
    else void send(pending.text, days);
  };

  const remove = async (summary: ClickImportSummary) => {
    setBusy(true);
    setError(null);
    try {
      await request('clicks.delete', { period: summary.period });
      setStatus(t('clicksDeleted', periodText(summary.period, clickWords)));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="clicks-import">
      <FileField
        label={t('clicksImport')}
        name="clicks-file"
        accept=".csv,.tsv,.txt"
        testId="clicks-import"
        describedBy={hint}
        disabled={busy}
        onFile={(file) => void open(file)}
      />
      <p id={hint} class="muted small">
        {t('clicksImportHint')}
      </p>
      {waiting && (
        <DaysForm
          key={waiting.turn}
          name={waiting.name}
          busy={busy}
          onImport={(days) => importWith(waiting, days)}
          onCancel={() => {
            latest.current++;
            setWaiting(null);
            setError(null);
          }}
        />
      )}
      <p role="status" data-testid="clicks-import-status">
        {status}
      </p>
      {error && (
        <p role="alert" class="error" data-testid="clicks-import-error">
          {error}
        </p>
      )}
      {imports.length > 0 && (
        <>
          <h3>{t('clicksImports')}</h3>
          <ul class="clicks-imports" data-testid="clicks-imports">
            {imports.map((summary) => (
              <ImportLine key={summary.period} summary={summary} busy={busy} onDelete={() => setAsking(summary)} />
            ))}
          </ul>
        </>
      )}
      <p class="muted small">{t('clicksNote')}</p>
      <ConfirmDialog
        open={asking !== null}
        title={t('clicksDeleteAsk', asking ? periodText(asking.period, clickWords) : '')}
        text={t('clicksDeleteText')}
        confirm={t('delete')}
        onClose={() => setAsking(null)}
        onConfirm={() => asking && void remove(asking)}
      />
    </div>
  );
}
