// A shortcut as the user's keyboard names it, on this platform and in the interface's language.
import { uiLanguage } from '../shared/i18n';
import { currentPlatform, shortcutLabel } from '../shared/shortcut-label';

export { SHORTCUTS } from '../shared/shortcut-label';

/** "⌥⇧S" on a Mac, "Alt+Shift+S" (or "Alt+Maj+S" in French) elsewhere. */
export const shortcut = (keys: string): string => shortcutLabel(keys, currentPlatform(), uiLanguage());
