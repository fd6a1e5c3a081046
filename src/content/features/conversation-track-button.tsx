// In an open conversation on the messaging page: "Track as prospect" beside the header, for
// the person the header and the open conversation agree on. Someone already tracked shows as such.
import { queryFirst } from '../linkedin/dom';
import { selectors } from '../linkedin/selectors';
import { singleMount } from '../ui/single-mount';
import { shareButtonCss } from '../ui/ShareButton';
import type { Feature } from './feature';
import { TRACK_BUTTON_SIZE, TrackButton, trackButtonCss } from './profile-track-button';

export const conversationTrackButton: Feature = {
  name: 'conversation-track-button',
  pages: ['messaging'],
  addsToPage: true,
  start(ctx) {
    const mount = singleMount(ctx.document, ctx.signal, shareButtonCss + trackButtonCss, TRACK_BUTTON_SIZE);
    return {
      scan(page) {
        if (ctx.signal.aborted) return 'no-anchor';
        const found = page.conversations.find((conversation) => !conversation.inBubble)?.partner ?? null;
        // Tracking needs the profile: a person named without a link to it cannot be tracked from here.
        const partner = found?.profilePath ? { profilePath: found.profilePath, name: found.name } : null;
        if (mount.holds(partner?.profilePath ?? null)) return 'mounted';
        const header = queryFirst(ctx.document, selectors.messaging.threadHeaderLink);
        if (!partner || !header?.parentElement) return 'no-anchor';
        mount.place(
          header.parentElement,
          header.nextSibling as Element | null,
          partner.profilePath,
          <TrackButton t={ctx.t} request={ctx.request} profile={{ profilePath: partner.profilePath, name: partner.name, headline: '', company: '', location: '', memberId: null, missing: [] }} />,
        );
        return 'mounted';
      },
    };
  },
};
