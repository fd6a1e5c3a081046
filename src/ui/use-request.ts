// A request to the background as Preact state: loading, its value, or its error.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { Answers, PayloadIn, RequestType } from '../shared/contract';
import { errorText } from './labels';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

export function useRequest<K extends RequestType>(type: K, payload: PayloadIn<K>, deps: unknown[] = []) {
  const [result, setResult] = useState<Loaded<Answers[K]>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    request(type, payload).then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
    // The payload is compared through deps, as callers build it inline.
  }, [type, generation, ...deps]);

  return [result, reload] as const;
}
