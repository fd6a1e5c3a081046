// UI text comes from public/_locales/<lang>/messages.json through the WebExtension i18n API.
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export const t: Translate = (key, substitutions) =>
  // An empty answer means a missing key: show the key, so the gap is seen and reported.
  browser.i18n.getMessage(key, substitutions) || key;

/** The language the browser shows its UI in, for lang attributes and date formats. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
