// A "Share content" button in every composer LinkedIn shows: message composers (messaging
// page and each overlay bubble), the post composer, comment boxes. Runs on every page, since
// overlay bubbles and comment boxes open anywhere. Alt+Shift+S in an editor opens its picker.
import { render } from 'preact';
import { PAGE_KINDS, type ReaderPart } from '../../shared/contract';
import { overlapsTaken, takenBy, type ComposerKind, type Taken } from '../linkedin/composers';
import { conversationPartner } from '../linkedin/conversation';
import { placeholderButton } from '../ui/placeholder-button';
import { addStyle, createShadowHost, isDarkTheme, type ShadowMount } from '../ui/shadow-host';
import { ShareButton, pickerCss, shareButtonCss } from '../ui/ShareButton';
import { fromUser } from '../ui/user-input';
import type { Feature } from './feature';

interface Mount extends ShadowMount {
  kind: ComposerKind;
  inmail: boolean;
  editor: HTMLElement;
  open: (() => void) | null;
  /** Preact renders into the container: a plain placeholder needs no unmount by Preact. */
  rendered: boolean;
}

export const isPickerShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyS';

export const composerShareButton: Feature = {
  name: 'composer-share-button',
  pages: PAGE_KINDS,
  addsToPage: true,
  start(ctx) {
    // One mount per composer. LinkedIn re-renders freely: a composer it threw away, or one
    // whose children it replaced, loses our button, and the next scan puts a new one in.
    const mounts = new Map<Element, Mount>();
    const unmount = (root: Element, mount: Mount) => {
      if (mount.rendered) render(null, mount.container);
      mount.host.remove();
      mounts.delete(root);
    };

    ctx.signal.addEventListener('abort', () => {
      for (const [root, mount] of mounts) unmount(root, mount);
    });

    ctx.document.addEventListener(
      'keydown',
      (event) => {
        if (!isPickerShortcut(event) || !fromUser(event)) return;
        const path = event.composedPath();
        for (const mount of mounts.values()) {
          if (!path.includes(mount.editor)) continue;
          event.preventDefault();
          event.stopPropagation();
          mount.open?.();
          return;
        }
      },
      { capture: true, signal: ctx.signal },
    );

    return {
      scan(page) {
        if (ctx.signal.aborted) return { state: 'no-anchor', missing: [] };
        // Only a removal can take a button away (LinkedIn's re-render, a virtualised post).
        if (page.removals) {
          for (const [root, mount] of mounts) {
            if (!root.isConnected || !root.contains(mount.host) || !mount.editor.isConnected) unmount(root, mount);
          }
        }
        // A composer with its button costs one lookup; a new one gets a button unless it overlaps
        // one that has one (fallback selectors overlap on purpose).
        let dark: boolean | undefined;
        let taken: Taken | undefined;
        for (const { kind, root, editor, slot, inmail = false } of page.composers) {
          if (mounts.has(root)) continue;
          taken ??= takenBy([...mounts].map(([other, mount]) => ({ root: other, editor: mount.editor })));
          if (overlapsTaken({ root, editor }, taken)) continue;
          taken.roots.add(root);
          taken.editors.add(editor);
          // Asked once per scan, not once per button: a feed can bring a hundred at once.
          dark ??= isDarkTheme(ctx.document);
          const mount: Mount = { ...createShadowHost(ctx.document, shareButtonCss, undefined, dark), kind, inmail, editor, open: null, rendered: false };
          // A plain button until first used; then the Preact button and its picker, opened.
          const activate = () => {
            addStyle(mount, pickerCss);
            mount.container.replaceChildren();
            mount.rendered = true;
            render(
              <ShareButton
                t={ctx.t}
                request={ctx.request}
                target={{ kind, editor, inmail }}
                prospect={() => (kind === 'message' ? conversationPartner(root, ctx.document, ctx.document.location.href) : null)}
                register={(open) => (mount.open = open)}
                pageUrl={() => ctx.document.location.href}
                initiallyOpen
              />,
              mount.container,
            );
          };
          mount.open = activate;
          mount.container.append(placeholderButton(ctx.document, ctx.t, activate));
          slot.parent.insertBefore(mount.host, slot.before);
          mounts.set(root, mount);
        }
        // The messaging page (and Sales Navigator's inbox) always shows a reply box: none found
        // is LinkedIn's markup changing.
        const missing: ReaderPart[] = (ctx.page === 'messaging' || ctx.page === 'sales-inbox') && ![...mounts.values()].some((mount) => mount.kind === 'message') ? ['message-composer'] : [];
        return { state: mounts.size > 0 ? 'mounted' : 'no-anchor', missing };
      },
    };
  },
};
