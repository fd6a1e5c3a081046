// Content script entry on https://www.linkedin.com/*. Built as one self-contained file
// (the .iife name tells CRXJS), so the manifest needs no web-accessible resources that a
// page could probe to detect the extension.
import { originOf } from '../background/sender';
import { requestVia } from '../shared/request-via';
import { translator } from '../shared/translate';
import { boot } from './boot';
import { contentApi, nativeApi } from './extension-api';
import { composerShareButton } from './features/composer-share-button';
import { profileShareButton } from './features/profile-share-button';
import { sentConfirmation } from './features/sent-confirmation';
import { profileTrackButton } from './features/profile-track-button';
import { replyTracker } from './features/reply-tracker';
import { conversationTrackButton } from './features/conversation-track-button';
import { listenForStructureRequests } from './structure-listener';
import { listenForSettingsChanges } from './settings-listener';

// The browser's own APIs, not webextension-polyfill's: see extension-api.ts.
const api = contentApi(nativeApi(globalThis));
const request = requestVia(api.sendMessage);
const t = translator(api.getMessage);

// After an update or reload, chrome.runtime.id goes undefined in the orphaned script.
const isExtensionAlive = () => Boolean(globalThis.chrome?.runtime?.id);

const booted = boot({
  window,
  features: [composerShareButton, profileTrackButton, profileShareButton, conversationTrackButton, sentConfirmation, replyTracker],
  t,
  request,
  isExtensionAlive,
  loadConfig: () => request('content.config', {}),
});

// Quiet mode switched, or reply text: buttons go or come back in this tab now, not on the next page.
listenForSettingsChanges({
  onMessage: api.onMessage,
  selfId: api.id,
  onSettingsChanged: () => void booted.reloadConfig(),
});

// "Copy page structure" in the popup: answered whatever the page and quiet mode, adds nothing.
listenForStructureRequests({
  onMessage: api.onMessage,
  self: { id: api.id, origin: originOf(api.getURL('')) ?? '' },
  window,
});
