// The popup's first screen as the background last answered it (src/features/popup-cache/sections.ts):
// read once at open, from storage.session, without waking the service worker.
import browser from 'webextension-polyfill';
import { cacheKey, readCache, SECTIONS, type PopupCache } from './sections';

export async function readPopupCache(): Promise<PopupCache> {
  try {
    return readCache(await browser.storage.session.get(SECTIONS.map(cacheKey)), Date.now());
  } catch {
    // No cache is only slower: the background's answers come as before.
    return {};
  }
}
