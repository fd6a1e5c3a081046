// One UI beside a profile's own actions (Message, Connect, More), kept about the profile on
// screen: the scan both profile features run.
import type { ComponentChild } from 'preact';
import type { FeatureState } from '../../shared/contract';
import type { FeatureContext } from '../features/feature';
import { profileActionsSlot, readProfilePage, type ProfilePage } from '../linkedin/profiles';
import { singleMount } from './single-mount';

export function profileActionMount(ctx: FeatureContext, feature: string, css: string, ui: (profile: ProfilePage) => ComponentChild): () => FeatureState {
  const mount = singleMount(ctx.document, ctx.signal, feature, css);
  return () => {
    if (ctx.signal.aborted) return 'no-anchor';
    // Another profile in the same tab (LinkedIn navigates between profiles without a reload).
    const profile = readProfilePage(ctx.document, ctx.document.location.href);
    if (mount.holds(profile?.profilePath ?? null)) return 'mounted';
    const slot = profileActionsSlot(ctx.document);
    if (!slot || !profile) return 'no-anchor';
    mount.place(slot.parent, slot.before, profile.profilePath, ui(profile));
    return 'mounted';
  };
}
