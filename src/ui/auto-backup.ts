// The automatic backups as the screens see them: the background's status (src/contract/requests/
// backup.ts), and what the reminder and the dashboard say of it.
import { request } from '../contract/client';
import type { Answers, StoreName } from '../contract/index';
import { t } from '../i18n/i18n';
import type { StorageState } from './persistent-storage';
import { useQuery } from './use-query';

export type AutoBackupStatus = Answers['backup.autoStatus'];
export type BackupNowAnswer = Answers['backup.now'];

/**
 * The status, asked again when one of `stores` changes ("changed since the last backup" follows
 * the data). The device's own state (storage.local) is not announced: the screen that changes it
 * refetches.
 */
export function useAutoBackupStatus(stores: readonly StoreName[]) {
  return useQuery<AutoBackupStatus>('backup.autoStatus', () => request('backup.autoStatus', {}), stores);
}

/** What "Back up now" did, in a sentence. */
export function backupNowText(answer: BackupNowAnswer): string {
  if (answer.written) return t('backupWritten', answer.filename);
  return t(answer.reason === 'unchanged' ? 'backupUnchanged' : 'backupNoKey');
}

/**
 * Whether to suggest automatic backups: only where the browser says it may clear the data (an
 * unknown state is not a reason to nag), only while they are off, and never beside the
 * reminder, which already asks for a backup.
 */
export function shouldOfferAutoBackup(status: AutoBackupStatus, storage: StorageState | null): boolean {
  return storage === 'best-effort' && !status.enabled && !status.remind;
}
