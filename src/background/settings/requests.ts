// The settings requests: read, partial update, and what the content script needs of them.
import { contentLabels } from '../../i18n/content-labels';
import type { Settings } from '../../domain/settings';
import type { MessageKey } from '../../i18n/translate';
import type { SETTINGS_REQUESTS } from '../../contract/requests/settings';
import type { NurtureDb } from '../db';
import type { HandlersFor } from '../router';
import { readSettings, updateSettings } from './service';

export interface SettingsHandlerDeps {
  db: () => Promise<NurtureDb>;
  /** Told after settings were saved (the feed alarm follows the sync interval). */
  settingsChanged?: ((settings: Settings) => void) | undefined;
  /** The extension's UI text (i18n.getMessage); none: the content script asks for its own labels. */
  translate?: ((key: MessageKey) => string) | undefined;
}

export function settingsHandlers({
  db,
  settingsChanged,
  translate = () => '',
}: SettingsHandlerDeps): HandlersFor<typeof SETTINGS_REQUESTS> {
  return {
    'settings.get': async () => readSettings(await db()),
    'settings.update': async ({ settings }) => {
      const saved = await updateSettings(await db(), settings);
      settingsChanged?.(saved);
      return saved;
    },
    'content.config': async () => {
      const { quietMode, keepReplyText } = await readSettings(await db());
      return { quietMode, keepReplyText, labels: contentLabels(translate) };
    },
  };
}
