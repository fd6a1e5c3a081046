// A "Share content" button in every message composer: the messaging page's and each overlay
// bubble's. Runs on every page, since overlay bubbles open anywhere on LinkedIn.
import { render } from 'preact';
import { PAGE_KINDS } from '../../shared/contract';
import { findComposers } from '../linkedin/messaging';
import { createShadowHost, type ShadowMount } from '../ui/shadow-host';
import { ShareButton, shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';

export const composerShareButton: Feature = {
  name: 'composer-share-button',
  pages: PAGE_KINDS,
  start(ctx) {
    // One mount per composer. LinkedIn re-renders freely: a composer it threw away, or one
    // whose children it replaced, loses our button, and the next scan puts a new one in.
    const mounts = new Map<Element, ShadowMount>();
    const unmount = (root: Element, mount: ShadowMount) => {
      render(null, mount.container);
      mount.host.remove();
      mounts.delete(root);
    };

    ctx.signal.addEventListener('abort', () => {
      for (const [root, mount] of mounts) unmount(root, mount);
    });

    return {
      scan() {
        if (ctx.signal.aborted) return 'no-anchor';
        const composers = findComposers(ctx.document);
        for (const [root, mount] of mounts) {
          if (!root.isConnected || !root.contains(mount.host)) unmount(root, mount);
        }
        for (const { root, slot } of composers) {
          if (mounts.has(root)) continue;
          const mount = createShadowHost(ctx.document, composerShareButton.name, shareButtonCss);
          slot.parent.insertBefore(mount.host, slot.before);
          render(<ShareButton t={ctx.t} request={ctx.request} />, mount.container);
          mounts.set(root, mount);
        }
        return mounts.size > 0 ? 'mounted' : 'no-anchor';
      },
    };
  },
};
