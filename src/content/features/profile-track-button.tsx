// On a member's profile: "Track as prospect", with name, headline and company read from the
// page. Someone already tracked shows as such; a click opens their record in the dashboard.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ProspectStage } from '../../shared/model';
import { profileActionsSlot, readProfilePage, type ProfilePage } from '../linkedin/profiles';
import { createShadowHost, type ShadowMount } from '../ui/shadow-host';
import { shareButtonCss } from '../ui/ShareButton';
import type { Feature, FeatureContext } from './feature';

export function TrackButton({ t, request, profile }: Pick<FeatureContext, 't' | 'request'> & { profile: ProfilePage }) {
  const [stage, setStage] = useState<ProspectStage | null | undefined>(undefined);
  useEffect(() => {
    request('prospects.status', { id: profile.profilePath }).then(
      (status) => setStage(status.stage),
      () => setStage(null),
    );
  }, [profile.profilePath, request]);

  if (stage === undefined) return null;
  if (stage !== null) {
    return (
      <button type="button" class="share" onClick={() => void request('prospects.open', { id: profile.profilePath }).catch(() => {})}>
        {t('prospectTracked', t(`stage_${stage}`))}
      </button>
    );
  }
  return (
    <button
      type="button"
      class="share"
      onClick={() =>
        void request('prospects.add', {
          profilePath: profile.profilePath,
          name: profile.name,
          headline: profile.headline,
          company: profile.company,
          memberId: profile.memberId,
        }).then(
          ({ prospect }) => setStage(prospect.stage),
          () => {},
        )
      }
    >
      {t('trackProspect')}
    </button>
  );
}

export const profileTrackButton: Feature = {
  name: 'profile-track-button',
  pages: ['profile'],
  addsToPage: true,
  start(ctx) {
    let mount: (ShadowMount & { slotParent: Element; path: string }) | null = null;
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
        const profile = readProfilePage(ctx.document, ctx.document.location.href);
        // Another profile in the same tab (LinkedIn navigates between profiles without a reload).
        if (mount && (!mount.host.isConnected || !mount.slotParent.isConnected || mount.path !== profile?.profilePath)) unmount();
        if (mount) return 'mounted';
        const slot = profileActionsSlot(ctx.document);
        if (!slot || !profile) return 'no-anchor';
        const created = createShadowHost(ctx.document, profileTrackButton.name, shareButtonCss);
        slot.parent.insertBefore(created.host, slot.before);
        render(<TrackButton t={ctx.t} request={ctx.request} profile={profile} />, created.container);
        mount = { ...created, slotParent: slot.parent, path: profile.profilePath };
        return 'mounted';
      },
    };
  },
};
