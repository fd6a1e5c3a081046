// Automatic backups, off until the user turns them on: an encrypted file every day or week in
// the downloads folder, the last few kept. The passphrase is asked here only; the background
// keeps a key derived from it (never the passphrase), so a backup needs no prompt.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import { DATA_STORES } from '../contract/index';
import { t, type MessageKey } from '../i18n/i18n';
import { backupNowText, useAutoBackupStatus, type AutoBackupStatus } from '../ui/auto-backup';
import { dateTime } from '../ui/format';
import { errorText } from '../ui/labels';
import { STORAGE_STATE_KEYS, persistentStorageOnce, type StorageState } from '../ui/persistent-storage';
import { BACKUP_KEEP_MAX, PASSPHRASE_MAX } from '../contract/requests/backup';
import { passphraseProblem, turnedOnText } from './backup-texts';

type Message = { ok: boolean; text: string } | null;
type Say = (message: Message) => void;
type Draft = Pick<AutoBackupStatus, 'enabled' | 'frequency' | 'keep'>;

const draftOf = ({ enabled, frequency, keep }: AutoBackupStatus): Draft => ({ enabled, frequency, keep });

/** The button the form needs, or none: it sends only what differs from the device's state. */
function actionOf(draft: Draft, status: AutoBackupStatus): 'on' | 'save' | 'off' | null {
  if (!draft.enabled) return status.enabled ? 'off' : null;
  return status.enabled ? 'save' : 'on';
}
const ACTION_LABEL = { on: 'autoBackupTurnOn', save: 'save', off: 'autoBackupTurnOff' } as const satisfies Record<string, MessageKey>;

/** The passphrase twice; its problem, once the user tried to turn on, is said beside it. */
function PassphraseFields({
  passphrase,
  again,
  problem,
  keyStored,
  onPassphrase,
  onAgain,
}: {
  passphrase: string;
  again: string;
  problem: MessageKey | null;
  keyStored: boolean;
  onPassphrase: (value: string) => void;
  onAgain: (value: string) => void;
}) {
  const described = problem ? 'passphrase-hint passphrase-problem' : 'passphrase-hint';
  const input = (name: string, label: MessageKey, value: string, onValue: (value: string) => void) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        type="password"
        name={name}
        autocomplete="new-password"
        maxLength={PASSPHRASE_MAX}
        value={value}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={described}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </label>
  );
  return (
    <>
      {input('passphrase', 'autoBackupPassphrase', passphrase, onPassphrase)}
      {input('passphrase-again', 'autoBackupPassphraseAgain', again, onAgain)}
      <p id="passphrase-hint" class="muted small">
        {t('autoBackupPassphraseHint')}
        {keyStored && ` ${t('autoBackupPassphraseChange')}`}
      </p>
      {problem && (
        <p id="passphrase-problem" class="error" role="alert">
          {t(problem)}
        </p>
      )}
    </>
  );
}

/** How often and how many: the background's bounds (1..30) as the field's. */
function ScheduleFields({ draft, change }: { draft: Draft; change: (next: Partial<Draft>) => void }) {
  return (
    <>
      <label class="field">
        <span>{t('autoBackupFrequency')}</span>
        <select
          name="frequency"
          value={draft.frequency}
          onChange={(event) => change({ frequency: event.currentTarget.value === 'weekly' ? 'weekly' : 'daily' })}
        >
          <option value="daily">{t('everyDay')}</option>
          <option value="weekly">{t('everyWeek')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('autoBackupKeep')}</span>
        <input
          type="number"
          name="keep"
          required
          min={1}
          max={BACKUP_KEEP_MAX}
          step={1}
          value={draft.keep}
          onInput={(event) => change({ keep: Number(event.currentTarget.value) })}
        />
      </label>
    </>
  );
}

