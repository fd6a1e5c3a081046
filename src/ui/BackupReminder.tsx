// The reminder to back up, in the popup and the side panel: the pipeline lives only in this
// browser, and a week without a backup while it changed is a week that a lost profile or a
// cleared disk would take with it.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { dashboardPath } from '../contract/routes';
import { backupNowText, shouldOfferAutoBackup, useAutoBackupStatus, type AutoBackupStatus } from './auto-backup';
import { errorText } from './labels';
import { storageStateNow, type StorageState } from './persistent-storage';
import './backup-reminder.css';

type Result = { ok: boolean; text: string } | null;

interface Opens {
  /** Opens the dashboard's "Your data" (the popup then closes; the side panel stays). */
  onOpenData: () => void;
}

/** A real link (it can be opened in a tab of one's choice), opened by the caller's way on a click. */
function DataLink({ onOpenData, children }: Opens & { children: string }) {
  return (
    <a
      href={browser.runtime.getURL(dashboardPath({ view: 'data' }))}
      target="_blank"
      rel="noopener"
      onClick={(event) => {
        event.preventDefault();
        onOpenData();
      }}
    >
      {children}
    </a>
  );
}

/** "No backup for 7 days", with "Back up now" and "Later"; `onDone`: the status may have changed. */
export function BackupReminder({
  status,
  onOpenData,
  onDone,
  compact = false,
}: Opens & { status: AutoBackupStatus; onDone: () => void; compact?: boolean }) {
  // Hidden at once on an answer: the refetched status agrees, but a glance should not wait for it.
  const [hidden, setHidden] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);

  const backUpNow = async () => {
    // Without a stored key a backup needs the passphrase, which only the dashboard asks for.
    if (!status.keyStored) {
      onOpenData();
      return;
    }
    setBusy(true);
    try {
      const answer = await request('backup.now', {});
      if (!answer.written && answer.reason === 'no-key') {
        onOpenData();
        return;
      }
      setResult({ ok: true, text: backupNowText(answer) });
      setHidden(true);
      onDone();
    } catch (failure) {
      setResult({ ok: false, text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  const later = () => {
    setHidden(true);
    request('backup.remindLater', {}).then(onDone, (failure: unknown) => setResult({ ok: false, text: errorText(failure) }));
  };

  return (
    <>
      {status.remind && !hidden && (
        <section
          class={compact ? 'backup-reminder compact' : 'backup-reminder'}
          aria-label={t('backupReminderLabel')}
          data-testid="backup-reminder"
        >
          <p>{t('backupReminder')}</p>
          <div class="backup-reminder-actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void backUpNow()}>
              {t('autoBackupNow')}
            </button>
            <button type="button" class="secondary" onClick={later}>
              {t('backupLater')}
            </button>
          </div>
        </section>
      )}
      <p role="status" class={result?.ok === false ? 'backup-result error' : 'backup-result muted'} data-testid="backup-result">
        {result?.text}
      </p>
    </>
  );
}

/** One line for a browser that may clear the data while nothing backs it up. */
export function AutoBackupOffer({ onOpenData }: Opens) {
  return (
    <p class="backup-offer" data-testid="backup-offer">
      {t('backupOffer')} <DataLink onOpenData={onOpenData}>{t('backupOfferLink')}</DataLink>
    </p>
  );
}

/**
 * The reminder and, with `offer`, the suggestion, from the background's status. Asked once at
 * mount (not on every write: the popup and the panel are glances, and the status hashes the
 * data); the caller mounts it after its first paint. A failed status shows nothing: a notice
 * is no reason to show an error.
 */
export function BackupNotices({ onOpenData, offer = false, compact = false }: Opens & { offer?: boolean; compact?: boolean }) {
  const [loaded, refetch] = useAutoBackupStatus([]);
  const [storage, setStorage] = useState<StorageState | null>(null);
  useEffect(() => {
    if (!offer) return;
    let live = true;
    void storageStateNow().then((state) => live && setStorage(state));
    return () => {
      live = false;
    };
  }, [offer]);

  if (loaded.state !== 'ready') return null;
  return (
    <>
      <BackupReminder status={loaded.value} onOpenData={onOpenData} onDone={refetch} compact={compact} />
      {offer && shouldOfferAutoBackup(loaded.value, storage) && <AutoBackupOffer onOpenData={onOpenData} />}
    </>
  );
}
