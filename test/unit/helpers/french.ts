// The UI in French for tests: getMessage as the browser answers it from
// public/_locales/fr/messages.json (named placeholders, $1 substitutions), and the words that
// tell English text from French: every word of the English locale that the French one never
// uses, but for brand and technical names both languages write the same.
import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export const loadMessages = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

/** What browser.i18n.getMessage answers: "" for a missing key, placeholders filled. */
export function getMessageFrom(messages: Messages) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}

/**
 * browser.i18n as the polyfill gives it, in English or French as `language()` says at each call:
 * for a `vi.mock('webextension-polyfill')` factory (hoisted, so it imports this helper itself).
 */
export function bilingualI18n(language: () => string) {
  const en = getMessageFrom(loadMessages('en'));
  const fr = getMessageFrom(loadMessages('fr'));
  return {
    getMessage: (key: string, subs?: string | string[]) => (language() === 'fr' ? fr : en)(key, subs),
    getUILanguage: () => language(),
  };
}

/** Words both languages write alike: names of the product, of sites and of formats. */
export const BRAND_WORDS = [
  'nurture',
  'linkedin',
  'csv',
  'url',
  'utm',
  'rss',
  'atom',
  'json',
  'feed',
  'xml',
  'http',
  'https',
  'e',
  'mail',
  'email',
  'id',
  'ok',
  'cfo',
  'coo',
  'cio',
  'crm',
];

export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)*/gu) ?? [];

/** Messages French writes exactly as English does; any other identical pair is English pasted into French. */
export const SAME_IN_BOTH = [
  'extName',
  'popupTitle',
  'store_prospects',
  'sourcesTitle',
  'prospectsTitle',
  'filterFormat',
  'filterPersona',
  'format_article',
  'kind_note',
  'activityNote',
  'prospectNotes',
  'hoursShort',
  'crmChoose',
  'crmHubspot',
  'crmSalesforce',
  'crmPipedrive',
  'insightAnswer_question',
  'restoredProspects_one',
  'restoredProspects_other',
  'restoredInteractions_one',
  'restoredInteractions_other',
];

const textWords = (message: string) => words(message.replace(/\$[A-Z0-9_]+\$/g, ' '));

/**
 * English words that no French message uses: one of them on a French screen is untranslated
 * text. A French message left identical to the English one lends it no words (but for
 * SAME_IN_BOTH), so English pasted into the French file shows up too.
 */
export function englishOnlyWords(): Set<string> {
  const en = loadMessages('en');
  const fr = loadMessages('fr');
  const translated = Object.entries(fr).filter(([key, entry]) => entry.message !== en[key]?.message || SAME_IN_BOTH.includes(key));
  const french = new Set(translated.flatMap(([, entry]) => textWords(entry.message)));
  const english = Object.values(en).flatMap((entry) => textWords(entry.message));
  const brand = new Set(BRAND_WORDS);
  return new Set(english.filter((word) => !french.has(word) && !brand.has(word)));
}

/** Everything a user can read or hear in a tree: text, and the labels, placeholders and titles. */
export function readableText(
  root: ParentNode,
  shadowOf: (element: Element) => ShadowRoot | null = (element) => element.shadowRoot,
): string {
  const parts: string[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
      if (element.tagName === 'STYLE' || element.tagName === 'SCRIPT') continue;
      for (const child of element.childNodes) if (child.nodeType === 3) parts.push(child.textContent ?? '');
      const shadow = shadowOf(element);
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return parts.join(' ');
}
