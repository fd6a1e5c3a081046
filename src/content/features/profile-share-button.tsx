// On a member's profile: a "Share content" button beside the profile's own actions. The
// chosen item's caption and link go to the clipboard for a first message: the extension does
// not open conversations or type into them on its own.
import { render } from 'preact';
import { profileActionsSlot, readProfilePage } from '../linkedin/profiles';
import { createShadowHost, type ShadowMount } from '../ui/shadow-host';
import { ShareButton, pickerCss, shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';

export const profileShareButton: Feature = {
  name: 'profile-share-button',
  pages: ['profile'],
  addsToPage: true,
  start(ctx) {
    let mount: (ShadowMount & { slotParent: Element }) | null = null;
    const unmount = () => {
      if (!mount) return;
      render(null, mount.container);
      mount.host.remove();
      mount = null;
    };
    ctx.signal.addEventListener('abort', unmount);

    return {
      scan() {
        if (ctx.signal.aborted) return 'no-anchor';
        if (mount && (!mount.host.isConnected || !mount.slotParent.isConnected)) unmount();
        if (mount) return 'mounted';
        const slot = profileActionsSlot(ctx.document);
        const profile = readProfilePage(ctx.document, ctx.document.location.href);
        if (!slot || !profile) return 'no-anchor';
        const created = createShadowHost(ctx.document, profileShareButton.name, shareButtonCss + pickerCss);
        slot.parent.insertBefore(created.host, slot.before);
        render(
          <ShareButton
            t={ctx.t}
            request={ctx.request}
            target={{ kind: 'clipboard' }}
            prospect={() => readProfilePage(ctx.document, ctx.document.location.href)?.profilePath ?? null}
            register={() => {}}
            pageUrl={() => ctx.document.location.href}
          />,
          created.container,
        );
        mount = { ...created, slotParent: slot.parent };
        return 'mounted';
      },
    };
  },
};
