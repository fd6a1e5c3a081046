// On a member's profile: "Track as prospect", with name, headline and company read from the
// page. Someone already tracked shows as such; a click opens their record in the dashboard.
import { useEffect, useState } from 'preact/hooks';
import type { ProspectStage } from '../../shared/model';
import type { ProfilePage } from '../linkedin/profiles';
import { profileActionMount } from '../ui/profile-action-mount';
import { onlyFromUser } from '../ui/user-input';
import { shareButtonCss } from '../ui/ShareButton';
import type { Feature, FeatureContext } from './feature';

/**
 * "Track as prospect" and "Prospect · Consideration" differ in width: a host of one fixed size
 * (the longest label in either language fits) keeps the page from measuring who is tracked.
 */
export const TRACK_BUTTON_SIZE = { width: '15em', height: '2.25em' } as const;
export const trackButtonCss = `.share { max-width: 100%; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }`;

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
          location: profile.location,
          memberId: profile.memberId,
          ...(profile.salesLeadId ? { salesLeadId: profile.salesLeadId } : {}),
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
  pages: ['profile', 'sales-lead'],
  addsToPage: true,
  start(ctx) {
    return {
      scan: profileActionMount(ctx, shareButtonCss + trackButtonCss, (profile) => <TrackButton t={ctx.t} request={ctx.request} profile={profile} />, TRACK_BUTTON_SIZE),
    };
  },
};
