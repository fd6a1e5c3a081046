// The dashboard's first view: opened without an address (the toolbar's "Open dashboard", the
// options page) while the first run is not done and not hidden, it is the welcome. Any named
// address (#library, a bookmark, a link from the popup) is shown as asked.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { Navigate } from './use-route';

const unnamed = () => location.hash === '' || location.hash === '#';

/** Answers true while it is deciding (render nothing then: no flash of the library). */
export function useFirstView(navigate: Navigate): boolean {
  const [deciding, setDeciding] = useState(unnamed);
  useEffect(() => {
    if (!deciding) return;
    let live = true;
    request('onboarding.status', {})
      .then((status) => {
        if (live && unnamed() && status.next !== null && !status.dismissed) navigate({ view: 'welcome' }, { replace: true });
      })
      // The background unreachable: the library view says so.
      .catch(() => {})
      .finally(() => live && setDeciding(false));
    return () => {
      live = false;
    };
  }, []);
  return deciding;
}
