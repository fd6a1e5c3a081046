// Common start of the popup and the dashboard: language and direction from the browser UI.
import { t, uiLanguage } from '../i18n/i18n';

export function setupPage(titleKey: Parameters<typeof t>[0]): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
