// On a member's profile: a "Share content" button beside the profile's own actions. The
// chosen item's caption and link go to the clipboard for a first message: the extension does
// not open conversations or type into them on its own.
import { profileActionsSlot, readProfilePage } from '../linkedin/profiles';
import { singleMount } from '../ui/single-mount';
import { ShareButton, pickerCss, shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';

export const profileShareButton: Feature = {
  name: 'profile-share-button',
  pages: ['profile'],
  addsToPage: true,
  start(ctx) {
    const mount = singleMount(ctx.document, ctx.signal, profileShareButton.name, shareButtonCss + pickerCss);
    return {
      scan() {
        if (ctx.signal.aborted) return 'no-anchor';
        const profile = readProfilePage(ctx.document, ctx.document.location.href);
        if (mount.holds(profile?.profilePath ?? null)) return 'mounted';
        const slot = profileActionsSlot(ctx.document);
        if (!slot || !profile) return 'no-anchor';
        mount.place(
          slot.parent,
          slot.before,
          profile.profilePath,
          <ShareButton
            t={ctx.t}
            request={ctx.request}
            target={{ kind: 'clipboard' }}
            prospect={() => readProfilePage(ctx.document, ctx.document.location.href)?.profilePath ?? null}
            register={() => {}}
            pageUrl={() => ctx.document.location.href}
          />,
        );
        return 'mounted';
      },
    };
  },
};
