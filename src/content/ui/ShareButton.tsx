// The "Share content" button of one composer and its picker. Choosing an item inserts a
// caption and the tagged link at the caret as typed text, logs the share, and gives the
// focus back to the composer: the user personalises and presses LinkedIn's own Send.
// The page can measure what we draw: the button is one fixed size in every language, and the
// picker floats beside it and the status outside the composer (status-toast.ts), so the host
// measures the same whatever they show.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryHit, ShareText } from '../../contract/index';
import type { FeatureContext } from '../features/feature';
import type { ComposerKind } from '../linkedin/composers';
import { partnerRef } from '../linkedin/conversation';
import type { Partner } from '../linkedin/conversation-types';
import { editorText, insertText, placeCaret, saveCaret, type Caret } from '../linkedin/insert';
import { refusedForRoom } from '../../contract/request-error';
import { Picker, PICKER_HEIGHT, pickerCss } from './Picker';
import { showToast, STATUS_MS } from './status-toast';
import { onlyFromUser } from './user-input';

export { STATUS_MS };

/** Where the chosen item goes: into a composer's editor, or to the clipboard (profile pages). */
export type ShareTarget = { kind: ComposerKind; editor: HTMLElement; inmail?: boolean; box?: Element } | { kind: 'clipboard' };

export interface ShareButtonProps extends Pick<FeatureContext, 't' | 'request'> {
  target: ShareTarget;
  /** The person at the other end of a conversation, read when the picker opens (the header may change). */
  prospect: () => Partner | null;
  /** Lets the feature open this picker from the browser's shortcut (see picker-command.ts). */
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
    // Read once, on the user's click or shortcut: the picker (PICKER_HEIGHT) opens where it fits.
    setBelow((button.current?.getBoundingClientRect().top ?? Infinity) < PICKER_HEIGHT + 20);
    setPartner(prospect());
    setStatus(null);
    setOpen(true);
  }, [prospect, editor]);
  useEffect(() => register(show), [register, show]);
  useEffect(() => {
    if (!status) return;
    // Beside the composer's box (`box`, else the editor) and our button, never over them; it
    // fades by itself (status-toast.ts). The words are constant labels: the page can read pixels.
    const anchors = () => [target.kind === 'clipboard' ? null : (target.box ?? target.editor), button.current];
    const dark = (button.current?.closest('.dark') ?? null) !== null;
    const toast = showToast(button.current?.ownerDocument ?? document, status, { anchors, dark, onGone: () => setStatus(null) });
    return () => toast.dismiss();
  }, [status]);
  useEffect(() => {
    if (initiallyOpen) show();
    // Only on mount: the placeholder was clicked.
  }, []);

  const close = (toEditor: boolean) => {
    setOpen(false);
    ((toEditor && editor) || button.current)?.focus();
  };

  const channel = target.kind === 'clipboard' ? 'message' : target.kind === 'message' && target.inmail ? 'inmail' : CHANNEL[target.kind];
  // Filled from the name the page shows, never from a tracked record: the preview is drawn in
  // the page, and a record's company filled (or missing) would tell the page who is tracked.
  // Posts and comments name nobody.
  const prepare = useCallback(
    ({ item }: LibraryHit, captionIndex?: number) =>
      request('share.prepare', {
        contentId: item.id,
        prospectId: null,
        ...(partner?.name && (channel === 'message' || channel === 'inmail') ? { personName: partner.name.slice(0, 120) } : {}),
        channel,
        frame: frame.current,
        // The caption the user chose with ‹ ›; unsaid, the background proposes one.
        ...(captionIndex === undefined ? {} : { captionIndex }),
      }),
    [request, partner, channel],
  );

  const choose = async ({ item }: LibraryHit, share: ShareText) => {
    setOpen(false);
    try {
      if (share.missing.length > 0 || !share.text) {
        // The picker refuses these; a text never goes in with a raw variable.
        setStatus(t('statusMissing'));
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
      setStatus(refusedForRoom(error) ? t('statusNoRoom') : t('shareDisconnected'));
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
      {open && (
        <Picker
          t={t}
          request={request}
          below={below}
          prepare={prepare}
          onChoose={(hit, share) => void choose(hit, share)}
          onClose={() => close(true)}
        />
      )}
      {/* Always there, so a screen reader hears each status as it comes; drawn by the toast. */}
      <span class="live" role="status">
        {status ?? ''}
      </span>
    </span>
  );
}

/**
 * The button's one size, inside the closed root (the host has none of its own, so a page that
 * restyles the host measures this): "Partager un contenu" fits with the widest system font
 * measured (DejaVu Sans, 204px), "Share content" too, centred.
 */
export const SHARE_BUTTON_SIZE = { width: '208px', height: '28px' } as const;

/** What every button needs from the start (the placeholder too); the picker's styles come when it first opens. */
export const shareButtonCss = `
:host { all: initial; }
.wrap { position: relative; display: inline-flex; align-items: center; font: 600 14px/1.2 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; }
.share { box-sizing: border-box; width: ${SHARE_BUTTON_SIZE.width}; height: ${SHARE_BUTTON_SIZE.height}; overflow: hidden; white-space: nowrap;
  display: inline-flex; align-items: center; justify-content: center; gap: 4px; margin: 0; padding: 0 10px; border-radius: 16px;
  border: 1px solid #0a7c66; background: transparent; color: #0a7c66; font: 600 14px/1.2 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; cursor: pointer; }
.share > span { overflow: hidden; text-overflow: ellipsis; }
.share > svg { flex: none; }
.share:hover { background: rgba(10, 124, 102, 0.08); }
.share:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.live { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.dark .share { color: #5fd4b8; border-color: #5fd4b8; }`;

export { pickerCss };
