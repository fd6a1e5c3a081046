// The settings requests: read, partial update, and what the content script needs of them.
import type { Settings } from '../../shared/settings';
import type { SETTINGS_REQUESTS } from '../../shared/requests/settings';
import type { NurtureDb } from '../db';
import type { HandlersFor } from '../router';
import { readSettings, updateSettings } from './service';

export interface SettingsHandlerDeps {
  db: () => Promise<NurtureDb>;
  /** Told after settings were saved (the feed alarm follows the sync interval). */
  settingsChanged?: ((settings: Settings) => void) | undefined;
}

export function settingsHandlers({ db, settingsChanged }: SettingsHandlerDeps): HandlersFor<typeof SETTINGS_REQUESTS> {
  return {
    'settings.get': async () => readSettings(await db()),
    'settings.update': async ({ settings }) => {
      const saved = await updateSettings(await db(), settings);
      settingsChanged?.(saved);
      return saved;
    },
    'content.config': async () => {
      const { quietMode, keepReplyText } = await readSettings(await db());
      return { quietMode, keepReplyText };
    },
  };
}
