// UI text comes from public/_locales/<lang>/messages.json through the WebExtension i18n API.
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

// Each getMessage crosses into the browser's bindings; the content script asks for the same
// few labels once per button, a hundred times on a long feed.
const plain = new Map<MessageKey, string>();

export const t: Translate = (key, substitutions) => {
  if (substitutions !== undefined) return message(key, substitutions);
  let text = plain.get(key);
  if (text === undefined) plain.set(key, (text = message(key)));
  return text;
};

// An empty answer means a missing key: show the key, so the gap is seen and reported.
const message = (key: MessageKey, substitutions?: string | string[]) => browser.i18n.getMessage(key, substitutions) || key;

/** The language the browser shows its UI in, for lang attributes and date formats. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
