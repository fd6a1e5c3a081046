// On a member's profile: "Track as prospect", with name, headline and company read from the
// page. Someone already tracked shows as such; a click opens their record in the dashboard.
import { useEffect, useState } from 'preact/hooks';
import type { ProspectStage } from '../../shared/model';
import { profileActionsSlot, readProfilePage, type ProfilePage } from '../linkedin/profiles';
import { singleMount } from '../ui/single-mount';
import { onlyFromUser } from '../ui/user-input';
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
      <button type="button" class="share" onClick={onlyFromUser(() => void request('prospects.open', { id: profile.profilePath }).catch(() => {}))}>
        {t('prospectTracked', t(`stage_${stage}`))}
      </button>
    );
  }
  return (
    <button
      type="button"
      class="share"
      onClick={onlyFromUser(() =>
        void request('prospects.add', {
          profilePath: profile.profilePath,
          name: profile.name,
          headline: profile.headline,
          company: profile.company,
          memberId: profile.memberId,
        }).then(
          ({ prospect }) => setStage(prospect.stage),
          () => {},
        ),
      )}
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
    const mount = singleMount(ctx.document, ctx.signal, profileTrackButton.name, shareButtonCss);
    return {
      scan() {
        if (ctx.signal.aborted) return 'no-anchor';
        // Another profile in the same tab (LinkedIn navigates between profiles without a reload).
        const profile = readProfilePage(ctx.document, ctx.document.location.href);
        if (mount.holds(profile?.profilePath ?? null)) return 'mounted';
        const slot = profileActionsSlot(ctx.document);
        if (!slot || !profile) return 'no-anchor';
        mount.place(slot.parent, slot.before, profile.profilePath, <TrackButton t={ctx.t} request={ctx.request} profile={profile} />);
        return 'mounted';
      },
    };
  },
};
