// On a member's profile: a "Share content" button beside the profile's own actions. The
// chosen item's caption and link go to the clipboard for a first message: the extension does
// not open conversations or type into them on its own.
import { readProfilePage } from '../linkedin/profiles';
import { profileActionMount } from '../ui/profile-action-mount';
import { ShareButton, pickerCss, shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';

export const profileShareButton: Feature = {
  name: 'profile-share-button',
  pages: ['profile', 'sales-lead'],
  addsToPage: true,
  start(ctx) {
    return {
      scan: profileActionMount(ctx, shareButtonCss + pickerCss, () => (
        <ShareButton
          t={ctx.t}
          request={ctx.request}
          target={{ kind: 'clipboard' }}
          prospect={() => {
            const profile = readProfilePage(ctx.document, ctx.document.location.href);
            return profile ? { profilePath: profile.profilePath, name: profile.name } : null;
          }}
          register={() => {}}
          pageUrl={() => ctx.document.location.href}
        />
      )),
    };
  },
};
