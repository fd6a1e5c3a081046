// Content script entry on https://www.linkedin.com/*. Built as one self-contained file
// (the .iife name tells CRXJS), so the manifest needs no web-accessible resources that a
// page could probe to detect the extension.
import { originOf } from '../contract/sender';
import { knownFirst } from '../i18n/content-labels';
import { requestVia } from '../contract/request-via';
import { translator } from '../i18n/translate';
import { boot } from './boot';
import { contentApi, nativeApi } from './extension-api';
import { composerShareButton } from './features/composer-share-button';
import { profileShareButton } from './features/profile-share-button';
import { sentConfirmation } from './features/sent-confirmation';
import { replyTracker } from './features/reply-tracker';
import { pageVisit } from './features/page-visit';
import { listReplies } from './features/list-replies';
import { listenForStructureRequests } from './structure-listener';
import { listenForSettingsChanges } from './settings-listener';
import { listenForPanelRequests } from './panel-listener';
import { trackFocusedComposer } from './focused-composer';
import { firePickerCommand } from './picker-command';

// The browser's own APIs, not webextension-polyfill's: see extension-api.ts.
const api = contentApi(nativeApi(globalThis));
const request = requestVia(api.sendMessage);
// The labels of the first buttons come with the configuration (see content-labels.ts).
const labels = new Map<string, string>();
const t = translator(knownFirst(api.getMessage, labels));

// After an update or reload, chrome.runtime.id goes undefined in the orphaned script.
const isExtensionAlive = () => Boolean(globalThis.chrome?.runtime?.id);

const booted = boot({
  window,
  features: [composerShareButton, profileShareButton, sentConfirmation, replyTracker, listReplies, pageVisit],
  t,
  request,
  isExtensionAlive,
  loadConfig: async () => {
    const config = await request('content.config', {});
    for (const [key, text] of Object.entries(config.labels)) labels.set(key, text);
    return config;
  },
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

// The side panel: who this tab shows, and Insert into the composer the user last focused. The
// keyboard command for the picker comes the same way (the commands API: the page never sees
// the keystroke). Both work in quiet mode; the picker command finds no button there.
listenForPanelRequests({
  onMessage: api.onMessage,
  self: { id: api.id, origin: originOf(api.getURL('')) ?? '' },
  window,
  focused: trackFocusedComposer(document, new AbortController().signal),
  request,
  openPicker: firePickerCommand,
});
