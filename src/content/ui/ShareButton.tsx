// The "Share content" button in a composer. For now its panel confirms the link to the
// library in the background; the picker (issue 4) takes its place.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeatureContext } from '../features/feature';

type Status = { kind: 'idle' } | { kind: 'checking' } | { kind: 'ready'; version: string } | { kind: 'error' };

export function ShareButton({ t, request }: Pick<FeatureContext, 't' | 'request'>) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setStatus({ kind: 'checking' });
    request('app.ping', {}).then(
      ({ version }) => live && setStatus({ kind: 'ready', version }),
      () => live && setStatus({ kind: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [open, request]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span
      class="wrap"
      onKeyDown={(event) => {
        // Escape closes our panel only: LinkedIn would otherwise close the whole conversation.
        if (open && event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        class="share"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('shareButtonTitle')}
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M8 14c-3-2-5-4.5-5-7.5A3.5 3.5 0 0 1 8 4a3.5 3.5 0 0 1 5 2.5C13 9.5 11 12 8 14z" fill="currentColor" />
        </svg>
        <span>{t('shareButton')}</span>
      </button>
      {open && (
        <span
          class="panel"
          role="dialog"
          aria-label={t('shareButtonTitle')}
        >
          <span class="status" role="status">
            {status.kind === 'ready'
              ? t('shareConnected', status.version)
              : status.kind === 'error'
                ? t('shareDisconnected')
                : t('loading')}
          </span>
          <button type="button" class="close" onClick={close}>
            {t('close')}
          </button>
        </span>
      )}
    </span>
  );
}

export const shareButtonCss = `
:host { all: initial; }
.wrap { position: relative; display: inline-flex; font: 600 14px/1.2 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; }
.share { display: inline-flex; align-items: center; gap: 4px; padding: 4px 10px; border-radius: 16px;
  border: 1px solid #0a7c66; background: transparent; color: #0a7c66; font: inherit; cursor: pointer; }
.share:hover { background: rgba(10, 124, 102, 0.08); }
.share:focus-visible, .close:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.panel { position: absolute; bottom: calc(100% + 6px); left: 0; z-index: 2147483000; display: flex; gap: 8px;
  align-items: center; min-width: 240px; padding: 10px 12px; border-radius: 8px; background: #fff; color: #1d2226;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); font-weight: 400; }
.status { flex: 1; }
.close { border: 0; background: none; color: #0a66c2; font: inherit; font-weight: 600; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .share { color: #5fd4b8; border-color: #5fd4b8; }
  .panel { background: #1d2226; color: #e9e9e9; }
  .close { color: #70b5f9; }
}
`;
