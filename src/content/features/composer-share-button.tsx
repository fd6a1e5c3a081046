// A "Share content" button in every composer LinkedIn shows: message composers (messaging
// page and each overlay bubble), the post composer, comment boxes. Runs on every page, since
// overlay bubbles and comment boxes open anywhere. The browser's picker command (Alt+Shift+S
// unless the user changed it) opens the picker of the editor that has the focus.
import { render } from 'preact';
import { PAGE_KINDS, type ReaderPart } from '../../contract/index';
import { overlapsTaken, takenBy, type ComposerKind, type Taken } from '../linkedin/composers';
import { conversationPartner } from '../linkedin/conversation';
import { onPickerCommand } from '../picker-command';
import { placeholderButton } from '../ui/placeholder-button';
import { addStyle, createShadowHost, isDarkTheme, type ShadowMount } from '../ui/shadow-host';
import { ShareButton, pickerCss, shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';

interface Mount extends ShadowMount {
  kind: ComposerKind;
  inmail: boolean;
  editor: HTMLElement;
  open: (() => void) | null;
  /** Preact renders into the container: a plain placeholder needs no unmount by Preact. */
  rendered: boolean;
}

/**
 * The element that has the focus, down through open shadow roots (LinkedIn's classic composers
 * live in the interop outlet's). A closed root (ours) stops the walk at its host.
 */
export function focusedElement(doc: Document): Element | null {
  let focused = doc.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

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

    // A command comes from the browser, never from the page: the user's own key.
    onPickerCommand(() => {
      const focused = focusedElement(ctx.document);
      if (!focused) return;
      for (const mount of mounts.values()) {
        if (!mount.editor.contains(focused)) continue;
        mount.open?.();
        return;
      }
    }, ctx.signal);

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
          const mount: Mount = {
            ...createShadowHost(ctx.document, shareButtonCss, undefined, dark),
            kind,
            inmail,
            editor,
            open: null,
            rendered: false,
          };
          // A plain button until first used; then the Preact button and its picker, opened.
          const activate = () => {
            addStyle(mount, pickerCss);
            mount.container.replaceChildren();
            mount.rendered = true;
            render(
              <ShareButton
                t={ctx.t}
                request={ctx.request}
                target={{ kind, editor, inmail, box: root }}
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
        const missing: ReaderPart[] =
          (ctx.page === 'messaging' || ctx.page === 'sales-inbox') && ![...mounts.values()].some((mount) => mount.kind === 'message')
            ? ['message-composer']
            : [];
        return { state: mounts.size > 0 ? 'mounted' : 'no-anchor', missing };
      },
    };
  },
};
