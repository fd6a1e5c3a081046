// The only way the popup, the dashboard and the content script talk to the background.
import browser from 'webextension-polyfill';
import { isAnswer, type Answers, type PayloadIn, type RequestType } from './contract';
import { RequestError } from './request-error';

export { RequestError } from './request-error';

export async function request<K extends RequestType>(type: K, payload: PayloadIn<K>): Promise<Answers[K]> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  if (!isAnswer(raw)) throw new RequestError('no-answer', `No answer from the background to ${type}`);
  if (!raw.ok) throw new RequestError(raw.error.code, raw.error.message);
  // The background answered this request through its router, which types it by Answers[K].
  return raw.value as Answers[K];
}
