// "Copy page structure": asks the content script of the LinkedIn tab for its markup, names and
// ids replaced (docs/bug-reports.md), and puts it on the clipboard for a bug report.
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { isStructureAnswer, structureRequest } from '../contract/page-structure';
import { copyText } from '../ui/copy';

/** The structure of the page in tab `tabId`, from its content script. */
export async function pageStructure(tabId: number): Promise<string> {
  // No receiver: the tab left LinkedIn, or it was open before Nurture was installed or reloaded.
  const answer: unknown = await browser.tabs.sendMessage(tabId, structureRequest()).catch(() => null);
  if (!isStructureAnswer(answer)) throw new Error(t('structureNoAnswer'));
  if (!answer.ok) throw new Error(answer.error);
  return answer.snapshot;
}

export function CopyStructure({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = () => {
    setStatus(null);
    pageStructure(tabId)
      .then(copyText)
      .then(
        () => setStatus({ ok: true, text: t('copied') }),
        (error: unknown) =>
          setStatus({ ok: false, text: t('structureCopyFailed', error instanceof Error ? error.message : String(error)) }),
      );
  };
  // The hint is read with the button: what it copies, and to check it before sending it.
  return (
    <div class="copy-structure">
      <p>
        <button type="button" class="secondary" onClick={copy} aria-describedby="copy-structure-hint">
          {t('copyStructure')}
        </button>{' '}
        {status && (
          <span class={status.ok ? 'muted' : 'error'} data-testid="copy-structure-status">
            {status.text}
          </span>
        )}
      </p>
      <p class="muted small" id="copy-structure-hint">
        {t('copyStructureHint')}
      </p>
    </div>
  );
}
