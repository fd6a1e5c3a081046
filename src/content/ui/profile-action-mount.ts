// One UI beside a profile's own actions (Message, Connect, More), kept about the profile on
// screen: the scan both profile features run.
import type { ComponentChild } from 'preact';
import type { ReaderPart } from '../../contract/index';
import type { FeatureContext, FeatureReport } from '../features/feature';
import type { ProfilePage, ProfilePart } from '../linkedin/profiles';
import type { PageSnapshot } from '../linkedin/snapshot';
import type { FixedSize } from './shadow-host';
import { singleMount } from './single-mount';

const PART: Record<ProfilePart, ReaderPart> = { name: 'profile-name', headline: 'profile-headline', actions: 'profile-actions' };

export function profileActionMount(
  ctx: FeatureContext,
  css: string,
  ui: (profile: ProfilePage) => ComponentChild,
  size?: FixedSize,
): (page: PageSnapshot) => FeatureReport {
  const mount = singleMount(ctx.document, ctx.signal, css, size);
  return (page) => {
    if (ctx.signal.aborted) return { state: 'no-anchor', missing: [] };
    // Another profile in the same tab (LinkedIn navigates between profiles without a reload).
    const { profile } = page;
    // No name anywhere (not even the title) is a page still loading, not a reader failing.
    const missing = profile ? profile.missing.map((part) => PART[part]) : [];
    if (mount.holds(profile?.profilePath ?? null)) return { state: 'mounted', missing };
    const slot = page.profileActions;
    if (!slot || !profile) return { state: 'no-anchor', missing };
    mount.place(slot.parent, slot.before, profile.profilePath, ui(profile));
    return { state: 'mounted', missing };
  };
}
