// Which people's insight parts a successful write request may have changed: what its entry's
// `touches` reads from the request's payload and answer (src/contract/requests/). Pure: the
// summary (insights-summary.ts) does the reading.
//
// Why after the router, not calls inside each service: every write already goes through the
// router, which knows the request, its payload and its answer once the write has committed. A
// request that writes the log or the prospects and whose entry has no `touches` rebuilds the
// summary (fail-safe: a new writer can make Insights slower, never wrong).
import { REQUESTS, type RequestType } from '../../contract/requests';
import type { RequestSpec } from '../../contract/requests/spec';
import { REBUILD, type Touch } from '../../contract/requests/touch';

export type { Touch } from '../../contract/requests/touch';

/**
 * What the write `type` (committed, answered `value`) changed: its entry's `touches`, else
 * REBUILD; REBUILD too if `touches` fails, rather than a summary left behind.
 */
export function touchOf(type: RequestType, payload: unknown, value: unknown): Touch {
  const spec: RequestSpec = REQUESTS[type];
  if (spec.touches === undefined) return REBUILD;
  try {
    // The router checked `payload` against this entry's schema, and `value` is its handler's answer.
    return (spec.touches as (payload: unknown, value: unknown) => Touch)(payload, value);
  } catch {
    return REBUILD;
  }
}
