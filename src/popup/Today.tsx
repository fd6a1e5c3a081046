// Who needs the salesperson today: follow-ups due and prospects awaiting a reply, each one
// click from their LinkedIn profile.
import browser from 'webextension-polyfill';
import type { Prospect } from '../domain/model';
import { profileUrl } from '../domain/people/profile-ids';
import { useEffect } from 'preact/hooks';
import type { SectionValue } from '../features/popup-cache/sections';
import { TodayLists } from '../ui/TodayLists';
import { useRequest } from '../ui/use-request';
import { markOnce } from './marks';
import { openDashboard } from './open-dashboard';

/** The due or awaiting list first shown (from the cache or the background), for the benchmarks. */
export const LISTS_MARK = 'nurture:lists-shown';

function openProfile(prospect: Prospect) {
  const url = profileUrl(prospect.id);
  if (url !== null) void browser.tabs.create({ url });
}

export function Today({ cached }: { cached?: SectionValue<'today'> | undefined }) {
  const [today] = useRequest('prospects.today', {}, cached);
  const shown = today.state === 'ready' && (today.value.due.length > 0 || today.value.awaiting.length > 0);
  useEffect(() => {
    if (shown) markOnce(LISTS_MARK);
  }, [shown]);
  if (today.state !== 'ready' || !shown) return null;
  const { due, awaiting } = today.value;
  return (
    <section class="today" data-cached={today.cached ? 'true' : undefined}>
      <TodayLists due={due} awaiting={awaiting} onOpen={openProfile} onSeeAll={(route) => void openDashboard(route)} />
    </section>
  );
}