/** The form: the draft stays the user's while edited; otherwise it follows the device's state. */
function AutoBackupForm({ status, onChanged, say }: { status: AutoBackupStatus; onChanged: () => void; say: Say }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(status));
  const [dirty, setDirty] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!dirty) setDraft(draftOf(status));
  }, [status]);

  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
  };
  const action = actionOf(draft, status);

  const submit = async () => {
    if (action === null) return;
    const found = draft.enabled ? passphraseProblem(passphrase, again, !status.keyStored) : null;
    setProblem(found);
    if (found) return;
    setBusy(true);
    say(action === 'on' ? { ok: true, text: t('autoBackupWorking') } : null);
    try {
      const after = await request('backup.autoConfigure', { ...draft, ...(draft.enabled && passphrase !== '' ? { passphrase } : {}) });
      // Not kept a moment longer than needed: the background has its key now.
      setPassphrase('');
      setAgain('');
      setDirty(false);
      say({ ok: true, text: action === 'on' ? turnedOnText(status, after) : t(action === 'off' ? 'autoBackupOff' : 'saved') });
      onChanged();
    } catch (failure) {
      say({ ok: false, text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label class="check">
        <input
          type="checkbox"
          name="autoBackup"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        {t('autoBackupEnable')}
      </label>
      {draft.enabled && (
        <>
          <PassphraseFields
            passphrase={passphrase}
            again={again}
            problem={problem}
            keyStored={status.keyStored}
            onPassphrase={setPassphrase}
            onAgain={setAgain}
          />
          <ScheduleFields draft={draft} change={change} />
        </>
      )}
      {action && (action !== 'save' || dirty || passphrase !== '') && (
        <div class="actions">
          <button type="submit" class={action === 'off' ? 'danger' : 'primary'} disabled={busy}>
            {t(ACTION_LABEL[action])}
          </button>
        </div>
      )}
    </form>
  );
}

/** When the last backup was written, where, whether the data changed since, and a failure after it. */
function LastBackup({ status }: { status: AutoBackupStatus }) {
  const { last, lastFailure } = status;
  return (
    <dl class="facts" data-testid="auto-backup-last">
      <dt>{t('autoBackupLast')}</dt>
      <dd>{last ? dateTime(last.at) : t('autoBackupNone')}</dd>
      {last && (
        <>
          <dt>{t('autoBackupFile')}</dt>
          <dd>
            <code>{last.filename}</code>
          </dd>
          <dt>{t('autoBackupSince')}</dt>
          <dd>{t(status.changedSinceLast ? 'autoBackupChanged' : 'autoBackupNoChange')}</dd>
        </>
      )}
      {lastFailure && (
        <>
          <dt>{t('autoBackupFailed')}</dt>
          {/* The browser's own words (a refused download, a full disk): not translated, but exact. */}
          <dd class="error">{t('autoBackupFailedWhy', [dateTime(lastFailure.at), lastFailure.reason])}</dd>
        </>
      )}
    </dl>
  );
}

/** Whether the browser may clear this extension's data: what makes backups more than prudence. */
function StorageLine() {
  const [storage, setStorage] = useState<StorageState | null>(null);
  useEffect(() => {
    let live = true;
    void persistentStorageOnce().then((state) => live && setStorage(state));
    return () => {
      live = false;
    };
  }, []);
  if (!storage) return null;
  return (
    <p class={storage === 'best-effort' ? 'error' : 'muted'} data-testid="storage-state" data-state={storage}>
      {t('labelValue', [t('storageLabel'), t(STORAGE_STATE_KEYS[storage])])}
    </p>
  );
}

/** "Back up now", with the stored key: the background says whether it wrote, and where. */
function BackUpNow({ onChanged, say }: { onChanged: () => void; say: Say }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      class="secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        say({ ok: true, text: t('autoBackupWorking') });
        request('backup.now', {})
          .then(
            (answer) => {
              say({ ok: true, text: backupNowText(answer) });
              onChanged();
            },
            (failure: unknown) => say({ ok: false, text: errorText(failure) }),
          )
          .finally(() => setBusy(false));
      }}
    >
      {t('autoBackupNow')}
    </button>
  );
}

export function AutoBackupSettings() {
  // "Changed since the last backup" follows every write to the data.
  const [loaded, refetch] = useAutoBackupStatus(DATA_STORES);
  const [message, say] = useState<Message>(null);
  return (
    <section class="card" aria-labelledby="auto-backup-title" data-testid="auto-backup">
      <h2 id="auto-backup-title">{t('autoBackupTitle')}</h2>
      <p class="muted">{t('autoBackupIntro')}</p>
      {loaded.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {loaded.state === 'error' && <p class="error">{t('backgroundUnreachable', loaded.message)}</p>}
      {loaded.state === 'ready' && (
        <>
          <AutoBackupForm status={loaded.value} onChanged={refetch} say={say} />
          <LastBackup status={loaded.value} />
          {loaded.value.enabled && loaded.value.keyStored && (
            <div class="actions">
              <BackUpNow onChanged={refetch} say={say} />
            </div>
          )}
        </>
      )}
      <StorageLine />
      <p role="status" class={message?.ok === false ? 'error' : ''} data-testid="auto-backup-status">
        {message?.text}
      </p>
    </section>
  );
}
