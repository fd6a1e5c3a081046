// Content script entry on https://www.linkedin.com/*. Built as one self-contained file
// (the .iife name tells CRXJS), so the manifest needs no web-accessible resources that a
// page could probe to detect the extension.
import { request } from '../shared/client';
import { t } from '../shared/i18n';
import { boot } from './boot';
import { composerShareButton } from './features/composer-share-button';
import { profileShareButton } from './features/profile-share-button';
import { sentConfirmation } from './features/sent-confirmation';
import { profileTrackButton } from './features/profile-track-button';
import { replyTracker } from './features/reply-tracker';
import { conversationTrackButton } from './features/conversation-track-button';

// After an update or reload, chrome.runtime.id goes undefined in the orphaned script.
const isExtensionAlive = () => Boolean(globalThis.chrome?.runtime?.id);

boot({
  window,
  features: [composerShareButton, profileTrackButton, profileShareButton, conversationTrackButton, sentConfirmation, replyTracker],
  t,
  request,
  isExtensionAlive,
  loadConfig: () => request('content.config', {}),
});
