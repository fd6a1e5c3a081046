// "Open side panel": the person on the LinkedIn tab and their record, beside the page. Shown only
// where the browser has a side panel (Chrome's sidePanel, Firefox's sidebar).
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { openSidePanel, sidePanelKind } from '../platform/side-panel';

export function OpenSidePanel() {
  const kind = sidePanelKind();
  // Chrome opens the panel in a window: known before the click, so the click calls it at once
  // (an await in between would spend the user gesture the API requires).
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    if (kind === 'chrome')
      void browser.windows.getCurrent().then(
        (window) => setWindowId(window.id ?? null),
        () => {},
      );
  }, [kind]);
  if (kind === null) return null;
  return (
    <button
      type="button"
      class="secondary open-panel"
      disabled={kind === 'chrome' && windowId === null}
      onClick={() =>
        void openSidePanel(windowId).then(
          (opened) => opened && window.close(),
          () => {},
        )
      }
    >
      {t('openSidePanel')}
    </button>
  );
}
