// The dashboard's current route, read from the address bar and written back to it. Going to
// another view or a prospect's page is a new history entry (Back returns); changing a filter
// replaces the current one (Back does not replay each keystroke), so a filtered view can be
// bookmarked and Back from a prospect finds the list as it was filtered.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseRoute, routeHash, type Route, type RouteRequest } from '../contract/routes';

export type Navigate = (to: RouteRequest, how?: { replace?: boolean }) => void;

export function useRoute(): readonly [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  const navigate = useCallback<Navigate>((to, how = {}) => {
    const hash = routeHash(to);
    if (hash === location.hash) return;
    if (how.replace) {
      // replaceState fires no event: the state follows by hand.
      history.replaceState(history.state, '', hash);
      setRoute(parseRoute(hash));
    } else {
      location.hash = hash;
    }
  }, []);
  return [route, navigate] as const;
}
