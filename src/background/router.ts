// One router for every request: find the request type, check the sender, check the payload,
// then run the handler. It fails closed: anything unexpected is an error answer and no
// handler runs. Pure: the browser edge (main.ts) gives it the classified sender.
import * as v from 'valibot';
import {
  REQUESTS,
  isRequestType,
  type Answer,
  type Answers,
  type ErrorCode,
  type Payload,
  type RequestType,
  type SenderKind,
} from '../shared/contract';

export interface Sender {
  kind: SenderKind;
  /** The tab of a content script; undefined for extension pages that are not in a tab. */
  tabId: number | undefined;
}

export type Handlers = {
  [K in RequestType]: (payload: Payload<K>, sender: Sender) => Promise<Answers[K]>;
};

export type Route = (raw: unknown, sender: Sender | null) => Promise<Answer<unknown>>;

const fail = (code: ErrorCode, message: string): Answer<never> => ({ ok: false, error: { code, message } });

export function createRouter(handlers: Handlers, log: (message: string) => void = () => {}): Route {
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
      return { ok: true, value: await runHandler(handlers, type, parsed.output, sender) };
    } catch (error) {
      log(`${type} failed: ${String(error)}`);
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
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
