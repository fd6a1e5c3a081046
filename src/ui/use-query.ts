// A query as Preact state: what a screen shows, fetched from the background and kept true.
// It fetches when the key changes, and again whenever the background announces a change to one
// of the stores it reads or the page comes back in its history (live.ts). A refetch keeps the
// value on screen until the new one arrives; a burst of announcements costs at most one more
// request than one announcement.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StoreName } from '../contract/index';
import { errorText } from './labels';
import { watchStores } from './live';

/** `cached`: the value was painted from a cache and the background's answer is still to come. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T; cached?: true } | { state: 'error'; message: string };

/**
 * `key` names what is asked (change it and the query runs again, for the new key only);
 * `fetcher` asks it; `stores` are those whose change makes the answer out of date; `cached`:
 * a value to show until the first answer (the popup's first screen, src/features/popup-cache/popup.ts).
 * Answers the state and a function that refetches now.
 */
export function useQuery<T>(
  key: string,
  fetcher: () => Promise<T>,
  stores: readonly StoreName[],
  cached?: T,
): readonly [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>(
    cached === undefined ? { state: 'loading' } : { state: 'ready', value: cached, cached: true },
  );
  const latest = useRef(fetcher);
  latest.current = fetcher;
  const refetchNow = useRef<() => void>(() => {});
  const watched = stores.join(' ');

  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    const run = () => {
      if (!live) return;
      // One request at a time per query: a change announced meanwhile asks once more after it.
      if (running) {
        again = true;
        return;
      }
      running = true;
      void Promise.resolve()
        .then(() => latest.current())
        .then(
          (value) => live && !again && setResult({ state: 'ready', value }),
          (error: unknown) => live && !again && setResult({ state: 'error', message: errorText(error) }),
        )
        .finally(() => {
          running = false;
          if (again) {
            again = false;
            run();
          }
        });
    };
    refetchNow.current = run;
    run();
    const unwatch = watchStores(watched === '' ? [] : (watched.split(' ') as StoreName[]), run);
    return () => {
      live = false;
      unwatch();
    };
  }, [key, watched]);

  const refetch = useCallback(() => refetchNow.current(), []);
  return [result, refetch] as const;
}
