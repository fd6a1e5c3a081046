// A request to the background and its answer checked, over whichever sendMessage the caller
// has: the polyfill's (popup, dashboard) or the browser's own (the content script, which
// leaves the polyfill out of its bundle).
import { isAnswer, type Answers, type PayloadIn, type RequestType } from './index';
import { RequestError } from './request-error';

export type Request = <K extends RequestType>(type: K, payload: PayloadIn<K>) => Promise<Answers[K]>;

export function requestVia(sendMessage: (message: unknown) => Promise<unknown>): Request {
  return async (type, payload) => {
    const raw: unknown = await sendMessage({ type, payload });
    if (!isAnswer(raw)) throw new RequestError('no-answer', `No answer from the background to ${type}`);
    if (!raw.ok) throw new RequestError(raw.error.code, raw.error.message);
    // The background answered this request through its router, which types it by Answers[K].
    return raw.value as Answers[typeof type];
  };
}
