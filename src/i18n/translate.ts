// UI text from public/_locales/<lang>/messages.json, over whichever i18n.getMessage the caller
// has (the polyfill's, or the browser's own in the content script).
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export function translator(getMessage: (key: string, substitutions?: string | string[]) => string): Translate {
  // Each getMessage crosses into the browser's bindings; the content script asks for the same
  // few labels once per button, a hundred times on a long feed.
  const plain = new Map<MessageKey, string>();
  // An empty answer means a missing key: show the key, so the gap is seen and reported.
  const message = (key: MessageKey, substitutions?: string | string[]) => getMessage(key, substitutions) || key;
  return (key, substitutions) => {
    if (substitutions !== undefined) return message(key, substitutions);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = message(key)));
    return text;
  };
}
