// UI text comes from public/_locales/<lang>/messages.json through the WebExtension i18n API.
import browser from 'webextension-polyfill';
import { translator } from './translate';

export type { MessageKey, Translate } from './translate';

export const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));

/** The language the browser shows its UI in, for lang attributes and date formats. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
