// The tab the popup was opened over. Its id needs no "tabs" permission; its URL would.
import browser from 'webextension-polyfill';

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
