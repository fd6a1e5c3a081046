// Backups of everything Nurture stored: automatic and encrypted (AutoBackupSettings), or one
// plain file on demand; and their restoration, shown before it is done (RestoreFlow).
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import { errorText } from '../ui/labels';
import { AutoBackupSettings } from './AutoBackupSettings';
import { datedName, downloadBlob } from './download';
import { RestoreFlow } from './RestoreFlow';

export { droppedFieldsText, settingsKeptText } from './backup-texts';

/** The plain export: said plainly that anyone who opens the file reads it all. */
function PlainExport() {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <p class="muted">{t('backupHint')}</p>
      <p id="backup-plain-warning" class="small">
        {t('backupPlainWarning')}
      </p>
      {/* Secondary: the encrypted automatic backups above are the view's main action. */}
      <button
        type="button"
        class="secondary"
        aria-describedby="backup-plain-warning"
        onClick={() => {
          setError(null);
          request('backup.export', {}).then(
            ({ text }) => downloadBlob(new Blob([text], { type: 'application/json' }), datedName('nurture-backup', 'json')),
            (failure: unknown) => setError(errorText(failure)),
          );
        }}
      >
        {t('backupDownload')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** Every open screen shows the restored data through the background's announcement. */
export function BackupPanel() {
  return (
    <>
      <AutoBackupSettings />
      <section class="card" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('backupTitle')}</h2>
        <PlainExport />
        <h3>{t('backupRestore')}</h3>
        <RestoreFlow />
      </section>
    </>
  );
}
