// A shortcut as the user's keyboard names it, on this platform and in the interface's language.
import { uiLanguage } from '../i18n/i18n';
import { currentPlatform, shortcutLabel } from '../i18n/shortcut-label';

export { SHORTCUTS } from '../i18n/shortcut-label';

/** "⌥⇧S" on a Mac, "Alt+Shift+S" (or "Alt+Maj+S" in French) elsewhere. */
export const shortcut = (keys: string): string => shortcutLabel(keys, currentPlatform(), uiLanguage());
