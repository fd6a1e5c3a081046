// In an open conversation on the messaging page: "Track as prospect" beside the header, for
// the person the header and the open conversation agree on. Someone already tracked shows as such.
import { render } from 'preact';
import { conversationPartner } from '../linkedin/conversation';
import { queryFirst } from '../linkedin/dom';
import { findComposers } from '../linkedin/messaging';
import { selectors } from '../linkedin/selectors';
import { createShadowHost, type ShadowMount } from '../ui/shadow-host';
import { shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';
import { TrackButton } from './profile-track-button';

export const conversationTrackButton: Feature = {
  name: 'conversation-track-button',
  pages: ['messaging'],
  addsToPage: true,
  start(ctx) {
    let mount: (ShadowMount & { header: Element; path: string }) | null = null;
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
        // The thread's own reply form: overlay bubbles are not the open conversation.
        const form = findComposers(ctx.document).find(({ root }) => !root.closest(selectors.messaging.bubble.join(',')));
        const partner = form ? conversationPartner(form.root, ctx.document, ctx.document.location.href) : null;
        const header = queryFirst(ctx.document, selectors.messaging.threadHeaderLink);
        if (mount && (!mount.host.isConnected || mount.header !== header || mount.path !== partner?.profilePath)) unmount();
        if (mount) return 'mounted';
        if (!partner || !header?.parentElement) return 'no-anchor';
        const created = createShadowHost(ctx.document, conversationTrackButton.name, shareButtonCss);
        header.after(created.host);
        render(<TrackButton t={ctx.t} request={ctx.request} profile={{ profilePath: partner.profilePath, name: partner.name, headline: '', company: '', memberId: null }} />, created.container);
        mount = { ...created, header, path: partner.profilePath };
        return 'mounted';
      },
    };
  },
};
