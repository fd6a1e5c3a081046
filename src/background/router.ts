// One router for every request: find the request type, check the sender, check the payload,
// then run the handler. It fails closed: anything unexpected is an error answer and no
// handler runs. Pure: the browser edge (main.ts) gives it the classified sender.
import * as v from 'valibot';
import type { Answer, ErrorCode } from '../contract/answer';
import { REQUESTS, isRequestType, type Answers, type Payload, type RequestType } from '../contract/requests';
import type { RequestSpec, SenderKind } from '../contract/requests/spec';
import type { Sender } from '../contract/sender';
import type { StoreName } from '../contract/stores';

export type { Sender } from '../contract/sender';

export type Handler<K extends RequestType> = (payload: Payload<K>, sender: Sender) => Promise<Answers[K]>;

/** The handlers of one domain's entries (src/contract/requests/<domain>.ts). */
export type HandlersFor<Entries extends Record<string, RequestSpec>> = { [K in keyof Entries & RequestType]: Handler<K> };

export type Handlers = HandlersFor<typeof REQUESTS>;

export type Route = (raw: unknown, sender: Sender | null) => Promise<Answer<unknown>>;

const fail = (code: ErrorCode, message: string): Answer<never> => ({ ok: false, error: { code, message } });

/** Told of each write request that succeeded, with its payload and answer, before it is announced. */
export type AfterWrite = (type: RequestType, payload: unknown, value: unknown, writes: readonly StoreName[]) => Promise<void>;

/**
 * `changed` hears the stores a request's entry declares in `writes`, after its handler
 * succeeded (its transaction committed); never after a refusal or a failure. `afterWrite` runs
 * just before (derived data catches up, so a screen refetching on the announcement sees it);
 * its failure is logged and never turns the committed write into an error.
 */
export function createRouter(
  handlers: Handlers,
  log: (message: string) => void = () => {},
  changed: (stores: readonly StoreName[]) => void = () => {},
  afterWrite?: AfterWrite,
): Route {
  return async (raw, sender) => {
    if (typeof raw !== 'object' || raw === null || !('type' in raw) || !isRequestType(raw.type)) {
      return fail('unknown-request', 'Unknown request');
    }
    const type = raw.type;
    const spec = REQUESTS[type];
    if (sender === null || !(spec.senders as readonly SenderKind[]).includes(sender.kind)) {
      log(`refused ${type} from ${sender?.kind ?? 'an unknown sender'}`);
      return fail('unauthorised', `${type} is not allowed from here`);
    }
    const payload = 'payload' in raw ? raw.payload : undefined;
    // Every payload is a plain record; valibot's object schemas would also take an array.
    if (!isPlainObject(payload)) return fail('malformed', `${type}: the payload must be an object`);
    const parsed = v.safeParse(spec.payload, payload);
    if (!parsed.success) {
      return fail('malformed', `${type}: ${describeIssues(parsed.issues)}`);
    }
    try {
      const value = await runHandler(handlers, type, parsed.output, sender);
      if (spec.writes.length > 0 && !wroteNothing(spec, value)) {
        await afterWrite?.(type, parsed.output, value, spec.writes).catch((error: unknown) => log(`after ${type}: ${String(error)}`));
        changed(spec.writes);
      }
      return { ok: true, value };
    } catch (error) {
      log(`${type} failed: ${String(error)}`);
      if (isStorageFull(error)) return fail('storage-full', STORAGE_FULL_MESSAGE);
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}

/** The entry's own word that this answer changed nothing (see RequestSpec.unchanged); in doubt, announce. */
export function wroteNothing(spec: RequestSpec, value: unknown): boolean {
  try {
    return spec.unchanged !== undefined && (spec.unchanged as (value: unknown) => boolean)(value);
  } catch {
    return false;
  }
}

/** What the user reads when the disk is full (the pages show it translated, by its code). */
export const STORAGE_FULL_MESSAGE = "Your browser has no room left for Nurture's data: free disk space, or export and erase old activity";

// Chrome and Firefox name it QuotaExceededError (old Gecko: NS_ERROR_DOM_QUOTA_REACHED), as the
// failed request's error or the aborted transaction's. Services may wrap it: follow `cause`.
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

export function isStorageFull(error: unknown): boolean {
  // Bounded: a cause chain is short, and a cyclic one must not hang the worker.
  for (let depth = 0; depth < 8 && typeof error === 'object' && error !== null; depth++) {
    if ('name' in error && typeof error.name === 'string' && QUOTA_ERROR_NAMES.has(error.name)) return true;
    error = 'cause' in error ? error.cause : undefined;
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function runHandler<K extends RequestType>(handlers: Handlers, type: K, payload: unknown, sender: Sender) {
  // The schema of REQUESTS[type] produced `payload`, so it is Payload<K>.
  return handlers[type](payload as Payload<K>, sender);
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
