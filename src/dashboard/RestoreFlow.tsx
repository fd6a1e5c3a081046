// A restore that shows what it will do before it does it: the file is read (and, encrypted,
// decrypted) in this page, its contents summed up, and only then replaced or merged, all or
// nothing, by the background. The passphrase never leaves the page.
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { decryptBackup, isEncryptedBackup } from '../domain/backup/backup-crypto';
import { summariseBackup, type BackupSummary } from '../domain/backup/backup-summary';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { errorText } from '../ui/labels';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DECRYPT_FAILURE, restoreReportText, summaryFacts } from './backup-texts';
import { FileField } from '../ui/FileField';

type Message = { ok: boolean; text: string } | null;
/** `turn`: which file chosen this is, so a new file gets new forms (an empty passphrase field). */
type Step =
  | { kind: 'choose' }
  | { kind: 'locked'; turn: number; name: string; text: string }
  | { kind: 'ready'; turn: number; name: string; plain: string; summary: BackupSummary };
type Mode = 'merge' | 'replace';

/** The passphrase of an encrypted file, asked in a form of its own (Enter unlocks). */
function UnlockForm({
  name,
  busy,
  onUnlock,
  onCancel,
}: {
  name: string;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // The step is new to the user: the keyboard goes where it is to be typed.
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      class="restore-step"
      data-testid="restore-unlock"
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <p>{t('restoreLocked', name)}</p>
      <label class="field">
        <span>{t('restorePassphrase')}</span>
        <input
          ref={field}
          type="password"
          name="backup-passphrase"
          autocomplete="current-password"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || passphrase === ''}>
          {t('restoreUnlock')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** What the file holds, then the two ways to take it. */
function BackupContents({
  name,
  summary,
  busy,
  onRestore,
  onCancel,
}: {
  name: string;
  summary: BackupSummary;
  busy: boolean;
  onRestore: (mode: Mode) => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="restore-step" data-testid="restore-summary">
      <h3 ref={heading} tabIndex={-1}>
        {t('restoreInside', name)}
      </h3>
      <dl class="facts">
        {summaryFacts(summary).map(({ label, value }) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <p class="muted small">{t('restoreChoose')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => onRestore('merge')}>
          {t('restoreMerge')}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={() => onRestore('replace')}>
          {t('restoreReplace')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

export function RestoreFlow() {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  // A file chosen while another is still being read or decrypted wins: the older result is dropped.
  const latest = useRef(0);
  // The plain text of a backup waiting for the user to confirm that it replaces everything here.
  const [asking, setAsking] = useState<string | null>(null);

  const show = (turn: number, name: string, plain: string) => {
    const read = summariseBackup(plain);
    if (read.ok) {
      setStep({ kind: 'ready', turn, name, plain, summary: read.summary });
    } else {
      setStep({ kind: 'choose' });
      setMessage({ ok: false, text: t('restoreUnreadable', read.reason) });
    }
  };

  const open = async (file: File) => {
    const turn = ++latest.current;
    setMessage(null);
    const text = await file.text();
    if (turn !== latest.current) return;
    if (isEncryptedBackup(text)) setStep({ kind: 'locked', turn, name: file.name, text });
    else show(turn, file.name, text);
  };

  const unlock = async ({ turn, name, text }: Extract<Step, { kind: 'locked' }>, passphrase: string) => {
    setBusy(true);
    setMessage({ ok: true, text: t('restoreUnlocking') });
    // A throw is a fault of ours (WebCrypto refusing the call), not the file's or the passphrase's.
    const result = await decryptBackup(text, passphrase).catch(() => null);
    setBusy(false);
    if (turn !== latest.current) return;
    if (result?.ok) {
      setMessage(null);
      show(turn, name, result.plain);
    } else {
      setMessage({ ok: false, text: t(result ? DECRYPT_FAILURE[result.reason] : 'error_failed') });
    }
  };

  const restore = async (plain: string, mode: Mode, confirmed = false) => {
    // Replacing erases what is here: asked first, in a dialog of ours (it cannot be undone).
    if (mode === 'replace' && !confirmed) return setAsking(plain);
    setBusy(true);
    setMessage({ ok: true, text: t('restoreWorking') });
    try {
      const report = await request('backup.import', { text: plain, mode });
      setStep({ kind: 'choose' });
      setMessage({ ok: true, text: restoreReportText(report) });
    } catch (failure) {
      setMessage({ ok: false, text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    latest.current++;
    setStep({ kind: 'choose' });
    setMessage(null);
  };

  return (
    <div class="restore" data-testid="restore">
      <FileField
        label={t('restoreFromFile')}
        name="backup-file"
        accept=".nurture,.json,application/json"
        describedBy="restore-file-hint"
        onFile={(file) => void open(file)}
      />
      <p id="restore-file-hint" class="muted small">
        {t('restoreFileHint')}
      </p>
      {step.kind === 'locked' && (
        <UnlockForm
          key={step.turn}
          name={step.name}
          busy={busy}
          onUnlock={(passphrase) => void unlock(step, passphrase)}
          onCancel={cancel}
        />
      )}
      {step.kind === 'ready' && (
        <BackupContents
          key={step.turn}
          name={step.name}
          summary={step.summary}
          busy={busy}
          onRestore={(mode) => void restore(step.plain, mode)}
          onCancel={cancel}
        />
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t('confirmReplace')}
        confirm={t('restoreReplace')}
        onClose={() => setAsking(null)}
        onConfirm={() => asking !== null && void restore(asking, 'replace', true)}
      />
      <p role="status" class={message?.ok === false ? 'error' : ''} data-testid="restore-status">
        {message?.text}
      </p>
    </div>
  );
}
