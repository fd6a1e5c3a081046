// The only way the popup, the dashboard and the content script talk to the background.
import browser from 'webextension-polyfill';
import { requestVia } from './request-via';

export { RequestError } from './request-error';

export const request = requestVia((message) => browser.runtime.sendMessage(message));
