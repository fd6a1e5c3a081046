// The backup requests: the whole database out, and back in (merged or replacing); and the
// automatic encrypted backups of this device.
import type { BACKUP_REQUESTS } from '../../contract/requests/backup';
import type { Library } from '../library';
import type { HandlersFor } from '../router';
import type { AutoBackup } from './auto';
import type { BackupService } from './service';

export interface BackupHandlerDeps {
  backup: BackupService;
  library: Library;
  /** None where the browser gives no downloads or key store (a test's background): those requests fail. */
  autoBackup: AutoBackup | null;
}

export function backupHandlers({ backup, library, autoBackup }: BackupHandlerDeps): HandlersFor<typeof BACKUP_REQUESTS> {
  const auto = (): AutoBackup => {
    if (!autoBackup) throw new Error('Automatic backups are not available here.');
    return autoBackup;
  };
  return {
    'backup.export': async () => backup.export(),
    'backup.import': async ({ text, mode }) => {
      const restored = await backup.import(text, mode);
      // The library's search index follows the restored data.
      library.forgetIndex();
      return restored;
    },
    'backup.autoStatus': async () => auto().status(),
    'backup.autoConfigure': async ({ enabled, frequency, keep, passphrase }) => auto().configure({ enabled, frequency, keep, passphrase }),
    'backup.now': async () => auto().now(),
    'backup.remindLater': async () => {
      await auto().remindLater();
      return { ok: true };
    },
  };
}
