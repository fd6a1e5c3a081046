// The backup requests: the whole database out, and back in (merged or replacing).
import type { BACKUP_REQUESTS } from '../../shared/requests/backup';
import type { Library } from '../library';
import type { HandlersFor } from '../router';
import type { BackupService } from './service';

export function backupHandlers({ backup, library }: { backup: BackupService; library: Library }): HandlersFor<typeof BACKUP_REQUESTS> {
  return {
    'backup.export': async () => backup.export(),
    'backup.import': async ({ text, mode }) => {
      const restored = await backup.import(text, mode);
      // The library's search index follows the restored data.
      library.forgetIndex();
      return restored;
    },
  };
}
