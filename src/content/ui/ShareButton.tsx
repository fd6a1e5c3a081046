// The "Share content" button of one composer and its picker. Choosing an item inserts a
// caption and the tagged link at the caret as typed text, logs the share, and gives the
// focus back to the composer: the user personalises and presses LinkedIn's own Send.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryHit, ShareText } from '../../shared/contract';
import type { FeatureContext } from '../features/feature';
import type { ComposerKind } from '../linkedin/composers';
import { partnerRef, type Partner } from '../linkedin/conversation';
import { editorText, insertText, placeCaret, saveCaret, type Caret } from '../linkedin/insert';
import { refusedForRoom } from '../../shared/request-error';
import { missingText, Picker, pickerCss } from './Picker';
import { onlyFromUser } from './user-input';

/** Where the chosen item goes: into a composer's editor, or to the clipboard (profile pages). */
export type ShareTarget = { kind: ComposerKind; editor: HTMLElement; inmail?: boolean } | { kind: 'clipboard' };

export interface ShareButtonProps extends Pick<FeatureContext, 't' | 'request'> {
  target: ShareTarget;
  /** The person at the other end of a conversation, read when the picker opens (the header may change). */
  prospect: () => Partner | null;
  /** Lets the feature open this picker from a keyboard shortcut typed in the editor. */
  register: (open: () => void) => void;
  pageUrl: () => string;
  /** Rendered on the first click of the plain placeholder button: open at once. */
  initiallyOpen?: boolean;
}

const CHANNEL = { message: 'message', post: 'post', comment: 'comment' } as const;

export function ShareButton({ t, request, target, prospect, register, pageUrl, initiallyOpen = false }: ShareButtonProps) {
  const editor = target.kind === 'clipboard' ? null : target.editor;
  const [open, setOpen] = useState(false);
  const [below, setBelow] = useState(false);
  const [partner, setPartner] = useState<Partner | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const caret = useRef<Caret>(null);
  // The user's message frame goes first only into an empty composer: after their own words
  // a second greeting would read twice.
  const frame = useRef(true);

  const show = useCallback(() => {
    caret.current = editor ? saveCaret(editor) : null;
    frame.current = editor ? !editorText(editor).trim() : true;
    // Read once, on the user's click or shortcut: the picker (about 440px) opens where it fits.
    setBelow((button.current?.getBoundingClientRect().top ?? Infinity) < 460);
    setPartner(prospect());
    setStatus(null);
    setOpen(true);
  }, [prospect, editor]);
  useEffect(() => register(show), [register, show]);
  useEffect(() => {
    if (initiallyOpen) show();
    // Only on mount: the placeholder was clicked.
  }, []);

  const close = (toEditor: boolean) => {
    setOpen(false);
    ((toEditor && editor) || button.current)?.focus();
  };

  const channel = target.kind === 'clipboard' ? 'message' : target.kind === 'message' && target.inmail ? 'inmail' : CHANNEL[target.kind];
  // The name fills the templates even for a profile not tracked; posts and comments name nobody.
  const prepare = useCallback(
    ({ item }: LibraryHit) =>
      request('share.prepare', {
        contentId: item.id,
        prospectId: partner?.profilePath ?? null,
        ...(partner?.name && (channel === 'message' || channel === 'inmail') ? { personName: partner.name.slice(0, 120) } : {}),
        channel,
        frame: frame.current,
      }),
    [request, partner, channel],
  );

  const choose = async ({ item }: LibraryHit, share: ShareText) => {
    setOpen(false);
    try {
      if (share.missing.length > 0 || !share.text) {
        // The picker refuses these; a text never goes in with a raw variable.
        setStatus(missingText(t, share.missing));
        (editor ?? button.current)?.focus();
        return;
      }
      if (editor) {
        const wasEmpty = !editorText(editor).trim();
        if (!insertText(editor, share.text, caret.current)) throw new Error('the editor refused the text');
        // In an empty message the caption opens it: the caret goes before it, where a personal
        // word belongs. After what the user already typed, it stays after the insertion.
        if (wasEmpty) placeCaret(editor, 'start');
        setStatus(t('inserted'));
      } else {
        await navigator.clipboard.writeText(share.text);
        setStatus(t('copiedForMessage'));
        button.current?.focus();
      }
      await request('share.log', {
        contentId: item.id,
        // From a profile, the copied text is meant for a message to that person.
        ...partnerRef(target.kind === 'message' || target.kind === 'clipboard' ? partner : null),
        channel,
        pageUrl: pageUrl(),
        link: share.link,
        captionIndex: share.captionIndex,
      });
    } catch (error) {
      // A full disk is the user's to fix, and says so; anything else means the extension is gone.
      setStatus(refusedForRoom(error) ? t('storageFull') : t('shareDisconnected'));
      (editor ?? button.current)?.focus();
    }
  };

  return (
    <span class="wrap">
      <button
        ref={button}
        type="button"
        class="share"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('shareButtonTitle')}
        onClick={onlyFromUser(() => (open ? close(false) : show()))}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M8 14c-3-2-5-4.5-5-7.5A3.5 3.5 0 0 1 8 4a3.5 3.5 0 0 1 5 2.5C13 9.5 11 12 8 14z" fill="currentColor" />
        </svg>
        <span>{t('shareButton')}</span>
      </button>
      {open && <Picker t={t} request={request} person={partnerRef(partner)} below={below} prepare={prepare} onChoose={(hit, share) => void choose(hit, share)} onClose={() => close(true)} />}
      {status && (
        <span class="status" role="status">
          {status}
        </span>
      )}
    </span>
  );
}

/** What every button needs from the start; the picker's styles come when it first opens. */
export const shareButtonCss = `
:host { all: initial; }
.wrap { position: relative; display: inline-flex; align-items: center; gap: 6px; font: 600 14px/1.2 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; }
.share { display: inline-flex; align-items: center; gap: 4px; padding: 4px 10px; border-radius: 16px;
  border: 1px solid #0a7c66; background: transparent; color: #0a7c66; font: 600 14px/1.2 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; cursor: pointer; }
.share:hover { background: rgba(10, 124, 102, 0.08); }
.share:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.status { font-weight: 400; font-size: 12px; color: #5e6670; }
.dark .share { color: #5fd4b8; border-color: #5fd4b8; }
.dark .status { color: #a3acb5; }`;

export { pickerCss };
